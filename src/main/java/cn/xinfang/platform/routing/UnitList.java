package cn.xinfang.platform.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * A list of unit codes in a process variable: a JSON array (what Tasklist's checklist sends and
 * what the process writes), or comma-separated text. Never a serialized Java list.
 */
public final class UnitList {

  private UnitList() {}

  public static List<String> read(VariableScope scope, String name) {
    TypedValue value = scope.getVariableTyped(name);
    return value == null ? List.of() : of(value.getValue());
  }

  /** The units a variable's value holds (e.g. a historic variable's), in either form. */
  public static List<String> of(Object raw) {
    if (raw == null) {
      return List.of();
    }
    if (raw instanceof SpinJsonNode json) {
      return fromJson(json);
    }
    String text = raw.toString().strip();
    if (text.startsWith("[")) {
      return fromJson(org.camunda.spin.Spin.JSON(text));
    }
    return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  public static JsonValue json(List<String> units) {
    StringBuilder json = new StringBuilder("[");
    for (String unit : units) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append('"').append(unit.replace("\"", "")).append('"');
    }
    return SpinValues.jsonValue(json.append(']').toString()).create();
  }

  private static List<String> fromJson(SpinJsonNode json) {
    List<String> units = new ArrayList<>();
    if (json.isArray()) {
      for (SpinJsonNode element : json.elements()) {
        if (element.isString()) {
          units.add(element.stringValue());
        }
      }
    }
    return units;
  }
}
