package cn.xinfang.platform.handling;

import static cn.xinfang.platform.intake.PetitionVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.notice.NoticeDeliveryVariables;
import cn.xinfang.platform.system.CaseContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendReply} (出具答复意见书): the approved reply is issued as the 答复意见书. */
@Component("sendReplyDelegate")
class SendReplyDelegate implements JavaDelegate {

  private final UnitHandling handling;

  SendReplyDelegate(UnitHandling handling) {
    this.handling = handling;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long noticeId = handling.replied(CaseContext.caseNo(execution), text(execution, REPLY_TEXT));
    // 答复、回访、复查复核 (petition-aftercare) waits for this notice's delivery
    execution.setVariable(NoticeDeliveryVariables.AWAITED_NOTICE_ID, noticeId);
  }
}
