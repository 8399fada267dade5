package cn.xinfang.platform.hotline;

import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.notice.ReplyForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AnswerAgain} of {@code hotline-reopen}: the lead unit's leader answers the reopened
 * order with a new 答复意见书, which the hotline then reads back.
 */
@Component("hotlineRehandleListener")
class HotlineRehandleListener implements TaskListener {

  private final ReplyForm replyForm;

  HotlineRehandleListener(ReplyForm replyForm) {
    this.replyForm = replyForm;
  }

  @Override
  public void notify(DelegateTask task) {
    replyForm.issue(task, text(task, "leadUnit"), "12345 工单重办，重新出具答复意见书");
  }
}
