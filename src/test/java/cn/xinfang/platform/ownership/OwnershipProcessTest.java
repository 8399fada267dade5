package cn.xinfang.platform.ownership;

import static cn.xinfang.platform.ownership.OwnershipVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.notification.MailVariables;
import cn.xinfang.platform.supervision.SupervisionLadder;
import cn.xinfang.platform.supervision.SupervisionReason;
import cn.xinfang.platform.support.ClockedCaseTest;
import cn.xinfang.platform.support.FiresTimers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 领导包案: a third petition on the same land dispute makes the township's leader own the case; the
 * owner meets the petitioner, plans, reports, extends once and closes out; a missed duty goes to
 * supervision.
 */
class OwnershipProcessTest extends ClockedCaseTest {

  @Autowired Ownerships ownerships;
  @Autowired BusinessCalendar calendar;
  @Autowired SupervisionLadder supervision;

  @Test
  void aThirdPetitionOnTheSameLandDisputeIsOwnedByTheTownshipsLeaderUntilClosedOut() {
    String caseNo = ownedByTownshipLeader(951);
    Ownerships.Ownership owned = ownerships.ofCase(caseNo).orElseThrow();
    assertThat(owned.reason()).isEqualTo(OwnershipReason.REPEATED);
    assertThat(owned.owner()).isEqualTo("township-1-leader");
    assertThat(owned.targetDate()).isEqualTo(LocalDate.of(2026, 9, 1));

    meet(caseNo);
    plan(caseNo);
    report(caseNo, REPORT, Map.of());
    assertThat(ownerships.get(owned.id()).nextReportDue()).isEqualTo(LocalDate.of(2026, 6, 16));

    report(caseNo, EXTEND, Map.of(EXTENSION_DAYS, 20));
    assertThat(ownerships.get(owned.id()).targetDate()).isEqualTo(LocalDate.of(2026, 9, 21));
    assertThat(timers.due(caseNo, "Timer_OwnershipOverdue"))
        .isEqualTo(Instant.parse("2026-09-21T15:59:59.999Z"));
    assertThatThrownBy(() -> report(caseNo, EXTEND, Map.of(EXTENSION_DAYS, 5)))
        .hasMessageContaining("本案已延期一次，不能再次延期");

    report(caseNo, CLOSE_OUT, Map.of(CLOSE_OUT_WAY, "RESOLVED"));
    desk.complete(
        "registrar",
        caseNo,
        "Task_CheckCloseOut",
        Map.of(CLOSE_OUT_DECISION, RETURN, CLOSE_OUT_COMMENT, "信访人尚未签字认可"));
    assertThat(ownership(caseNo)).isWaitingAt("Task_ReportProgress");

    report(caseNo, CLOSE_OUT, Map.of(CLOSE_OUT_WAY, "RESOLVED"));
    ProcessInstance running = ownership(caseNo);
    desk.complete("registrar", caseNo, "Task_CheckCloseOut", Map.of(CLOSE_OUT_DECISION, ACCEPT));
    assertThat(running).isEnded().hasPassed("End_ClosedOut");
    assertThat(ownerships.get(owned.id()).status()).isEqualTo("CLOSED");
    assertThat(ownerships.count(owned.id(), "REPORT")).isEqualTo(1);
  }

