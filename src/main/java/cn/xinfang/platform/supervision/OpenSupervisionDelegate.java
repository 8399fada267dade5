package cn.xinfang.platform.supervision;

import static cn.xinfang.platform.supervision.SupervisionVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.system.CaseContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OpenSupervision} (立案或并入): a request opens a supervision case for the unit on the
 * petition, or joins the open one; the trigger table then reads how often the unit was supervised.
 */
@Component("openSupervisionDelegate")
class OpenSupervisionDelegate implements JavaDelegate {

  private final SupervisionLadder ladder;
  private final Organisation organisation;

  OpenSupervisionDelegate(SupervisionLadder ladder, Organisation organisation) {
    this.ladder = ladder;
    this.organisation = organisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String unit = CaseContext.unit(execution);
    SupervisionReason reason = SupervisionReason.of(text(execution, REASON));
    SupervisionLadder.Opened opened =
        ladder.open(
            CaseContext.caseNo(execution),
            unit,
            reason,
            SupervisionSource.of(text(execution, SOURCE)),
            text(execution, DETAIL),
            text(execution, REQUESTED_BY),
            execution.getProcessInstanceId());
    execution.setVariable(SUPERVISION_ID, opened.id());
    execution.setVariable(JOINED, opened.joined());
    execution.setVariable(PRIOR_SUPERVISIONS, opened.priorSupervisions());
    execution.setVariable(COLLECTIVE, opened.collective());
    execution.setVariable(SANCTIONED, false);
    execution.setVariable(UNIT_NAME, organisation.nameOf(unit));
    execution.setVariable(REASON_LABEL, reason.label());
  }
}
