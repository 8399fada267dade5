package cn.xinfang.platform.supervision;

import static cn.xinfang.platform.supervision.SupervisionVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.deadline.CaseTimers;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.notification.MailVariables;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.FiresTimers;
import cn.xinfang.platform.support.QueuedMail;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every slip becomes a clocked supervision case: a unit late to sign for or to handle, the bureau
 * late to forward, a unit passing the buck, or a supervisor's flag. One supervision case per unit
 * and petition; the ladder runs from the notice to rectification, or on to accountability.
 */
class SupervisionLadderTest extends CaseTest {

  /** Monday 2026-06-01, 09:00 in Beijing: housing must sign for it by 06-16. */
  static final Instant ASSIGNED = Instant.parse("2026-06-01T01:00:00Z");

  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired SupervisionLedger ledger;
  @Autowired SupervisionLadder ladder;
  @Autowired BusinessCalendar calendar;

  CaseTimers timers;

  @BeforeEach
  void startOfTheStory() {
    ClockUtil.setCurrentTime(Date.from(ASSIGNED));
    timers = new CaseTimers(management, runtime);
  }

  @AfterEach
  void dropQueuedMail() {
    QueuedMail.drop(engine);
  }

  @Test
  @FiresTimers({"Timer_AcceptOverdue"})
  void anOverdueUnitIsNoticedAnswersAndIsClosedWhenRectified() {
    String caseNo = assigned(901, "land", "natural-resources");
    timers.fire(caseNo, "Timer_AcceptOverdue");

    ProcessInstance supervision = supervision(caseNo);
    assertThat(supervision).isWaitingAt("Task_IssueNotice");
    assertThat(runtime.getVariable(supervision.getId(), UNIT)).isEqualTo("natural-resources");
    assertThat(runtime.getVariable(supervision.getId(), REASON)).isEqualTo("UNIT_OVERDUE");
    assertThat(runtime.getVariable(supervision.getId(), START_RUNG)).isEqualTo("NOTICE");
    assertThat(desk.countVisible("supervisor", caseNo, "Task_IssueNotice")).isEqualTo(1);

    issueNotice(caseNo);
    assertThat(supervision).isWaitingAt("Task_AnswerNotice");
    SupervisionCase opened = ladder.ofCase(caseNo).get(0);
    assertThat(opened.answerDue())
        .isEqualTo(calendar.plusWorkingDays(calendar.today(), 10))
        .isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(
            desk.visibleTask("natural-resources-leader", caseNo, "Task_AnswerNotice").getDueDate())
        .isEqualTo(calendar.endOf(opened.answerDue()));
    assertThat(queuedSubjects()).anyMatch(s -> s.contains("督查督办") && s.contains("督办函"));

    desk.complete(
        "natural-resources-leader", caseNo, "Task_AnswerNotice", Map.of(ANSWER_TEXT, "已签收，正在办理"));
    judge(caseNo, RECTIFIED, "同意");

    assertThat(supervision).isEnded().hasPassed("Task_CloseRectified");
    assertThat(rungs(caseNo))
        .containsExactly(
            LedgerRung.TRIGGERED,
            LedgerRung.NOTICE,
            LedgerRung.ANSWER,
            LedgerRung.JUDGEMENT,
            LedgerRung.CLOSED);
    assertThat(ladder.ofCase(caseNo).get(0).open()).isFalse();
  }

