package cn.xinfang.platform.handling;

import static cn.xinfang.platform.intake.PetitionVariables.*;

import cn.xinfang.platform.system.CaseContext;
import cn.xinfang.platform.validation.FormInput;
import cn.xinfang.platform.validation.TextField;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of {@code Task_ApproveReply} (审批答复意见书) by the lead unit's leader. */
@Component("approveReplyListener")
class ApproveReplyListener implements TaskListener {

  private final UnitHandling handling;

  ApproveReplyListener(UnitHandling handling) {
    this.handling = handling;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    FormInput.Approval approval =
        input.approval(
            REPLY_DECISION, Map.of(APPROVE, "同意", RETURN, "退回修改"), RETURN, TextField.REPLY_COMMENT);
    input.check();
    String caseNo = CaseContext.caseNo(task);
    if (approval.sentBack()) {
      handling.replyReturned(caseNo, task.getAssignee(), approval.comment());
    } else {
      handling.replyApproved(caseNo, task.getAssignee(), approval.comment());
    }
  }
}
