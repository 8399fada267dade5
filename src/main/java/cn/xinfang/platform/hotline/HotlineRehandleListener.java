package cn.xinfang.platform.hotline;

import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.notice.Notices;
import cn.xinfang.platform.system.CaseContext;
import cn.xinfang.platform.validation.FormInput;
import cn.xinfang.platform.validation.TextField;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AnswerAgain} of {@code hotline-reopen}: the lead unit's leader answers the reopened
 * order with a new 答复意见书, which the hotline then reads back.
 */
@Component("hotlineRehandleListener")
class HotlineRehandleListener implements TaskListener {

  private final Notices notices;
  private final CaseRecord record;

  HotlineRehandleListener(Notices notices, CaseRecord record) {
    this.notices = notices;
    this.record = record;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    String reply = input.requiredText(TextField.REPLY_TEXT);
    input.check();
    String caseNo = CaseContext.caseNo(task);
    String unit = text(task, "leadUnit");
    String actor = record.actor(task.getAssignee());
    record.add(caseNo, actor, unit, CaseAction.REHANDLED, "12345 工单重办，重新出具答复意见书");
    notices.reply(caseNo, unit, actor, reply);
  }
}
