package cn.xinfang.platform.handling;

import static cn.xinfang.platform.handling.HandlingVariables.*;

import cn.xinfang.platform.system.CaseContext;
import cn.xinfang.platform.validation.FormInput;
import cn.xinfang.platform.validation.TextField;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_HandleCase} (办理): findings, measures and a draft reply opinion, or a
 * request to extend the handling period once, by at most 30 days, with a reason.
 */
@Component("handleCaseListener")
class HandleCaseListener implements TaskListener {

  private final UnitHandling handling;

  HandleCaseListener(UnitHandling handling) {
    this.handling = handling;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNo = CaseContext.caseNo(task);
    String unit = CaseContext.unit(task);
    FormInput input = FormInput.of(task);
    String action = input.requiredChoice(HANDLING_ACTION, "办理结果", HANDLING_CHOICES);
    if (EXTEND.equals(action)) {
      Integer days = handling.extensionDays(task.getVariable(EXTENSION_DAYS), input);
      String reason = input.requiredText(TextField.EXTENSION_REASON);
      handling.extensionClosed(caseNo, unit).ifPresent(input::reject);
      input.check();
      task.setVariable(EXTENSION_DAYS, days);
      handling.extensionRequested(caseNo, unit, task.getAssignee(), days, reason);
      return;
    }
    String findings = input.requiredText(TextField.FINDINGS);
    String measures = input.requiredText(TextField.MEASURES);
    String draft = input.requiredText(TextField.DRAFT_REPLY);
    input.check();
    handling.handled(caseNo, unit, task.getAssignee(), findings, measures, draft);
  }
}
