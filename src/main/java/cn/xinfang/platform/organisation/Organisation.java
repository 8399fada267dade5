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

  public List<Unit> unitsAtLevel(String level) {
    return units.stream().filter(u -> u.level().equals(level)).toList();
  }

  Map<String, Unit> unitsByCode() {
    return units.stream().collect(Collectors.toMap(Unit::code, Function.identity()));
  }
}
