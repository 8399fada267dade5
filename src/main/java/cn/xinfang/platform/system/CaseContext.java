package cn.xinfang.platform.system;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Which case and which unit a step belongs to, as the process set them: the case number is the
 * business key (the intake sets it, call activities pass it on) and the unit is the input the
 * department-handling instance was called with. Never read from what a form submitted.
 */
public final class CaseContext {

  /** The department-handling instance's unit (a call-activity input; re-routing changes it). */
  public static final String UNIT = "unit";

  private CaseContext() {}

  public static String caseNo(DelegateTask task) {
    return task.getExecution().getProcessBusinessKey();
  }

  public static String caseNo(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  public static String unit(DelegateTask task) {
    return unit(task.getExecution());
  }

  public static String unit(DelegateExecution execution) {
    TypedValue unit = execution.getProcessInstance().getVariableLocalTyped(UNIT);
    return unit == null || unit.getValue() == null ? null : unit.getValue().toString();
  }
}
