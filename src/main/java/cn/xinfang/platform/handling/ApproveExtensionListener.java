package cn.xinfang.platform.handling;

import static cn.xinfang.platform.handling.HandlingVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.system.CaseContext;
import cn.xinfang.platform.validation.FormInput;
import cn.xinfang.platform.validation.TextField;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_ApproveExtension} (审批延期) by the unit leader. The days and reason are
 * the ones the official asked for (the form only shows them); approving checks again that the case
 * was not extended before and that the days are within the statutory cap.
 */
@Component("approveExtensionListener")
class ApproveExtensionListener implements TaskListener {

  private final UnitHandling handling;

  ApproveExtensionListener(UnitHandling handling) {
    this.handling = handling;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNo = CaseContext.caseNo(task);
    String unit = CaseContext.unit(task);
    FormInput input = FormInput.of(task);
    String decision = input.requiredChoice(EXTENSION_DECISION, "审批意见", EXTENSION_CHOICES);
    if (APPROVE.equals(decision)) {
      Integer days = handling.extensionDays(task.getVariable(EXTENSION_DAYS), input);
      handling.extensionClosed(caseNo, unit).ifPresent(input::reject);
      input.check();
      handling.extend(caseNo, unit, task.getAssignee(), days, text(task, EXTENSION_REASON));
    } else {
      String comment = input.requiredText(TextField.EXTENSION_COMMENT, "不批准的理由");
      input.check();
      handling.extensionRefused(caseNo, unit, task.getAssignee(), comment);
    }
  }
}