  @Test
  void aRepeatWhileOwnedStaysWithTheOwnerWhoIsTold() {
    String caseNo = ownedByTownshipLeader(952);
    long id = ownerships.ofCase(caseNo).orElseThrow().id();
    Registration again = flow.register(landDispute(952));
    assertThat(again.caseNo()).isEqualTo(caseNo);
    assertThat(ownerships.count(id, "REPEAT")).isEqualTo(1);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(caseNo)
                .count())
        .isEqualTo(1);
  }

  @Test
  void aPetitionFlaggedHighRiskAtRegistrationGetsADistrictLeader() {
    String caseNo = flow.register(Petitions.claim(957).highRisk().build()).caseNo();
    assertThat(ownerships.ofCase(caseNo))
        .hasValueSatisfying(
            o -> {
              assertThat(o.reason()).isEqualTo(OwnershipReason.HIGH_RISK);
              assertThat(o.ownerLevel()).isEqualTo("district");
            });
    assertThat(runtime.getVariable(ownership(caseNo).getId(), OWNER_UNIT))
        .isEqualTo("district-government");
  }

  @Test
  void aPetitionFiledWithTheCitysBureauSkipsALevelAndGetsADistrictLeader() {
    String caseNo =
        registry.register(Petitions.claim(959).build(), "city-petition-bureau-official").caseNo();
    assertThat(ownerships.ofCase(caseNo))
        .hasValueSatisfying(o -> assertThat(o.reason()).isEqualTo(OwnershipReason.LEVEL_SKIPPING));
    String local = flow.register(Petitions.claim(960).build()).caseNo();
    assertThat(ownerships.ofCase(local)).isEmpty();
  }

  @Test
  void aCollectivePetitionGetsADistrictLeader() {
    String caseNo = flow.register(Petitions.claim(958).headcount(6).build()).caseNo();
    assertThat(ownerships.ofCase(caseNo))
        .hasValueSatisfying(o -> assertThat(o.reason()).isEqualTo(OwnershipReason.COLLECTIVE));
  }

  @Test
  void anotherLeaderNeitherSeesNorActsOnTheOwnership() {
    String caseNo = ownedByTownshipLeader(953);
    assertThat(desk.countVisible("township-2-leader", caseNo, "Task_MeetPetitioner")).isZero();
    assertThat(desk.countVisible("court-leader", caseNo, "Task_MeetPetitioner")).isZero();
    assertThat(desk.countVisible("township-1-leader", caseNo, "Task_MeetPetitioner")).isEqualTo(1);
  }

  @Test
  void theBureauMustProposeALeaderOfTheOwnershipsLevel() {
    String caseNo = repeatedThrice(954);
    assertThatThrownBy(
            () ->
                desk.complete(
                    "registrar", caseNo, "Task_ProposeOwner", Map.of(OWNER_UNIT, "court")))
        .hasMessageContaining("包案领导应为乡镇（街道）单位的领导");
    assertThat(ownership(caseNo)).isWaitingAt("Task_ProposeOwner");
  }

  @Test
  @FiresTimers({"Timer_MeetingOverdue", "Timer_PlanOverdue"})
  void aMissedMeetingOrPlanPutsTheOwnersUnitUnderSupervision() {
    String caseNo = ownedByTownshipLeader(955);
    timers.fire(caseNo, "Timer_MeetingOverdue");
    assertThat(supervision.ofCase(caseNo))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.unit()).isEqualTo("township-1");
              assertThat(c.reason()).isEqualTo(SupervisionReason.OWNERSHIP_MILESTONE);
            });
    timers.fire(caseNo, "Timer_PlanOverdue");
    long id = ownerships.ofCase(caseNo).orElseThrow().id();
    assertThat(ownerships.count(id, "MISSED")).isEqualTo(2);
    assertThat(ownership(caseNo)).isWaitingAt("Task_MeetPetitioner", "Task_ResolutionPlan");
  }

  @Test
  @FiresTimers({"Timer_ReportOverdue", "Timer_OwnershipReminder", "Timer_OwnershipOverdue"})
  void aLateReportAndTheTargetPassingAreRecordedAndSupervised() {
    String caseNo = ownedByTownshipLeader(956);
    meet(caseNo);
    plan(caseNo);
    timers.fire(caseNo, "Timer_ReportOverdue");
    timers.fire(caseNo, "Timer_OwnershipReminder");
    timers.fire(caseNo, "Timer_OwnershipOverdue");
    long id = ownerships.ofCase(caseNo).orElseThrow().id();
    assertThat(ownerships.count(id, "MISSED")).isEqualTo(2);
    assertThat(supervision.ofCase(caseNo)).hasSize(1);
    assertThat(ownership(caseNo)).isWaitingAt("Task_ReportProgress");
  }

  @Test
  @FiresTimers({
    "Timer_MeetingHalf",
    "Timer_MeetingLate",
    "Timer_PlanHalf",
    "Timer_PlanLate",
    "Timer_ReportHalf",
    "Timer_ReportLate"
  })
  void eachDutyRemindsItsOwnerHalfWayAndWhenNearlyDue() {
    String caseNo = ownedByTownshipLeader(961);
    // signed for on Monday 1 June, 09:00: the meeting is due by the end of 8 June (Beijing)
    assertThat(timers.due(caseNo, "Timer_MeetingHalf"))
        .isEqualTo(Instant.parse("2026-06-04T20:30:00Z"));
    assertThat(timers.due(caseNo, "Timer_MeetingLate"))
        .isEqualTo(Instant.parse("2026-06-07T03:23:59.999Z"));

    timers.fire(caseNo, "Timer_MeetingHalf");
    timers.fire(caseNo, "Timer_MeetingLate");
    timers.fire(caseNo, "Timer_PlanHalf");
    timers.fire(caseNo, "Timer_PlanLate");
    assertThat(ownership(caseNo)).isWaitingAt("Task_MeetPetitioner", "Task_ResolutionPlan");
    meet(caseNo);
    plan(caseNo);
    timers.fire(caseNo, "Timer_ReportHalf");
    timers.fire(caseNo, "Timer_ReportLate");
    assertThat(ownership(caseNo)).isWaitingAt("Task_ReportProgress");

    String owner =
        engine
            .getIdentityService()
            .createUserQuery()
            .userId("township-1-leader")
            .singleResult()
            .getEmail();
    assertThat(queuedMail(caseNo))
        .filteredOn(m -> m.endsWith("到期"))
        .containsExactlyInAnyOrder(
            owner + " 【领导包案】" + caseNo + " 接访约访将于 2026-06-08 到期",
            owner + " 【领导包案】" + caseNo + " 接访约访将于 2026-06-08 到期",
            owner + " 【领导包案】" + caseNo + " 化解方案将于 2026-06-16 到期",
            owner + " 【领导包案】" + caseNo + " 化解方案将于 2026-06-16 到期",
            owner + " 【领导包案】" + caseNo + " 进展报告将于 2026-06-16 到期",
            owner + " 【领导包案】" + caseNo + " 进展报告将于 2026-06-16 到期");
    long id = ownerships.ofCase(caseNo).orElseThrow().id();
    assertThat(ownerships.count(id, "REMINDED")).isEqualTo(6);
    assertThat(ownerships.count(id, "MISSED")).isZero();
    assertThat(
            engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(ownership(caseNo).getId())
                .activityId("End_MeetingReminded")
                .count())
        .isEqualTo(2);
  }

  /** The mail queued for a case: "recipients subject". */
  private java.util.List<String> queuedMail(String caseNo) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(MailVariables.PROCESS_ID)
        .processInstanceBusinessKey(caseNo)
        .list()
        .stream()
        .map(
            p ->
                runtime.getVariable(p.getId(), MailVariables.RECIPIENTS)
                    + " "
                    + runtime.getVariable(p.getId(), MailVariables.SUBJECT))
        .toList();
  }

  private String ownedByTownshipLeader(int seed) {
    String caseNo = repeatedThrice(seed);
    assertThat(ownership(caseNo)).isWaitingAt("Task_ProposeOwner");
    assertThat(runtime.getVariable(ownership(caseNo).getId(), OWNER_UNIT)).isEqualTo("township-1");
    desk.complete("registrar", caseNo, "Task_ProposeOwner", Map.of(OWNER_UNIT, "township-1"));
    desk.complete("township-1-leader", caseNo, "Task_AcceptOwnership", Map.of());
    assertThat(ownership(caseNo)).isWaitingAt("Task_MeetPetitioner", "Task_ResolutionPlan");
    return caseNo;
  }

  /** The same petitioner on the same land matter three times: the first case, two repeats. */
  private String repeatedThrice(int seed) {
    Registration first = flow.register(landDispute(seed));
    assertThat(ownerships.ofCase(first.caseNo())).isEmpty();
    assertThat(flow.register(landDispute(seed)).linkedToOpenCase()).isTrue();
    assertThat(ownerships.ofCase(first.caseNo())).isEmpty();
    assertThat(flow.register(landDispute(seed)).linkedToOpenCase()).isTrue();
    return first.caseNo();
  }

  private static cn.xinfang.platform.intake.PetitionRequest landDispute(int seed) {
    return Petitions.claim(seed).about("land").from("village-1-1").build();
  }

  private void meet(String caseNo) {
    desk.complete(
        "township-1-leader",
        caseNo,
        "Task_MeetPetitioner",
        Map.of(
            MEETING_DATE, calendar.today().toString(),
            MEETING_PLACE, "第一镇信访接待室",
            MEETING_NOTES, "听取诉求，说明土地补偿政策"));
  }

  private void plan(String caseNo) {
    desk.complete(
        "township-1-leader",
        caseNo,
        "Task_ResolutionPlan",
        Map.of(
            PLAN_MEASURES, "核实补偿标准，协调补发",
            PLAN_UNITS, "第一镇、自然资源局",
            MILESTONES, "2026-06-15 核实完毕；2026-07-15 补偿到位"));
  }

  private void report(String caseNo, String action, Map<String, Object> more) {
    Map<String, Object> form = new HashMap<>(more);
    form.put(REPORT_ACTION, action);
    form.put(REPORT_TEXT, "已完成补偿标准核实");
    desk.complete("township-1-leader", caseNo, "Task_ReportProgress", form);
  }

  private ProcessInstance ownership(String caseNo) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_ID)
        .processInstanceBusinessKey(caseNo)
        .singleResult();
  }
}
