package cn.xinfang.platform.system;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.BooleanValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** Reads process variables typed, never by casting what {@code getVariable} returns. */
public final class TypedVariables {

  private TypedVariables() {}

  /**
   * A text variable; Tasklist sends form values untyped, so a number in a text field reads as text.
   */
  public static String text(VariableScope scope, String name) {
    TypedValue value = scope.getVariableTyped(name);
    return value == null || value.getValue() == null ? null : value.getValue().toString();
  }

  public static boolean flag(VariableScope scope, String name) {
    BooleanValue value = scope.getVariableTyped(name);
    return value != null && Boolean.TRUE.equals(value.getValue());
  }
}
