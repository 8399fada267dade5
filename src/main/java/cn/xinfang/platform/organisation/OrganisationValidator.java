package cn.xinfang.platform.organisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Refuses an organisation file that would leave units orphaned or codes ambiguous. */
final class OrganisationValidator {

  private OrganisationValidator() {}

  static Organisation validated(Organisation organisation) {
    List<String> problems = new ArrayList<>();
    Set<String> levels = new HashSet<>();
    organisation.levels().forEach(l -> levels.add(l.code()));
    Set<String> codes = new HashSet<>();
    for (Organisation.Unit unit : organisation.units()) {
      if (!codes.add(unit.code())) {
        problems.add("单位编码重复：" + unit.code());
      }
      if (!levels.contains(unit.level())) {
        problems.add("单位 " + unit.code() + " 的层级未定义：" + unit.level());
      }
    }
    for (Organisation.Unit unit : organisation.units()) {
      if (unit.parent() != null && !codes.contains(unit.parent())) {
        problems.add("单位 " + unit.code() + " 的上级单位不存在：" + unit.parent());
      }
    }
    for (Organisation.Role role : organisation.roles()) {
      if (codes.contains(role.code())) {
        problems.add("角色编码与单位编码冲突：" + role.code());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("组织机构配置有误：" + String.join("；", problems));
    }
    return organisation;
  }
}
