package cn.xinfang.platform.monitoring;

import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.security.ApiUser;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Whose figures a caller may read: administrators every level; the district's managers (区领导),
 * supervisors (督查室) and petition bureau (信访局) the units of the district and below; a unit's leaders
 * their own unit only; nobody else anything.
 */
@Component
public class KpiScope {

  /** Who watches the whole district. */
  static final Set<String> DISTRICT_WATCHERS = Set.of("managers", "supervisors", "petition-bureau");

  static final String ADMINS = "camunda-admin";
  static final String DISTRICT = "district";
  static final String LEADERS_SUFFIX = "-leaders";

  /** The units to show and the level they were chosen by (null for a unit's own leaders). */
  public record Scope(List<String> units, String level) {}

  /** Either the scope or why there is none: an HTTP status with a Chinese message. */
  public record Answer(Scope scope, HttpStatus status, String problem) {
    static Answer refused(HttpStatus status, String problem) {
      return new Answer(null, status, problem);
    }
  }

  private final Organisation organisation;

  KpiScope(Organisation organisation) {
    this.organisation = organisation;
  }

  /** Every unit of the district and below, as the district's managers see them. */
  public Scope district() {
    return new Scope(
        organisation.unitsAtOrBelow(DISTRICT).stream().map(Organisation.Unit::code).toList(),
        DISTRICT);
  }

  public Answer of(ApiUser user, String level) {
    String top;
    if (user.isInAny(Set.of(ADMINS))) {
      top = organisation.levels().get(0).code();
    } else if (user.isInAny(DISTRICT_WATCHERS)) {
      top = DISTRICT;
    } else {
      List<String> own =
          user.groups().stream()
              .filter(g -> g.endsWith(LEADERS_SUFFIX))
              .map(g -> g.substring(0, g.length() - LEADERS_SUFFIX.length()))
              .filter(u -> organisation.unit(u).isPresent())
              .sorted()
              .toList();
      if (own.isEmpty()) {
        return Answer.refused(HttpStatus.FORBIDDEN, "只有区领导、督查室、信访局和单位领导可以查看单位指标");
      }
      return new Answer(new Scope(own, null), null, null);
    }
    String asked = level == null || level.isBlank() ? top : level.strip();
    if (organisation.level(asked).isEmpty()) {
      return Answer.refused(
          HttpStatus.BAD_REQUEST,
          "层级应为 "
              + String.join(
                  "、",
                  organisation.levels().stream().map(l -> l.code() + "（" + l.name() + "）").toList())
              + " 之一");
    }
    if (rank(asked) < rank(top)) {
      return Answer.refused(
          HttpStatus.FORBIDDEN, "您只能查看" + organisation.level(top).get().name() + "及以下各级单位的指标");
    }
    List<String> units =
        organisation.unitsAtOrBelow(asked).stream().map(Organisation.Unit::code).toList();
    return new Answer(new Scope(units, asked), null, null);
  }

  private int rank(String level) {
    List<Organisation.Level> levels = organisation.levels();
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).code().equals(level)) {
        return i;
      }
    }
    return levels.size();
  }
}
