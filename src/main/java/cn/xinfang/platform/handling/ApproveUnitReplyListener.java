package cn.xinfang.platform.handling;

import static cn.xinfang.platform.handling.HandlingVariables.*;

import cn.xinfang.platform.system.CaseContext;
import cn.xinfang.platform.validation.FormInput;
import cn.xinfang.platform.validation.TextField;
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
    FormInput.Approval approval =
        input.approval(UNIT_DECISION, APPROVAL_CHOICES, RETURN, TextField.UNIT_COMMENT);
    input.check();
    String caseNo = CaseContext.caseNo(task);
    String unit = CaseContext.unit(task);
    if (approval.sentBack()) {
      handling.returned(caseNo, unit, task.getAssignee(), approval.comment());
    } else {
      handling.approved(caseNo, unit, task.getAssignee(), approval.comment());
    }
  }
}
