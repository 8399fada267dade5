package cn.xinfang.platform.handling;

import static cn.xinfang.platform.handling.HandlingVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.validation.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of {@code Task_ApproveExtension} (审批延期) by the unit leader. */
@Component("approveExtensionListener")
class ApproveExtensionListener implements TaskListener {

  private final UnitHandling handling;

  ApproveExtensionListener(UnitHandling handling) {
    this.handling = handling;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNo = text(task, CASE_NO);
    String unit = text(task, UNIT);
    FormInput input = FormInput.of(task);
    String decision = input.requiredChoice(EXTENSION_DECISION, "审批意见", EXTENSION_CHOICES);
    if (APPROVE.equals(decision)) {
      handling.extensionClosed(caseNo, unit).ifPresent(input::reject);
      input.check();
      Object days = task.getVariable(EXTENSION_DAYS);
      handling.extend(
          caseNo,
          unit,
          task.getAssignee(),
          ((Number) days).intValue(),
          text(task, EXTENSION_REASON));
    } else {
      String comment = input.requiredText(EXTENSION_COMMENT, "不批准的理由", 2000);
      input.check();
      handling.extensionRefused(caseNo, unit, task.getAssignee(), comment);
    }
  }
}
