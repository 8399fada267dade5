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

  /** What every step has: the ladder it climbs and who is acting. */
  abstract static class Step implements TaskListener {
    final SupervisionLadder ladder;
    final CaseRecord record;

    Step(SupervisionLadder ladder, CaseRecord record) {
      this.ladder = ladder;
      this.record = record;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = FormInput.of(task);
      complete(task, input, supervisionId(task), record.actor(task.getAssignee()));
    }

    /** Checks the form with {@code input} (then {@code input.check()}) and takes the step. */
    abstract void complete(DelegateTask task, FormInput input, long supervision, String actor);
  }

  /** {@code Task_IssueNotice} (签发督办函). */
  @Component("issueNoticeListener")
  static class IssueNotice extends Step {
    IssueNotice(SupervisionLadder ladder, CaseRecord record) {
      super(ladder, record);
    }

    @Override
    void complete(DelegateTask task, FormInput input, long supervision, String actor) {
      String requirements = input.requiredText(TextField.REQUIREMENTS);
      input.check();
      long document = ladder.issueNotice(supervision, requirements, actor);
      task.getExecution().setVariable(NOTICE_DOCUMENT_ID, document);
    }
  }

  /** {@code Task_AnswerNotice} (书面答复) by the supervised unit's leader. */
  @Component("answerNoticeListener")
  static class AnswerNotice extends Step {
    AnswerNotice(SupervisionLadder ladder, CaseRecord record) {
      super(ladder, record);
    }

    @Override
    void complete(DelegateTask task, FormInput input, long supervision, String actor) {
      String answer = input.requiredText(TextField.ANSWER_TEXT);
      input.check();
      ladder.answer(supervision, answer, actor);
    }
  }

  /** {@code Task_JudgeAnswer} (审核整改情况). */
  @Component("judgeAnswerListener")
  static class JudgeAnswer extends Step {
    JudgeAnswer(SupervisionLadder ladder, CaseRecord record) {
      super(ladder, record);
    }

    @Override
    void complete(DelegateTask task, FormInput input, long supervision, String actor) {
      String judgement = input.requiredChoice(JUDGEMENT, "审核意见", JUDGEMENTS);
      String note =
          NOT_RECTIFIED.equals(judgement)
              ? input.requiredText(TextField.JUDGEMENT_NOTE, "未整改到位的理由")
              : input.optionalText(TextField.JUDGEMENT_NOTE);
      input.check();
      ladder.judge(supervision, RECTIFIED.equals(judgement), note, actor);
    }
  }

  /** {@code Task_ImposeMeasures} (约谈、通报、限期整改): at least one of the three. */
  @Component("imposeMeasuresListener")
  static class ImposeMeasures extends Step {
    private final BusinessCalendar calendar;
    private final CaseLifting lifting;

    ImposeMeasures(
        SupervisionLadder ladder,
        CaseRecord record,
        BusinessCalendar calendar,
        CaseLifting lifting) {
      super(ladder, record);
      this.calendar = calendar;
      this.lifting = lifting;
    }

    @Override
    void complete(DelegateTask task, FormInput input, long supervision, String actor) {
      boolean talk = input.ticked(TALK);
      boolean publicNotice = input.ticked(PUBLIC_NOTICE);
      boolean rectify = input.ticked(RECTIFY);
      boolean lift = input.ticked(LIFT);
      if (!talk && !publicNotice && !rectify && !lift) {
        input.reject("请至少选择一项督办措施：约谈、通报、限期整改或提级办理");
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
      String liftReason = lift ? input.requiredText(TextField.LIFT_REASON) : null;
      input.check();
      if (lift) {
        // the lift checks its own rules (a running part, a unit one level up); a refusal changes
        // nothing
        SupervisionCase c = ladder.get(supervision);
        try {
          lifting.lift(c.caseNo(), c.unit(), liftReason, actor);
        } catch (LiftRefusedException refused) {
          refused.errors().forEach(e -> input.reject("不能提级办理：" + e.message()));
          input.check();
        }
      }
      ladder.impose(supervision, talked, noticeText, rectifyBy, actor);
      task.getExecution().setVariable(SANCTIONED, true);
    }
  }

  /** {@code Task_ProposeAccountability} (提出问责建议). */
  @Component("proposeAccountabilityListener")
  static class ProposeAccountability extends Step {
    ProposeAccountability(SupervisionLadder ladder, CaseRecord record) {
      super(ladder, record);
    }

    @Override
    void complete(DelegateTask task, FormInput input, long supervision, String actor) {
      String article = input.requiredChoice(ARTICLE, "问责依据", ARTICLES);
      String text = input.requiredText(TextField.PROPOSAL_TEXT);
      input.check();
      long document = ladder.propose(supervision, article, text, actor);
      task.getExecution().setVariable(PROPOSAL_DOCUMENT_ID, document);
    }
  }

  /** {@code Task_RecordDecision} (记录问责决定) by discipline inspection. */
  @Component("recordDecisionListener")
  static class RecordDecision extends Step {
    private final BusinessCalendar calendar;

    RecordDecision(SupervisionLadder ladder, CaseRecord record, BusinessCalendar calendar) {
      super(ladder, record);
      this.calendar = calendar;
    }

    @Override
    void complete(DelegateTask task, FormInput input, long supervision, String actor) {
      String decision = input.requiredChoice(DECISION, "问责决定", DECISIONS);
      LocalDate on = input.requiredDate(DECISION_DATE, "决定日期");
      if (on != null && on.isAfter(calendar.today())) {
        input.reject("决定日期不能晚于今天");
      }
      String text = input.requiredText(TextField.DECISION_TEXT);
      input.check();
      ladder.decide(supervision, decision, on, text, actor);
    }
  }
}
