package cn.xinfang.platform.routing;

import static cn.xinfang.platform.intake.PetitionVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.system.CaseContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_DivertToLegalProcedure} (导入法律程序，转政法委并告知信访人). */
@Component("divertToLegalProcedureDelegate")
class DivertToLegalProcedureDelegate implements JavaDelegate {

  private final UnitAssignments assignments;

  DivertToLegalProcedureDelegate(UnitAssignments assignments) {
    this.assignments = assignments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assignments.divertToLegalProcedure(
        CaseContext.caseNo(execution),
        text(execution, REVIEWED_BY),
        text(execution, DECISION_NOTE));
  }
}
