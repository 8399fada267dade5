package cn.xinfang.platform.supervision;

import static cn.xinfang.platform.supervision.SupervisionVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.validation.FormInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code Start_Flagged}: a supervisor flags a case (挂牌督办) from Tasklist's start form, choosing the
 * case, the unit and the reason. The case number becomes the business key, as for every other
 * supervision, so Cockpit links it to the case.
 */
@Component("flagSupervisionListener")
class FlagSupervisionListener implements ExecutionListener {

  private final ManualFlags flags;
  private final CaseRecord record;

  FlagSupervisionListener(ManualFlags flags, CaseRecord record) {
    this.flags = flags;
    this.record = record;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String caseNo = text(execution, CASE_NO);
    String unit = text(execution, UNIT);
    String reason = text(execution, FLAG_REASON);
    FormInput input = FormInput.of(execution);
    flags.problems(caseNo, unit, reason).forEach(input::reject);
    input.check();
    execution.setProcessBusinessKey(caseNo.strip());
    execution.setVariable(CASE_NO, caseNo.strip());
    execution.setVariable(REASON, SupervisionReason.FLAGGED.name());
    execution.setVariable(SOURCE, SupervisionSource.TASKLIST.name());
    execution.setVariable(DETAIL, reason.strip());
    execution.setVariable(REQUESTED_BY, record.actor(null));
  }
}
