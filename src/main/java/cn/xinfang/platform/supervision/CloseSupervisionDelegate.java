package cn.xinfang.platform.supervision;

import static cn.xinfang.platform.supervision.SupervisionVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CloseRectified} and {@code Task_CloseDecided} (督办办结): the outcome comes as an input
 * parameter; the unit's slot is freed, so a later slip opens a new supervision case.
 */
@Component("closeSupervisionDelegate")
class CloseSupervisionDelegate implements JavaDelegate {

  private final SupervisionLadder ladder;

  CloseSupervisionDelegate(SupervisionLadder ladder) {
    this.ladder = ladder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ladder.close(supervisionId(execution), text(execution, OUTCOME));
  }

  static long supervisionId(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return ((Number) scope.getVariable(SUPERVISION_ID)).longValue();
  }
}
