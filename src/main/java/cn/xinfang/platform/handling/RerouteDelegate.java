package cn.xinfang.platform.handling;

import static cn.xinfang.platform.handling.HandlingVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.system.CaseContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_Reroute} (改派): the unit's part goes to the unit the petition bureau named, which the
 * bureau's review has checked; the new unit's 签收 starts with an empty form.
 */
@Component("rerouteDelegate")
class RerouteDelegate implements JavaDelegate {

  private final UnitHandling handling;

  RerouteDelegate(UnitHandling handling) {
    this.handling = handling;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String to = text(execution, REROUTE_UNIT);
    handling.reroute(CaseContext.caseNo(execution), CaseContext.unit(execution), to);
    execution.getProcessInstance().setVariable(UNIT, to);
  }
}
