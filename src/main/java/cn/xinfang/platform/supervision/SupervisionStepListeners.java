package cn.xinfang.platform.supervision;

import static cn.xinfang.platform.supervision.CloseSupervisionDelegate.supervisionId;
import static cn.xinfang.platform.supervision.SupervisionVariables.*;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.validation.FormInput;
import cn.xinfang.platform.validation.TextField;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The completion listeners of the supervision rungs. Each checks its form's values again on the
 * server (in Chinese) and calls one step of {@link SupervisionLadder}; the supervision it belongs
 * to comes from the process ({@code supervisionId}), never from the form.
 */
final class SupervisionStepListeners {

  private SupervisionStepListeners() {}

  /** {@code Task_IssueNotice} (签发督办函). */
  @Component("issueNoticeListener")
  static class IssueNotice implements TaskListener {
    private final SupervisionLadder ladder;
    private final CaseRecord record;

    IssueNotice(SupervisionLadder ladder, CaseRecord record) {
      this.ladder = ladder;
      this.record = record;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = FormInput.of(task);
      String requirements = input.requiredText(TextField.REQUIREMENTS);
      input.check();
      long document =
          ladder.issueNotice(supervisionId(task), requirements, record.actor(task.getAssignee()));
      task.getExecution().setVariable(NOTICE_DOCUMENT_ID, document);
    }
  }

  /** {@code Task_AnswerNotice} (书面答复) by the supervised unit's leader. */
  @Component("answerNoticeListener")
  static class AnswerNotice implements TaskListener {
    private final SupervisionLadder ladder;
    private final CaseRecord record;

    AnswerNotice(SupervisionLadder ladder, CaseRecord record) {
      this.ladder = ladder;
      this.record = record;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = FormInput.of(task);
      String answer = input.requiredText(TextField.ANSWER_TEXT);
      input.check();
      ladder.answer(supervisionId(task), answer, record.actor(task.getAssignee()));
    }
  }

  /** {@code Task_JudgeAnswer} (审核整改情况). */
  @Component("judgeAnswerListener")
  static class JudgeAnswer implements TaskListener {
    private final SupervisionLadder ladder;
    private final CaseRecord record;

    JudgeAnswer(SupervisionLadder ladder, CaseRecord record) {
      this.ladder = ladder;
      this.record = record;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = FormInput.of(task);
      String judgement = input.requiredChoice(JUDGEMENT, "审核意见", JUDGEMENTS);
      String note =
          NOT_RECTIFIED.equals(judgement)
              ? input.requiredText(TextField.JUDGEMENT_NOTE, "未整改到位的理由")
              : input.optionalText(TextField.JUDGEMENT_NOTE);
      input.check();
      ladder.judge(
          supervisionId(task), RECTIFIED.equals(judgement), note, record.actor(task.getAssignee()));
    }
  }

  /** {@code Task_ImposeMeasures} (约谈、通报、限期整改): at least one of the three. */
  @Component("imposeMeasuresListener")
  static class ImposeMeasures implements TaskListener {
    private final SupervisionLadder ladder;
    private final CaseRecord record;
    private final BusinessCalendar calendar;

    ImposeMeasures(SupervisionLadder ladder, CaseRecord record, BusinessCalendar calendar) {
      this.ladder = ladder;
      this.record = record;
      this.calendar = calendar;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = FormInput.of(task);
      boolean talk = input.ticked(TALK);
      boolean publicNotice = input.ticked(PUBLIC_NOTICE);
      boolean rectify = input.ticked(RECTIFY);
      if (!talk && !publicNotice && !rectify) {
        input.reject("请至少选择一项督办措施：约谈、通报或限期整改");
      }
      SupervisionLadder.Talk talked = null;
      if (talk) {
        LocalDate on = input.requiredDate(TALK_DATE, "约谈日期");
        if (on != null && on.isAfter(calendar.today())) {
          input.reject("约谈日期不能晚于今天（约谈后再记录）");
        }
        talked =
            new SupervisionLadder.Talk(
                on,
                input.requiredText(TextField.TALK_PEOPLE),
                input.requiredText(TextField.TALK_CONTENT));
      }
      String noticeText = publicNotice ? input.requiredText(TextField.PUBLIC_NOTICE_TEXT) : null;
      LocalDate rectifyBy = rectify ? input.requiredDate(RECTIFY_BY, "整改期限") : null;
      if (rectifyBy != null && !rectifyBy.isAfter(calendar.today())) {
        input.reject("整改期限应晚于今天");
      }
      input.check();
      ladder.impose(
          supervisionId(task), talked, noticeText, rectifyBy, record.actor(task.getAssignee()));
      task.getExecution().setVariable(SANCTIONED, true);
    }
  }

  /** {@code Task_ProposeAccountability} (提出问责建议). */
  @Component("proposeAccountabilityListener")
  static class ProposeAccountability implements TaskListener {
    private final SupervisionLadder ladder;
    private final CaseRecord record;

    ProposeAccountability(SupervisionLadder ladder, CaseRecord record) {
      this.ladder = ladder;
      this.record = record;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = FormInput.of(task);
      String article = input.requiredChoice(ARTICLE, "问责依据", ARTICLES);
      String text = input.requiredText(TextField.PROPOSAL_TEXT);
      input.check();
      long document =
          ladder.propose(supervisionId(task), article, text, record.actor(task.getAssignee()));
      task.getExecution().setVariable(PROPOSAL_DOCUMENT_ID, document);
    }
  }

  /** {@code Task_RecordDecision} (记录问责决定) by discipline inspection. */
  @Component("recordDecisionListener")
  static class RecordDecision implements TaskListener {
    private final SupervisionLadder ladder;
    private final CaseRecord record;
    private final BusinessCalendar calendar;

    RecordDecision(SupervisionLadder ladder, CaseRecord record, BusinessCalendar calendar) {
      this.ladder = ladder;
      this.record = record;
      this.calendar = calendar;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = FormInput.of(task);
      String decision = input.requiredChoice(DECISION, "问责决定", DECISIONS);
      LocalDate on = input.requiredDate(DECISION_DATE, "决定日期");
      if (on != null && on.isAfter(calendar.today())) {
        input.reject("决定日期不能晚于今天");
      }
      String text = input.requiredText(TextField.DECISION_TEXT);
      input.check();
      ladder.decide(supervisionId(task), decision, on, text, record.actor(task.getAssignee()));
    }
  }
}
