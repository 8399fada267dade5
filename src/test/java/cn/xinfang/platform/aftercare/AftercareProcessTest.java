package cn.xinfang.platform.aftercare;

import static cn.xinfang.platform.aftercare.AftercareVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.handling.HandlingVariables;
import cn.xinfang.platform.intake.InvalidPetitionException;
import cn.xinfang.platform.intake.PetitionVariables;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.supervision.SupervisionLadder;
import cn.xinfang.platform.supervision.SupervisionReason;
import cn.xinfang.platform.support.ClockedCaseTest;
import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.FiresTimers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Closing the loop (信访工作条例 arts. 34–36): the reply is delivered, followed up, and may be challenged
 * twice, each within 30 days of the previous answer's delivery, at two higher levels; then the case
 * is closed or terminated.
 */
class AftercareProcessTest extends ClockedCaseTest {

  @Autowired FormService forms;
  @Autowired RepositoryService repository;
  @Autowired SupervisionLadder supervision;
  @Autowired Reviews reviews;
  @Autowired Satisfactions satisfactions;
  @LocalServerPort int port;

  @Test
  @FiresTimers("Catch_WindowClosed")
  void aSatisfiedPetitionerAndNoRequestWithin30DaysCloseTheCase() {
    String caseNo = delivered(3451, "2026-06-01");
    assertThat(view(caseNo).status()).isEqualTo("DELIVERED");
    desk.complete(
        "housing-official",
        caseNo,
        "Task_FollowUp",
        Map.of(SATISFACTION, "SATISFIED", FOLLOW_UP_WAY, "PHONE", FOLLOW_UP_NOTES, "对处理结果满意"));
    assertThat(satisfactions.ofCase(caseNo))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rating()).isEqualTo(Satisfaction.SATISFIED);
              assertThat(r.unit()).isEqualTo("housing");
            });
    assertThat(timers.due(caseNo, "Catch_WindowClosed"))
        .isEqualTo(Instant.parse("2026-07-01T15:59:59.999Z"));

    ProcessInstance petition = petition(caseNo);
    timers.fire(caseNo, "Catch_WindowClosed");
    assertThat(petition).isEnded();
    assertThat(view(caseNo).status()).isEqualTo("CLOSED");
    assertThat(actions(caseNo))
        .contains(CaseAction.FOLLOWED_UP, CaseAction.WINDOW_OPENED, CaseAction.CLOSED);
    assertThat(supervision.ofCase(caseNo)).isEmpty();
  }

  @Test
  void aDissatisfiedPetitionerIsReviewedByTheCityThenReexaminedByTheRegionAndTheCaseTerminates() {
    String caseNo = delivered(3452, "2026-06-01");
    desk.complete(
        "petition-bureau-official",
        caseNo,
        "Task_FollowUp",
        Map.of(SATISFACTION, "DISSATISFIED", FOLLOW_UP_WAY, "VISIT", FOLLOW_UP_NOTES, "认为补偿标准过低"));
    assertThat(supervision.ofCase(caseNo))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.unit()).isEqualTo("housing");
              assertThat(c.reason()).isEqualTo(SupervisionReason.DISSATISFIED);
            });

    // 复查 at the city's housing bureau, asked from Tasklist's start form
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-10T02:00:00Z")));
    requestFromTasklist(caseNo, "2026-06-09", "不服答复，请求复查");
    assertThat(view(caseNo).status()).isEqualTo("UNDER_REVIEW");
    Reviews.Review review = reviews.ofCase(caseNo).get(0);
    assertThat(review.level()).isEqualTo(ReviewLevel.REVIEW);
    assertThat(review.body()).isEqualTo("city-housing");
    assertThat(desk.countVisible("housing-official", caseNo, "Task_SignReview")).isZero();
    desk.complete("city-housing-official", caseNo, "Task_SignReview", Map.of());
    assertThat(timers.due(caseNo, "Timer_ReviewOverdue"))
        .isEqualTo(Instant.parse("2026-07-10T15:59:59.999Z"));
    desk.complete(
        "city-housing-leader",
        caseNo,
        "Task_DecideReview",
        Map.of(DECISION, "UPHELD", DECISION_TEXT, "原答复认定事实清楚，处理适当"));
    assertThat(view(caseNo).status()).isEqualTo("REVIEW_DECIDED");
    long reviewNotice = awaitedNotice(caseNo);
    flow.deliver("city-housing-official", caseNo, reviewNotice, "POST", "2026-06-10");

    // 复核 at the region, asked through the API; a hearing pauses its clock
    HttpResponse<String> asked =
        DemoUser.of("registrar", port)
            .postJson(
                "/api/petitions/" + caseNo + "/reviews",
                "{\"requestedOn\":\"2026-06-10\",\"requestText\":\"不服复查意见，请求复核\"}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
    assertThat(asked.body()).contains("REEXAMINATION", "region-government");
    assertThat(view(caseNo).status()).isEqualTo("UNDER_REEXAMINATION");
    desk.complete("region-government-official", caseNo, "Task_SignReview", Map.of());
    assertThat(timers.due(caseNo, "Timer_ReviewOverdue"))
        .isEqualTo(Instant.parse("2026-07-10T15:59:59.999Z"));
    desk.complete(
        "region-government-leader",
        caseNo,
        "Task_DecideReview",
        Map.of(DECISION, AftercareVariables.HEARING));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-20T02:00:00Z")));
    desk.complete(
        "region-government-official",
        caseNo,
        "Task_RecordHearing",
        Map.of(HEARING_FROM, "2026-06-15", HEARING_TO, "2026-06-19", HEARING_NOTES, "听证会听取了双方意见"));
    assertThat(timers.due(caseNo, "Timer_ReviewOverdue"))
        .as("five days of hearing do not count")
        .isEqualTo(Instant.parse("2026-07-15T15:59:59.999Z"));
    desk.complete(
        "region-government-leader",
        caseNo,
        "Task_DecideReview",
        Map.of(DECISION, "UPHELD", DECISION_TEXT, "维持复查意见"));
    ProcessInstance petition = petition(caseNo);
    flow.deliver("region-government-official", caseNo, awaitedNotice(caseNo), "POST", "2026-06-20");

    assertThat(petition).isEnded();
    assertThat(view(caseNo).status()).isEqualTo("TERMINATED");
    assertThat(reviews.lastReexamination(caseNo)).isPresent();
    assertThat(actions(caseNo))
        .containsSubsequence(
            CaseAction.REVIEW_REQUESTED,
            CaseAction.REVIEW_SIGNED_FOR,
            CaseAction.REVIEW_DECIDED,
            CaseAction.REVIEW_REQUESTED,
            CaseAction.HEARING,
            CaseAction.REVIEW_DECIDED,
            CaseAction.TERMINATED);
  }

  @Test
  @FiresTimers({"Catch_WindowClosed"})
  void aRequestAfterItsWindowIsRefusedWithTheDayTheWindowClosed() {
    String caseNo = delivered(3453, "2026-06-01");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-07-03T02:00:00Z")));
    HttpResponse<String> late =
        DemoUser.of("registrar", port)
            .postJson(
                "/api/petitions/" + caseNo + "/reviews",
                "{\"requestedOn\":\"2026-07-02\",\"requestText\":\"请求复查\"}");
    assertThat(late.statusCode()).isEqualTo(400);
    assertThat(late.body()).contains("已超过复查请求期限", "2026-06-01", "2026-07-01");
    assertThat(reviews.ofCase(caseNo)).isEmpty();

    timers.fire(caseNo, "Catch_WindowClosed");
    assertThat(view(caseNo).status()).isEqualTo("CLOSED");
    assertThatThrownBy(() -> requestFromTasklist(caseNo, "2026-07-02", "请求复查"))
        .hasMessageContaining("已超过复查请求期限")
        .hasMessageContaining("2026-07-01");
    assertThat(reviews.ofCase(caseNo)).isEmpty();
  }

  @Test
  void aRevokedReplyIsHandledAgainAndTheNewReplyOpensANewWindow() {
    String caseNo = delivered(3454, "2026-06-01");
    requestFromTasklist(caseNo, "2026-06-01", "请求复查");
    desk.complete("city-housing-official", caseNo, "Task_SignReview", Map.of());
    desk.complete(
        "city-housing-leader",
        caseNo,
        "Task_DecideReview",
        Map.of(DECISION, "REVOKED", DECISION_TEXT, "事实不清，责令重新办理"));
    assertThat(view(caseNo).status()).isEqualTo("REHANDLING");
    desk.complete(
        "housing-leader",
        caseNo,
        "Task_Rehandle",
        Map.of(PetitionVariables.REPLY_TEXT, "重新核实后，补偿款已按新标准发放。"));
    assertThat(view(caseNo).status()).isEqualTo("REPLIED");
    flow.deliver("housing-official", caseNo, awaitedNotice(caseNo), "IN_PERSON", "2026-06-01");
    assertThat(view(caseNo).status()).isEqualTo("DELIVERED");
    assertThat(aftercare(caseNo)).isWaitingAt("Gateway_Requested");
  }

  @Test
  void whileTheReplyCanStillBeChallengedTheCityDoesNotAcceptTheSameMatterAgain() {
    String caseNo = delivered(3459, "2026-06-01");
    Registration again =
        registry.register(Petitions.claim(3459).build(), "city-petition-bureau-official");
    assertThat(again.linkedToOpenCase()).isTrue();
    assertThat(again.caseNo()).isEqualTo(caseNo);
    assertThat(actions(caseNo)).contains(CaseAction.DUPLICATE_LINKED);
  }

  @Test
  void onlyTheBureauRecordsRequestsAndAReviewIsNotAskedTwice() {
    String caseNo = delivered(3455, "2026-06-01");
    String body = "{\"requestedOn\":\"2026-06-01\",\"requestText\":\"请求复查\"}";
    assertThat(
            DemoUser.of("housing-official", port)
                .postJson("/api/petitions/" + caseNo + "/reviews", body)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            DemoUser.of("registrar", port)
                .postJson("/api/petitions/" + caseNo + "/reviews", body)
                .statusCode())
        .isEqualTo(201);
    HttpResponse<String> again =
        DemoUser.of("registrar", port).postJson("/api/petitions/" + caseNo + "/reviews", body);
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("复查正在办理中");
    assertThat(reviews.ofCase(caseNo)).hasSize(1);
  }

  @Test
  void aPetitionOnAMatterClosedByReexaminationIsNotAcceptedAgainButCanBeKeptAsARecord() {
    String caseNo = delivered(3456, "2026-06-01");
    requestFromTasklist(caseNo, "2026-06-01", "请求复查");
    decide(caseNo, "city-housing", "UPHELD");
    flow.deliver("city-housing-official", caseNo, awaitedNotice(caseNo), "POST", "2026-06-01");
    requestFromTasklist(caseNo, "2026-06-01", "请求复核");
    decide(caseNo, "region-government", "UPHELD");
    flow.deliver("region-government-official", caseNo, awaitedNotice(caseNo), "POST", "2026-06-01");
    assertThat(view(caseNo).status()).isEqualTo("TERMINATED");

    assertThatThrownBy(() -> flow.register(Petitions.claim(3456).build()))
        .isInstanceOfSatisfying(
            InvalidPetitionException.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .satisfies(
                        f ->
                            assertThat(f.message())
                                .contains(caseNo, "自治区人民政府", "复核意见「维持原处理意见」", "第三十六条")));

    Registration kept =
        flow.register(Petitions.claim(3456).decidedAsDuplicate("NOT_ACCEPTED_AGAIN", null).build());
    assertThat(kept.processInstanceId()).isNull();
    assertThat(view(kept.caseNo()).status()).isEqualTo("NOT_ACCEPTED_AGAIN");
    assertThat(actions(kept.caseNo())).contains(CaseAction.NOT_ACCEPTED_AGAIN);
    assertThat(actions(caseNo)).contains(CaseAction.NOT_ACCEPTED_AGAIN);
  }

  @Test
  @FiresTimers({"Timer_ReviewHalf", "Timer_ReviewLate", "Timer_ReviewOverdue"})
  void theReviewClockRemindsTheBodyAndAtItsEndPutsItUnderSupervision() {
    String caseNo = delivered(3457, "2026-06-01");
    requestFromTasklist(caseNo, "2026-06-01", "请求复查");
    desk.complete("city-housing-official", caseNo, "Task_SignReview", Map.of());
    assertThat(timers.due(caseNo, "Timer_ReviewHalf"))
        .isEqualTo(Instant.parse("2026-06-16T04:00:00Z"));
    timers.fire(caseNo, "Timer_ReviewHalf");
    timers.fire(caseNo, "Timer_ReviewLate");
    timers.fire(caseNo, "Timer_ReviewOverdue");
    assertThat(actions(caseNo))
        .containsSubsequence(CaseAction.REMINDED, CaseAction.REMINDED, CaseAction.OVERDUE);
    assertThat(supervision.ofCase(caseNo))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.unit()).isEqualTo("city-housing");
              assertThat(c.reason()).isEqualTo(SupervisionReason.UNIT_OVERDUE);
            });
    assertThat(desk.countVisible("city-housing-leader", caseNo, "Task_DecideReview")).isEqualTo(1);
  }

  @Test
  void aReviewIsNotHeardAndItsDecisionNeedsReasons() {
    String caseNo = delivered(3458, "2026-06-01");
    requestFromTasklist(caseNo, "2026-06-01", "请求复查");
    desk.complete("city-housing-official", caseNo, "Task_SignReview", Map.of());
    assertThatThrownBy(
            () ->
                desk.complete(
                    "city-housing-leader",
                    caseNo,
                    "Task_DecideReview",
                    Map.of(DECISION, AftercareVariables.HEARING)))
        .hasMessageContaining("听证只适用于复核");
    assertThatThrownBy(
            () ->
                desk.complete(
                    "city-housing-leader", caseNo, "Task_DecideReview", Map.of(DECISION, "UPHELD")))
        .hasMessageContaining("请填写复查（复核）意见");
    assertThat(desk.countVisible("city-housing-leader", caseNo, "Task_DecideReview")).isEqualTo(1);
  }

  private void decide(String caseNo, String body, String decision) {
    desk.complete(body + "-official", caseNo, "Task_SignReview", Map.of());
    desk.complete(
        body + "-leader",
        caseNo,
        "Task_DecideReview",
        Map.of(DECISION, decision, DECISION_TEXT, "经审查，原处理意见适当"));
  }

  /** A petition replied by the housing bureau and the reply delivered on {@code day}. */
  private String delivered(int seed, String day) {
    String caseNo = flow.register(Petitions.claim(seed).build()).caseNo();
    flow.forward(caseNo, "涉及住房补偿，由住房和城乡建设局办理", "housing");
    flow.unitHandles("housing", caseNo);
    flow.consolidate("housing", caseNo);
    flow.leaderDecidesReply("housing", caseNo, HandlingVariables.APPROVE);
    assertThat(aftercare(caseNo)).isWaitingAt("Catch_NoticeDelivered");
    assertThat(view(caseNo).status()).isEqualTo("REPLIED");
    flow.deliver("housing-official", caseNo, awaitedNotice(caseNo), "IN_PERSON", day);
    assertThat(aftercare(caseNo)).isWaitingAt("Gateway_Requested");
    return caseNo;
  }

  private void requestFromTasklist(String caseNo, String on, String text) {
    String definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(REQUEST_PROCESS_ID)
            .latestVersion()
            .singleResult()
            .getId();
    desk.asUser(
        "registrar",
        () ->
            forms.submitStartForm(
                definition, Map.of(CASE_NO, caseNo, REQUESTED_ON, on, REQUEST_TEXT, text)));
  }

  private long awaitedNotice(String caseNo) {
    return ((Number) runtime.getVariable(aftercare(caseNo).getId(), AWAITED_NOTICE_ID)).longValue();
  }

  private ProcessInstance aftercare(String caseNo) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_ID)
        .processInstanceBusinessKey(caseNo)
        .singleResult();
  }

  private ProcessInstance petition(String caseNo) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey("petition")
        .processInstanceBusinessKey(caseNo)
        .singleResult();
  }

  @SuppressWarnings("unused")
  private static LocalDate day(String d) {
    return LocalDate.parse(d);
  }
}
