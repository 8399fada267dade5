package cn.xinfang.platform.notice;

import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.system.CaseContext;
import cn.xinfang.platform.validation.FormInput;
import cn.xinfang.platform.validation.TextField;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * A leader answers a case again from a form (a reply revoked on review, a reopened hotline order):
 * the reply text is checked, the record says why, and the new 答复意见书 is issued.
 */
@Component
public class ReplyForm {

  private final Notices notices;
  private final CaseRecord record;

  ReplyForm(Notices notices, CaseRecord record) {
    this.notices = notices;
    this.record = record;
  }

  /** Issues the form's reply for {@code unit}, recorded as {@code why}; returns the notice's id. */
  public long issue(DelegateTask task, String unit, String why) {
    FormInput input = FormInput.of(task);
    String reply = input.requiredText(TextField.REPLY_TEXT);
    input.check();
    String caseNo = CaseContext.caseNo(task);
    String actor = record.actor(task.getAssignee());
    record.add(caseNo, actor, unit, CaseAction.REHANDLED, why);
    return notices.reply(caseNo, unit, actor, reply);
  }
}