  @Test
  @FiresTimers({"Timer_AcceptOverdue", "Timer_AnswerOverdue"})
  void noAnswerInTimeLeadsToTalkAndPublicNoticeThenAProposalAndADecision() {
    String caseNo = assigned(902, "market", "market-regulation");
    timers.fire(caseNo, "Timer_AcceptOverdue");
    issueNotice(caseNo);

    timers.fire(caseNo, "Timer_AnswerOverdue");
    ProcessInstance supervision = supervision(caseNo);
    assertThat(supervision).hasPassed("Task_RecordNoAnswer").isWaitingAt("Task_ImposeMeasures");

    Map<String, Object> measures = new HashMap<>();
    measures.put(TALK, true);
    measures.put(TALK_DATE, calendar.today().toString());
    measures.put(TALK_PEOPLE, "督查室张三，住建局李四");
    measures.put(TALK_CONTENT, "指出超期问题，要求限期整改");
    measures.put(PUBLIC_NOTICE, true);
    measures.put(PUBLIC_NOTICE_TEXT, "住建局对信访事项签收超期且逾期未答复督办函，予以通报。");
    measures.put(RECTIFY, true);
    measures.put(RECTIFY_BY, calendar.today().plusDays(7).toString());
    desk.complete("supervisor", caseNo, "Task_ImposeMeasures", measures);
    assertThat(supervision).isWaitingAt("Task_AnswerNotice");
    assertThat(ladder.ofCase(caseNo).get(0).answerDue()).isEqualTo(calendar.today().plusDays(7));

    desk.complete(
        "market-regulation-leader", caseNo, "Task_AnswerNotice", Map.of(ANSWER_TEXT, "仍在协调"));
    judge(caseNo, NOT_RECTIFIED, "仍未签收");
    assertThat(supervision).isWaitingAt("Task_ProposeAccountability");

    desk.complete(
        "supervisor",
        caseNo,
        "Task_ProposeAccountability",
        Map.of(ARTICLE, "45", PROPOSAL_TEXT, "建议对住建局分管负责人予以诫勉"));
    assertThat(desk.countVisible("court-leader", caseNo, "Task_RecordDecision")).isZero();
    desk.complete(
        "discipline-leader",
        caseNo,
        "Task_RecordDecision",
        Map.of(
            DECISION,
            "ADMONITION",
            DECISION_DATE,
            calendar.today().toString(),
            DECISION_TEXT,
            "对分管负责人诫勉谈话"));

    assertThat(supervision).isEnded().hasPassed("Task_CloseDecided");
    assertThat(rungs(caseNo))
        .containsExactly(
            LedgerRung.TRIGGERED,
            LedgerRung.NOTICE,
            LedgerRung.NO_ANSWER,
            LedgerRung.TALK,
            LedgerRung.PUBLIC_NOTICE,
            LedgerRung.RECTIFY_DEADLINE,
            LedgerRung.ANSWER,
            LedgerRung.JUDGEMENT,
            LedgerRung.PROPOSAL,
            LedgerRung.DECISION,
            LedgerRung.CLOSED);
    LedgerEntry proposal = entry(caseNo, LedgerRung.PROPOSAL);
    assertThat(proposal.article()).isEqualTo("第四十五条");
    assertThat(proposal.documentId()).isNotNull();
    assertThat(entry(caseNo, LedgerRung.DECISION).text()).startsWith("诫勉");
    assertThat(queuedSubjects())
        .anyMatch(s -> s.contains("新的督办事项"))
        .anyMatch(s -> s.contains("逾期未答复"))
        .anyMatch(s -> s.contains("通报"))
        .anyMatch(s -> s.contains("书面答复"))
        .anyMatch(s -> s.contains("问责建议书"))
        .anyMatch(s -> s.contains("问责决定"));
  }

  @Test
  @FiresTimers({"Timer_AcceptOverdue", "Timer_AnswerOverdue"})
  void aSupervisorLiftsTheCaseToTheCityUnitAsAMeasure() {
    String caseNo = assigned(907, "legal-aid", "justice");
    timers.fire(caseNo, "Timer_AcceptOverdue");
    issueNotice(caseNo);
    timers.fire(caseNo, "Timer_AnswerOverdue");

    desk.complete(
        "supervisor",
        caseNo,
        "Task_ImposeMeasures",
        Map.of(LIFT, true, "liftReason", "司法局逾期未签收且未答复督办函，提级由市司法局办理"));

    assertThat(unit(caseNo, "justice").status()).isEqualTo("LIFTED");
    assertThat(desk.countVisible("city-justice-official", caseNo, "Task_SignFor")).isEqualTo(1);
    assertThat(desk.countVisible("justice-official", caseNo, "Task_SignFor")).isZero();
    assertThat(rungs(caseNo)).contains(LedgerRung.LIFTED);
    assertThat(entry(caseNo, LedgerRung.LIFTED).supervisionId())
        .isEqualTo(ladder.ofCase(caseNo).get(0).id());
    assertThat(supervision(caseNo)).isWaitingAt("Task_AnswerNotice");
  }

  @Test
  @FiresTimers({"Timer_AcceptOverdue", "Timer_AnswerOverdue"})
  void aLiftTheRulesDoNotAllowIsRefusedInChineseAndChangesNothing() {
    String caseNo = assigned(908, "housing", "township-1");
    timers.fire(caseNo, "Timer_AcceptOverdue");
    issueNotice(caseNo);
    timers.fire(caseNo, "Timer_AnswerOverdue");

    assertThatThrownBy(
            () ->
                desk.complete(
                    "supervisor",
                    caseNo,
                    "Task_ImposeMeasures",
                    Map.of(LIFT, true, "liftReason", "提级")))
        .hasMessageContaining("不能提级办理");
    assertThat(unit(caseNo, "township-1").status()).isNotEqualTo("LIFTED");
    assertThat(rungs(caseNo)).doesNotContain(LedgerRung.LIFTED, LedgerRung.TALK);
    assertThat(supervision(caseNo)).isWaitingAt("Task_ImposeMeasures");
  }

