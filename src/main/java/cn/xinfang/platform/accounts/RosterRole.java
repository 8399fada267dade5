package cn.xinfang.platform.accounts;

import cn.xinfang.platform.privacy.PersonalDataExport;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles a roster line may give, in English or Chinese, and the groups each means for the
 * person's unit {@code u}: the unit's officials' group {@code u}, its leaders' {@code u-leaders},
 * and the cross-unit roles of {@code config/organisation.yaml}.
 */
enum RosterRole {
  OFFICIAL("official", "承办人"),
  LEADER("leader", "单位领导"),
  REGISTRAR("registrar", "登记员"),
  AGENT("agent", "信访代办员"),
  SUPERVISOR("supervisor", "督查员"),
  MANAGER("manager", "区领导"),
  DESIGNER("designer", "流程设计员"),
  GRID_CENTER("grid-center", "网格值班员"),
  /** Beside another role: may print and export petitioners' personal data (README「个人信息」). */
  PERSONAL_DATA_EXPORT("personal-data-export", "个人信息导出");

  private final String code;
  private final String label;

  RosterRole(String code, String label) {
    this.code = code;
    this.label = label;
  }

  static Optional<RosterRole> of(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    for (RosterRole role : values()) {
      if (role.code.equals(t) || role.label.equals(t)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  String code() {
    return code;
  }

  static String known() {
    StringBuilder s = new StringBuilder();
    for (RosterRole role : values()) {
      s.append(s.isEmpty() ? "" : "、").append(role.code).append("（").append(role.label).append("）");
    }
    return s.toString();
  }

  List<String> groups(String unit) {
    return switch (this) {
      case OFFICIAL -> List.of(unit);
      case LEADER -> List.of(unit, unit + "-leaders");
      case REGISTRAR -> List.of(unit, "registrars");
      case AGENT -> List.of(unit, "proxy-agents");
      case SUPERVISOR -> List.of("supervisors");
      case MANAGER -> List.of("managers");
      case DESIGNER -> List.of("designers");
      case GRID_CENTER -> List.of("grid-center");
      case PERSONAL_DATA_EXPORT -> List.of(PersonalDataExport.GROUP);
    };
  }
}
