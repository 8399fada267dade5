package cn.xinfang.platform.routing;

import static cn.xinfang.platform.intake.PetitionVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ForwardToDiscipline} (检举控告公职人员，转纪委监委). */
@Component("forwardToDisciplineDelegate")
class ForwardToDisciplineDelegate implements JavaDelegate {

  private final UnitAssignments assignments;

  ForwardToDisciplineDelegate(UnitAssignments assignments) {
    this.assignments = assignments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assignments.forwardToDiscipline(
        text(execution, CASE_NO), text(execution, REVIEWED_BY), text(execution, DECISION_NOTE));
  }
}
