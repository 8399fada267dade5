package cn.xinfang.platform.routing;

import static cn.xinfang.platform.intake.PetitionVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.system.CaseContext;
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
        CaseContext.caseNo(execution),
        text(execution, REVIEWED_BY),
        text(execution, DECISION_NOTE));
  }
}
