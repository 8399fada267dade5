package cn.xinfang.platform.handling;

import static cn.xinfang.platform.intake.PetitionVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.validation.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ConsolidateReply} (汇总答复意见书): on create the case turns to replying; on complete the
 * lead unit's consolidated reply is checked and recorded.
 */
@Component("consolidateReplyListener")
class ConsolidateReplyListener implements TaskListener {

  static final int MIN_REPLY_LENGTH = 10;

  private final UnitHandling handling;

  ConsolidateReplyListener(UnitHandling handling) {
    this.handling = handling;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNo = text(task, CASE_NO);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      handling.replyDrafting(caseNo);
      return;
    }
    FormInput input = FormInput.of(task);
    String reply = input.requiredText(REPLY_TEXT, "答复意见书", 8000);
    if (reply != null && reply.length() < MIN_REPLY_LENGTH) {
      input.reject("答复意见书至少 " + MIN_REPLY_LENGTH + " 个字，请写明事实、依据和处理结论");
    }
    input.check();
    handling.replyDrafted(caseNo, task.getAssignee(), text(task, LEAD_UNIT), reply);
  }
}
