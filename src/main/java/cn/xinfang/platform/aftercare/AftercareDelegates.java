package cn.xinfang.platform.aftercare;

import static cn.xinfang.platform.aftercare.AftercareVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.casefile.TaskListLabels;
import cn.xinfang.platform.system.CaseContext;
import cn.xinfang.platform.system.PlatformRights;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The service tasks of {@code petition-aftercare} and {@code petition-review}, one bean each. */
final class AftercareDelegates {

  private AftercareDelegates() {}

  static long reviewId(DelegateExecution execution) {
    return ((Number) execution.getVariable(REVIEW_ID)).longValue();
  }

  /**
   * {@code Task_OpenWindow}: the awaited notice was delivered; the reply opens the review window
   * and is followed up (回访), a review decision opens the re-examination window.
   */
  @Component("openWindowDelegate")
  static class OpenWindow implements JavaDelegate {
    private final AftercareService aftercare;
    private final RuntimeService runtime;
    private final TaskListLabels labels;

    OpenWindow(AftercareService aftercare, RuntimeService runtime, TaskListLabels labels) {
      this.aftercare = aftercare;
      this.runtime = runtime;
      this.labels = labels;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String caseNo = CaseContext.caseNo(execution);
      String kind = text(execution, AWAITED_KIND);
      LocalDate day = LocalDate.parse(text(execution, DELIVERED_ON));
      execution.setVariable(WINDOW_OPEN, aftercare.delivered(caseNo, kind, day));
      if ("REPLY".equals(kind)) {
        VariableMap variables =
            Variables.createVariables()
                .putValue(CASE_NO, caseNo)
                .putValue(LEAD_UNIT, text(execution, LEAD_UNIT));
        variables.putAll(labels.of(caseNo));
        PlatformRights.run(
            () -> runtime.startProcessInstanceByKey(FOLLOW_UP_PROCESS_ID, caseNo, variables));
      }
    }
  }

  /** {@code Task_CloseCase}, {@code Task_TerminateCase}: the case closes with its reason. */
  @Component("closeCaseDelegate")
  static class Close implements JavaDelegate {
    private final AftercareService aftercare;

    Close(AftercareService aftercare) {
      this.aftercare = aftercare;
    }

    @Override
    public void execute(DelegateExecution execution) {
      aftercare.close(CaseContext.caseNo(execution), text(execution, OUTCOME));
    }
  }

  /** {@code Task_IssueDecision}: the 复查意见书 or 复核意见书 is issued and to be delivered. */
  @Component("issueReviewDecisionDelegate")
  static class IssueDecision implements JavaDelegate {
    private final ReviewService reviews;

    IssueDecision(ReviewService reviews) {
      this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
      long notice =
          reviews.decide(
              reviewId(execution),
              ReviewDecision.valueOf(text(execution, REVIEW_DECISION)),
              text(execution, DECISION_TEXT),
              text(execution, "decidedBy"));
      execution.setVariable(DECISION_NOTICE_ID, notice);
    }
  }

  /** {@code Task_RemindReview}: half the period gone, or nearly due. */
  @Component("reviewReminderDelegate")
  static class Remind implements JavaDelegate {
    private final ReviewService reviews;

    Remind(ReviewService reviews) {
      this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
      reviews.remind(reviewId(execution));
    }
  }

  /** {@code Task_ReviewOverdue}: the decision is overdue. */
  @Component("reviewOverdueDelegate")
  static class Overdue implements JavaDelegate {
    private final ReviewService reviews;

    Overdue(ReviewService reviews) {
      this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
      reviews.overdue(reviewId(execution));
    }
  }
}
