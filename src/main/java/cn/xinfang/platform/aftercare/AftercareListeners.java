package cn.xinfang.platform.aftercare;

import static cn.xinfang.platform.aftercare.AftercareVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.casefile.CaseStatus;
import cn.xinfang.platform.notice.ReplyForm;
import cn.xinfang.platform.system.CaseContext;
import cn.xinfang.platform.validation.FormInput;
import cn.xinfang.platform.validation.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The forms of closing the loop: each checks its values again on the server, in Chinese; which
 * case, review and unit a step belongs to comes from the process.
 */
final class AftercareListeners {

  private AftercareListeners() {}

  static long reviewId(DelegateTask task) {
    return ((Number) task.getVariable(REVIEW_ID)).longValue();
  }

  /**
   * {@code Start_RequestRecorded} of {@code review-request}: a registrar records the petitioner's
   * request for review or re-examination; refused with the reason when out of its window.
   */
  @Component("requestReviewListener")
  static class Request implements ExecutionListener {
    private final AftercareService aftercare;
    private final CaseRecord record;

    Request(AftercareService aftercare, CaseRecord record) {
      this.aftercare = aftercare;
      this.record = record;
    }

    @Override
    public void notify(DelegateExecution execution) {
      FormInput input = FormInput.of(execution);
      String caseNo = input.requiredText(TextField.CASE_NO);
      LocalDate on = input.requiredDate(REQUESTED_ON, "请求日期");
      String text = input.requiredText(TextField.REQUEST_TEXT);
      input.check();
      aftercare.request(caseNo, on, text, record.actor(null)).forEach(input::reject);
      input.check();
      execution.setProcessBusinessKey(caseNo);
    }
  }

  /** {@code Task_FollowUp} (回访): satisfaction, how it was asked, and what was said. */
  @Component("followUpListener")
  static class FollowUp implements TaskListener {
    private final Satisfactions satisfactions;
    private final AftercareService aftercare;
    private final CaseRecord record;
    private final BusinessCalendar calendar;

    FollowUp(
        Satisfactions satisfactions,
        AftercareService aftercare,
        CaseRecord record,
        BusinessCalendar calendar) {
      this.satisfactions = satisfactions;
      this.aftercare = aftercare;
      this.record = record;
      this.calendar = calendar;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = FormInput.of(task);
      String rating = input.requiredChoice(SATISFACTION, "满意度", Satisfaction.choices());
      String way = input.requiredChoice(FOLLOW_UP_WAY, "回访方式", Satisfaction.WAYS);
      String notes = input.optionalText(TextField.FOLLOW_UP_NOTES);
      if (Satisfaction.DISSATISFIED.name().equals(rating) && notes == null) {
        input.reject("信访人不满意的，请在回访情况中写明不满意的原因");
      }
      input.check();
      Satisfactions.Rating r =
          new Satisfactions.Rating(
              CaseContext.caseNo(task),
              text(task, LEAD_UNIT),
              Satisfaction.Source.FOLLOW_UP,
              Satisfaction.valueOf(rating),
              way,
              notes,
              calendar.now(),
              record.actor(task.getAssignee()));
      satisfactions.add(r);
      aftercare.rated(r);
    }
  }

  /** {@code Task_SignReview}: the body above signs for the request; its clock starts. */
  @Component("signReviewListener")
  static class SignFor implements TaskListener {
    private final ReviewService reviews;
    private final CaseRecord record;

    SignFor(ReviewService reviews, CaseRecord record) {
      this.reviews = reviews;
      this.record = record;
    }

    @Override
    public void notify(DelegateTask task) {
      reviews.signFor(reviewId(task), record.actor(task.getAssignee()));
    }
  }

  /**
   * {@code Task_DecideReview}: upheld, changed, or revoked with re-handling ordered, with the
   * reasons; or, for a re-examination, a hearing first (its days do not count).
   */
  @Component("decideReviewListener")
  static class Decide implements TaskListener {
    private final ReviewService reviews;
    private final CaseRecord record;

    Decide(ReviewService reviews, CaseRecord record) {
      this.reviews = reviews;
      this.record = record;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = FormInput.of(task);
      Map<String, String> choices = new LinkedHashMap<>(ReviewDecision.choices());
      choices.put(HEARING, "组织听证（听证时间不计入期限）");
      String decision = input.requiredChoice(DECISION, "决定", choices);
      ReviewLevel level = reviews.get(reviewId(task)).level();
      String text = null;
      if (HEARING.equals(decision)) {
        if (level != ReviewLevel.REEXAMINATION) {
          input.reject("听证只适用于复核（信访工作条例第三十六条），复查请直接作出决定");
        }
      } else {
        text = input.requiredText(TextField.REVIEW_DECISION_TEXT);
      }
      input.check();
      task.getExecution().setVariable(REVIEW_DECISION, decision);
      task.getExecution().setVariable(DECISION_TEXT, text);
      task.getExecution().setVariable("decidedBy", record.actor(task.getAssignee()));
    }
  }

  /** {@code Task_RecordHearing} (记录听证): from, to and what happened; the clock moves on. */
  @Component("recordHearingListener")
  static class Hearing implements TaskListener {
    private final ReviewService reviews;
    private final CaseRecord record;
    private final BusinessCalendar calendar;

    Hearing(ReviewService reviews, CaseRecord record, BusinessCalendar calendar) {
      this.reviews = reviews;
      this.record = record;
      this.calendar = calendar;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = FormInput.of(task);
      LocalDate from = input.requiredDate(HEARING_FROM, "听证开始日期");
      LocalDate to = input.requiredDate(HEARING_TO, "听证结束日期");
      String notes = input.requiredText(TextField.HEARING_NOTES);
      if (from != null && to != null && to.isBefore(from)) {
        input.reject("听证结束日期不能早于开始日期");
      }
      if (to != null && to.isAfter(calendar.today())) {
        input.reject("听证结束后再记录：结束日期不能晚于今天（" + calendar.today() + "）");
      }
      input.check();
      reviews.hearing(reviewId(task), from, to, notes, record.actor(task.getAssignee()));
    }
  }

  /**
   * {@code Task_Rehandle} (重新办理并答复): the original reply was revoked; the lead unit's leader signs a
   * new 答复意见书, whose delivery the case then waits for.
   */
  @Component("rehandleListener")
  static class Rehandle implements TaskListener {
    private final ReplyForm replyForm;
    private final CaseFiles files;

    Rehandle(ReplyForm replyForm, CaseFiles files) {
      this.replyForm = replyForm;
      this.files = files;
    }

    @Override
    public void notify(DelegateTask task) {
      long notice = replyForm.issue(task, text(task, LEAD_UNIT), "原处理意见被撤销后重新办理，重新出具答复意见书");
      files.setStatus(CaseContext.caseNo(task), CaseStatus.REPLIED);
      task.getExecution().setVariable(AWAITED_NOTICE_ID, notice);
      task.getExecution().setVariable(AWAITED_KIND, "REPLY");
    }
  }
}
