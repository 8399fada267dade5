package cn.xinfang.platform.supervision;

import static cn.xinfang.platform.supervision.LiftVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.system.CaseContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordLift} (记录提级并交上级单位): the unit's part is lifted; the call activity after it
 * starts the part of the unit one level up.
 */
@Component("recordLiftDelegate")
class RecordLiftDelegate implements JavaDelegate {

  private final CaseLifting lifting;

  RecordLiftDelegate(CaseLifting lifting) {
    this.lifting = lifting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String liftedTo =
        lifting.liftRecorded(
            CaseContext.caseNo(execution),
            CaseContext.unit(execution),
            text(execution, LIFT_REASON),
            text(execution, LIFTED_BY));
    execution.setVariable(LIFTED_TO, liftedTo);
  }
}
