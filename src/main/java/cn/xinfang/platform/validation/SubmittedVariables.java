package cn.xinfang.platform.validation;

import java.lang.reflect.Field;
import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The values a completing or starting user sent, read from and written back to the engine's own
 * commands before they run. The commands keep them in protected fields; FormFieldGuardTest fails if
 * an engine upgrade renames them.
 */
final class SubmittedVariables {

  private static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");
  private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
  private static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class, "taskId");
  private static final Field SUBMIT_PROPERTIES = field(SubmitTaskFormCmd.class, "properties");
  private static final Field START_DEFINITION_ID =
      field(SubmitStartFormCmd.class, "processDefinitionId");
  private static final Field START_VARIABLES = field(SubmitStartFormCmd.class, "variables");
  private static final Field INSTANTIATION =
      field(StartProcessInstanceCmd.class, "instantiationBuilder");

  private SubmittedVariables() {}

  static String taskId(CompleteTaskCmd command) {
    return (String) get(COMPLETE_TASK_ID, command);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> of(CompleteTaskCmd command) {
    return (Map<String, Object>) get(COMPLETE_VARIABLES, command);
  }

  static void replace(CompleteTaskCmd command, VariableMap accepted) {
    set(COMPLETE_VARIABLES, command, accepted);
  }

  static String taskId(SubmitTaskFormCmd command) {
    return (String) get(SUBMIT_TASK_ID, command);
  }

  static VariableMap of(SubmitTaskFormCmd command) {
    return (VariableMap) get(SUBMIT_PROPERTIES, command);
  }

  static void replace(SubmitTaskFormCmd command, VariableMap accepted) {
    set(SUBMIT_PROPERTIES, command, accepted);
  }

  static String processDefinitionId(SubmitStartFormCmd command) {
    return (String) get(START_DEFINITION_ID, command);
  }

  static VariableMap of(SubmitStartFormCmd command) {
    return (VariableMap) get(START_VARIABLES, command);
  }

  static void replace(SubmitStartFormCmd command, VariableMap accepted) {
    set(START_VARIABLES, command, accepted);
  }

  /** What {@code /process-definition/…/start} and the Java API start with. */
  static ProcessInstantiationBuilderImpl instantiation(StartProcessInstanceCmd command) {
    return (ProcessInstantiationBuilderImpl) get(INSTANTIATION, command);
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda 的 " + type.getSimpleName() + " 没有字段 " + name, e);
    }
  }

  private static Object get(Field field, Object command) {
    try {
      return field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void set(Field field, Object command, Object value) {
    try {
      field.set(command, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
