package cn.xinfang.platform.handling;

import static cn.xinfang.platform.handling.HandlingVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.validation.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of {@code Task_ApproveUnitReply} (单位领导审批): approve, or send back with a reason. */
@Component("approveUnitReplyListener")
class ApproveUnitReplyListener implements TaskListener {

  private final UnitHandling handling;

  ApproveUnitReplyListener(UnitHandling handling) {
    this.handling = handling;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    String decision = input.requiredChoice(UNIT_DECISION, "审批意见", APPROVAL_CHOICES);
    String comment =
        RETURN.equals(decision)
            ? input.requiredText(UNIT_COMMENT, "退回修改的理由", 2000)
            : input.optionalText(UNIT_COMMENT, "审批意见说明", 2000);
    input.check();
    String caseNo = text(task, CASE_NO);
    String unit = text(task, UNIT);
    if (APPROVE.equals(decision)) {
      handling.approved(caseNo, unit, task.getAssignee(), comment);
    } else {
      handling.returned(caseNo, unit, task.getAssignee(), comment);
    }
  }
}
