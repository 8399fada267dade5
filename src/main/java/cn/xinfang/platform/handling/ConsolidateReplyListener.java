package cn.xinfang.platform.handling;

import cn.xinfang.platform.system.CaseContext;
import cn.xinfang.platform.validation.FormInput;
import cn.xinfang.platform.validation.TextField;
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
    String caseNo = CaseContext.caseNo(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      handling.replyDrafting(caseNo);
      return;
    }
    FormInput input = FormInput.of(task);
    String reply = input.requiredText(TextField.REPLY_TEXT);
    if (reply != null && reply.length() < MIN_REPLY_LENGTH) {
      input.reject("答复意见书至少 " + MIN_REPLY_LENGTH + " 个字，请写明事实、依据和处理结论");
    }
    input.check();
    handling.replyDrafted(caseNo, task.getAssignee(), reply);
  }
}
