package cn.xinfang.platform.routing;

import static cn.xinfang.platform.intake.PetitionVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.system.CaseContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_AssignUnits} (交办责任单位). */
@Component("assignUnitsDelegate")
class AssignUnitsDelegate implements JavaDelegate {

  private final UnitAssignments assignments;

  AssignUnitsDelegate(UnitAssignments assignments) {
    this.assignments = assignments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assignments.assign(
        CaseContext.caseNo(execution),
        UnitList.read(execution, RESPONSIBLE_UNITS),
        text(execution, LEAD_UNIT));
  }
}