  @Test
  @FiresTimers({"Timer_AcceptOverdue", "Timer_HandlingOverdue"})
  void theSameUnitOverdueTwiceOnOneCaseIsOneSupervision() {
    String caseNo = assignedToHousing(903);
    timers.fire(caseNo, "Timer_AcceptOverdue");
    flow.signFor("housing", caseNo);
    timers.fire(caseNo, "Timer_HandlingOverdue");

    assertThat(ladder.ofCase(caseNo))
        .singleElement()
        .satisfies(c -> assertThat(c.triggers()).isEqualTo(2));
    assertThat(supervision(caseNo)).isWaitingAt("Task_IssueNotice");
    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(caseNo)
                .finished()
                .singleResult())
        .satisfies(joined -> assertThat(joined.getEndActivityId()).isEqualTo("End_Joined"));
    assertThat(rungs(caseNo)).containsExactly(LedgerRung.TRIGGERED, LedgerRung.JOINED);
  }

  @Test
  void aUnitObjectingTwiceToTheSameCaseIsSupervisedForPassingTheBuck() {
    String caseNo = assignedToHousing(904);
    flow.object("housing", caseNo);
    flow.refuseObjection(caseNo);
    assertThat(ladder.ofCase(caseNo)).isEmpty();

    flow.object("housing", caseNo);

    assertThat(ladder.ofCase(caseNo))
        .singleElement()
        .satisfies(c -> assertThat(c.reason()).isEqualTo(SupervisionReason.BUCK_PASSING));
    assertThat(supervision(caseNo)).isWaitingAt("Task_IssueNotice");
  }

  @Test
  @FiresTimers({"Timer_ForwardOverdue"})
  void theBureauLateToForwardIsItselfSupervised() {
    Registration r = flow.register(Petitions.claim(905).build());
    timers.fire(r.caseNo(), "Timer_ForwardOverdue");

    assertThat(ladder.ofCase(r.caseNo()))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.unit()).isEqualTo("petition-bureau");
              assertThat(c.reason()).isEqualTo(SupervisionReason.FORWARD_OVERDUE);
            });
    issueNotice(r.caseNo());
    assertThat(desk.countVisible("petition-bureau-leader", r.caseNo(), "Task_AnswerNotice"))
        .isEqualTo(1);
  }

  @Test
  @FiresTimers({"Timer_AcceptOverdue"})
  void anotherUnitsLeaderNeitherSeesNorAnswersTheNotice() {
    String caseNo = assignedToHousing(906);
    timers.fire(caseNo, "Timer_AcceptOverdue");
    issueNotice(caseNo);

    assertThat(desk.countVisible("court-leader", caseNo, "Task_AnswerNotice")).isZero();
    assertThat(desk.countVisible("housing-official", caseNo, "Task_AnswerNotice")).isZero();
    String taskId = desk.visibleTask("housing-leader", caseNo, "Task_AnswerNotice").getId();
    assertThatThrownBy(
            () ->
                desk.asUser(
                    "court-leader", () -> tasks.complete(taskId, Map.of(ANSWER_TEXT, "不是本单位的督办"))))
        .isInstanceOf(AuthorizationException.class);
    assertThat(supervision(caseNo)).isWaitingAt("Task_AnswerNotice");
  }

  private String assignedToHousing(int seed) {
    return assigned(seed, "housing", "housing");
  }

  /**
   * A unit that no other test supervises, so the trigger table sees no earlier supervision of it
   * and starts at the notice.
   */
  private String assigned(int seed, String matterType, String unit) {
    Registration r = flow.register(Petitions.claim(seed).about(matterType).build());
    flow.forward(r.caseNo(), "由该单位承办", unit);
    return r.caseNo();
  }

  private void issueNotice(String caseNo) {
    desk.complete("supervisor", caseNo, "Task_IssueNotice", Map.of(REQUIREMENTS, "立即签收并书面说明超期原因"));
  }

  private void judge(String caseNo, String judgement, String note) {
    desk.complete(
        "supervisor",
        caseNo,
        "Task_JudgeAnswer",
        Map.of(JUDGEMENT, judgement, JUDGEMENT_NOTE, note));
  }

  private ProcessInstance supervision(String caseNo) {
    SupervisionCase open = ladder.ofCase(caseNo).get(0);
    return runtime
        .createProcessInstanceQuery()
        .processInstanceId(open.processInstanceId())
        .singleResult();
  }

  private List<LedgerRung> rungs(String caseNo) {
    return ledger.forCase(caseNo).stream().map(LedgerEntry::rung).toList();
  }

  private LedgerEntry entry(String caseNo, LedgerRung rung) {
    return ledger.forCase(caseNo).stream().filter(e -> e.rung() == rung).findFirst().orElseThrow();
  }

  private List<String> queuedSubjects() {
    return runtime.createVariableInstanceQuery().variableName(MailVariables.SUBJECT).list().stream()
        .map(v -> String.valueOf(v.getValue()))
        .toList();
  }
}
