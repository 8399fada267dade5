package cn.xinfang.platform.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The organisation as configured in {@code config/organisation.yaml}. */
public record Organisation(
    List<Level> levels, List<Unit> units, Map<String, GroupTemplate> unitGroups, List<Role> roles) {

  static final String DISTRICT = "district";
  static final String CITY = "city";

  public record Level(String code, String name) {}

  public record Unit(String code, String name, String level, String parent) {}

  /** A group every unit has: its id is the unit code plus the suffix. */
  public record GroupTemplate(
      String suffix, String name, List<String> apps, List<PermissionBundle> permissions) {}

  /** A group across units (registrars, supervisors, managers, ...). */
  public record Role(
      String code, String name, List<String> apps, List<PermissionBundle> permissions) {}

  public Organisation {
    levels = List.copyOf(levels);
    units = List.copyOf(units);
    unitGroups = Map.copyOf(unitGroups);
    roles = List.copyOf(roles);
  }

  public Optional<Unit> unit(String code) {
    return Optional.ofNullable(unitsByCode().get(code));
  }

  /** The unit's Chinese name, or the code itself when it is unknown. */
  public String nameOf(String code) {
    return unit(code).map(Unit::name).orElse(code);
  }

  /** Names of units joined for officials to read: 公安分局、人民法院. */
  public String namesOf(java.util.Collection<String> codes) {
    return String.join("、", codes.stream().map(this::nameOf).toList());
  }

  /**
   * Where a case of {@code unit} goes when it is lifted (提级办理): the same unit one level up, a
   * district unit {@code X} to the city's {@code city-X}. Empty when there is none (a township, a
   * village, a unit without a city counterpart, or a unit already at the city level).
   */
  public Optional<Unit> liftTarget(String unit) {
    return unit(unit)
        .filter(u -> u.level().equals(DISTRICT))
        .flatMap(u -> unit(CITY + "-" + u.code()))
        .filter(u -> u.level().equals(CITY));
  }

  /**
   * The next-level body of {@code unit} for review (复查) and re-examination (复核): its counterpart
   * one level up ({@code X} → {@code city-X}, {@code city-X} → {@code region-X}), or else the
   * nearest unit above it at a higher level (a township's district government, a district unit
   * without a city counterpart's city government). Empty at the top.
   */
  public Optional<Unit> reviewBody(String unit) {
    Optional<Unit> u = unit(unit);
    if (u.isEmpty()) {
      return Optional.empty();
    }
    int rank = rank(u.get().level());
    String suffix =
        u.get().code().startsWith(CITY + "-") ? u.get().code().substring(5) : u.get().code();
    Optional<Unit> counterpart =
        rank > 0
            ? unit(levels.get(rank - 1).code() + "-" + suffix)
                .filter(c -> rank(c.level()) == rank - 1)
            : Optional.empty();
    if (counterpart.isPresent()) {
      return counterpart;
    }
    for (Optional<Unit> p = parentOf(u.get()); p.isPresent(); p = parentOf(p.get())) {
      if (rank(p.get().level()) < rank) {
        return p;
      }
    }
    return Optional.empty();
  }

  private Optional<Unit> parentOf(Unit unit) {
    return unit.parent() == null ? Optional.empty() : unit(unit.parent());
  }

  /** 0 for the top level (region), growing downwards. */
  private int rank(String level) {
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).code().equals(level)) {
        return i;
      }
    }
    return levels.size();
  }

  public Optional<Level> level(String code) {
    return levels.stream().filter(l -> l.code().equals(code)).findFirst();
  }

  /** The units at {@code level} and every level under it, in the file's order. */
  public List<Unit> unitsAtOrBelow(String level) {
    int top = rank(level);
    return units.stream().filter(u -> rank(u.level()) >= top).toList();
  }

  public List<Unit> unitsAtLevel(String level) {
    return units.stream().filter(u -> u.level().equals(level)).toList();
  }

  Map<String, Unit> unitsByCode() {
    return units.stream().collect(Collectors.toMap(Unit::code, Function.identity()));
  }
}
