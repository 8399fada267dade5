package cn.xinfang.platform.supervision;

import static cn.xinfang.platform.handling.HandlingVariables.APPROVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseView;
import cn.xinfang.platform.handling.HandlingVariables;
import cn.xinfang.platform.intake.FieldError;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.FiresTimers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 提级办理: a supervisor lifts a unit's part of a case to the same unit at the city level, which signs
 * for and handles it in a part of its own; the case goes on to its reply with the city unit's
 * result. The engine clock is set explicitly: the city unit's dates count from the lift day.
 */
class CaseLiftingTest extends CaseTest {

  /** Monday 2026-11-02, 09:00 in Beijing. */
  static final Instant REGISTERED = Instant.parse("2026-11-02T01:00:00Z");

  /** Thursday 2026-11-05, 10:00 in Beijing: the supervisor lifts the case. */
  static final Instant LIFT_DAY = Instant.parse("2026-11-05T02:00:00Z");

  static final String REASON = "公安分局签收后久拖不办，群众多次到市上访，提级由市公安局办理";

  @Autowired CaseLifting lifting;
  @Autowired ManagementService management;
  @Autowired ObjectMapper json;
  @LocalServerPort int port;

  @Test
  void liftedDuringSignForTheCityUnitSignsForHandlesAndLeadsTheCaseToItsReply() {
    ClockUtil.setCurrentTime(Date.from(REGISTERED));
    Registration r = flow.register(Petitions.claim(1101).about("police-conduct").build());
    String caseNo = r.caseNo();
    flow.forward(caseNo, "涉及公安执法，住建局协同", "police", "housing");
    ProcessInstance police = unitInstance(caseNo, "police");
    assertThat(police).isWaitingAt("Task_SignFor");
    assertThat(management.createJobQuery().processInstanceId(police.getId()).timers().count())
        .isPositive();

    ClockUtil.setCurrentTime(Date.from(LIFT_DAY));
    assertThat(lifting.lift(caseNo, "police", REASON, "supervisor")).isEqualTo("city-police");

    assertThat(police).hasPassed("Task_RecordLift").isWaitingAt("CallActivity_ParentUnitHandling");
    assertThat(desk.countVisible("police-official", caseNo, "Task_SignFor")).isZero();
    assertThat(lowerPartsClocks(police)).isZero();
    CaseView.Unit lifted = unit(caseNo, "police");
    assertThat(lifted.status()).isEqualTo("LIFTED");
    assertThat(lifted.statusLabel()).isEqualTo("已提级");
    assertThat(lifted.lead()).isFalse();
    CaseView.Unit city = unit(caseNo, "city-police");
    assertThat(city.unitName()).isEqualTo("市公安局");
    assertThat(city.status()).isEqualTo("ASSIGNED");
    assertThat(city.lead()).isTrue();
    // counted from the lift day like an assignment: 15 days, 5 working days
    assertThat(city.acceptDeadline()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(city.objectionDeadline()).isEqualTo(LocalDate.of(2026, 11, 12));
    assertThat(view(caseNo).leadUnit()).isEqualTo("city-police");
    assertThat(view(caseNo).record())
        .filteredOn(e -> e.action().equals("LIFTED"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo("supervisor");
              assertThat(e.unit()).isEqualTo("police");
              assertThat(e.detail()).isEqualTo("督查室决定提级办理：公安分局 → 市公安局，理由：" + REASON);
            });
    assertThat(desk.countVisible("city-police-official", caseNo, "Task_SignFor")).isEqualTo(1);
    assertThat(desk.countVisible("police-official", caseNo, "Task_SignFor")).isZero();

    flow.unitHandles("city-police", caseNo);
    assertThat(police).isEnded();
    assertThat(instance(r)).isWaitingAt("CallActivity_DepartmentHandling");
    flow.unitHandles("housing", caseNo);

    assertThat(instance(r)).isWaitingAt("Task_ConsolidateReply");
    assertThat(desk.countVisible("police-official", caseNo, "Task_ConsolidateReply")).isZero();
    String results =
        (String)
            tasks.getVariable(
                desk.visibleTask("city-police-official", caseNo, "Task_ConsolidateReply").getId(),
                "unitResults");
    assertThat(results)
        .startsWith("【市公安局】")
        .contains("city-police：诉求合理，已依法处理", "【住房和城乡建设局】")
        .doesNotContain("【公安分局】");
    flow.consolidate("city-police", caseNo);
    flow.leaderDecidesReply("city-police", caseNo, APPROVE);

    assertThat(instance(r)).isWaitingAt("CallActivity_Aftercare");
    assertThat(view(caseNo).status()).isEqualTo("REPLIED");
    assertThat(notice(caseNo, "REPLY").issuingUnit()).isEqualTo("city-police");
    assertThat(view(caseNo).units())
        .extracting(CaseView.Unit::unit, CaseView.Unit::status, CaseView.Unit::lead)
        .containsExactly(
            tuple("housing", "DONE", false),
            tuple("police", "LIFTED", false),
            tuple("city-police", "DONE", true));
    assertThat(actions(caseNo))
        .containsSubsequence(
            CaseAction.ASSIGNED,
            CaseAction.LIFTED,
            CaseAction.ASSIGNED,
            CaseAction.SIGNED_FOR,
            CaseAction.UNIT_REPLY_APPROVED,
            CaseAction.REPLIED);
  }

  @Test
  void liftedDuringHandlingWithAnExtensionUnderReviewTheRecordShowsBothParts() throws Exception {
    ClockUtil.setCurrentTime(Date.from(REGISTERED));
    Registration r = flow.register(Petitions.claim(1102).about("housing").build());
    String caseNo = r.caseNo();
    flow.forward(caseNo, "住房问题由住建局办理", "housing");
    flow.signFor("housing", caseNo);
    flow.requestExtension("housing", caseNo, 20);
    ProcessInstance housing = unitInstance(caseNo, "housing");
    assertThat(housing).isWaitingAt("Task_ApproveExtension");

    ClockUtil.setCurrentTime(Date.from(LIFT_DAY));
    assertThat(lifting.lift(caseNo, "housing", REASON, "supervisor")).isEqualTo("city-housing");

    assertThat(desk.countVisible("housing-leader", caseNo, "Task_ApproveExtension")).isZero();
    assertThat(desk.countVisible("housing-official", caseNo, "Task_HandleCase")).isZero();
    assertThat(lowerPartsClocks(housing)).isZero();
    assertThat(unit(caseNo, "housing").status()).isEqualTo("LIFTED");
    assertThat(unit(caseNo, "housing").extendedDays()).isZero();

    ClockUtil.setCurrentTime(Date.from(LIFT_DAY.plusSeconds(3600)));
    flow.signFor("city-housing", caseNo);
    // the city unit's own 60 days, from its signing
    assertThat(unit(caseNo, "city-housing").handlingDeadline()).isEqualTo(LocalDate.of(2027, 1, 4));
    flow.handle("city-housing", caseNo);
    flow.leaderDecides("city-housing", caseNo, APPROVE);
    assertThat(housing).isEnded();
    assertThat(instance(r)).isWaitingAt("Task_ConsolidateReply");
    assertThat(desk.countVisible("city-housing-official", caseNo, "Task_ConsolidateReply"))
        .isEqualTo(1);

    HttpResponse<String> page =
        DemoUser.of("supervisor", port).get("/api/petitions/" + caseNo + "/record");
    assertThat(page.statusCode()).isEqualTo(200);
    String units = section(page.body(), "责任单位与法定期限");
    assertThat(row(units, ">住房和城乡建设局</td>")).contains("第 1 次", "已提级");
    assertThat(row(units, ">市住房和城乡建设局（牵头）</td>"))
        .contains("第 1 次", "本单位已办结", "2026-11-20", "2027-01-04");
    String steps = section(page.body(), "办理步骤");
    assertThat(row(steps, ">审批延期申请</td>")).contains("住房和城乡建设局领导", "已结束（未办理）");
    assertThat(row(steps, ">签收</td>", ">住房和城乡建设局</td>"))
        .contains("已完成", "住房和城乡建设局承办人（housing-official）");
    assertThat(row(steps, ">签收</td>", ">市住房和城乡建设局</td>"))
        .contains("已完成", "市住房和城乡建设局承办人（city-housing-official）");
    assertThat(row(steps, ">单位领导审批</td>")).contains("市住房和城乡建设局领导", "已完成", "city-housing-leader");
    assertThat(row(section(page.body(), "流转记录"), ">提级办理</td>"))
        .contains("督查室督查员（supervisor）", "督查室决定提级办理：住房和城乡建设局 → 市住房和城乡建设局");

    flow.consolidate("city-housing", caseNo);
    flow.leaderDecidesReply("city-housing", caseNo, APPROVE);
    assertThat(instance(r)).isWaitingAt("CallActivity_Aftercare");
    assertThat(view(caseNo).status()).isEqualTo("REPLIED");
  }

  @Test
  @FiresTimers("Timer_AcceptOverdue")
  void theCityUnitsAcceptanceClockRunsFromTheLiftDayAndMarksItsOwnPartOverdue() {
    ClockUtil.setCurrentTime(Date.from(REGISTERED));
    Registration r = flow.register(Petitions.claim(1106).about("police-conduct").build());
    String caseNo = r.caseNo();
    flow.forward(caseNo, "涉及公安执法", "police");
    ClockUtil.setCurrentTime(Date.from(LIFT_DAY));
    lifting.lift(caseNo, "police", REASON, "supervisor");
    ProcessInstance city = unitInstance(caseNo, "city-police");
    Job overdue =
        management
            .createJobQuery()
            .processInstanceId(city.getId())
            .activityId("Timer_AcceptOverdue")
            .singleResult();
    // the last moment of 2026-11-20 in Beijing: 15 days from the lift day, not from the assignment
    assertThat(overdue.getDuedate().toInstant())
        .isEqualTo(Instant.parse("2026-11-20T15:59:59.999Z"));

    ClockUtil.setCurrentTime(overdue.getDuedate());
    management.executeJob(overdue.getId());

    assertThat(unit(caseNo, "city-police").acceptOverdue()).isTrue();
    assertThat(unit(caseNo, "police").acceptOverdue()).isFalse();
    assertThat(view(caseNo).record())
        .filteredOn(e -> e.action().equals("OVERDUE"))
        .extracting(CaseView.Entry::unit)
        .containsExactly("city-police");
    assertThat(city).isWaitingAt("Task_SignFor");
    assertThat(unitInstance(caseNo, "police")).isWaitingAt("CallActivity_ParentUnitHandling");
    assertThat(instance(r)).isWaitingAt("CallActivity_DepartmentHandling");
  }

  @Test
  void aLiftIsRefusedInChineseWhenTheCaseOrThePartDoesNotAllowIt() {
    ClockUtil.setCurrentTime(Date.from(REGISTERED));
    Registration r = flow.register(Petitions.claim(1103).about("land").from("village-1-1").build());
    String caseNo = r.caseNo();
    flow.forward(caseNo, "安置房分配问题涉及镇和住建局", "natural-resources", "township-1", "housing");
    flow.unitHandles("housing", caseNo);

    assertThat(refusal("XF-2026-999999", "police", REASON))
        .containsExactly(new FieldError("caseNo", "信访事项 XF-2026-999999 不存在"));
    assertThat(refusal(caseNo, "police", REASON))
        .containsExactly(new FieldError("unit", "公安分局没有承办信访事项 " + caseNo + "，不能提级办理"));
    assertThat(refusal(caseNo, "township-1", REASON))
        .containsExactly(new FieldError("unit", "第一镇没有上级对口单位（如公安分局 → 市公安局），不能提级办理"));
    assertThat(refusal(caseNo, "housing", REASON))
        .containsExactly(new FieldError("unit", "住房和城乡建设局已办结本单位的部分，不能提级办理"));
    assertThat(refusal(caseNo, "mars-bureau", REASON))
        .containsExactly(new FieldError("unit", "单位不存在：mars-bureau"));
    assertThat(refusal(caseNo, "natural-resources", " "))
        .containsExactly(new FieldError("reason", "请填写提级理由"));
    assertThat(refusal(caseNo, "natural-resources", "理".repeat(2001)))
        .containsExactly(new FieldError("reason", "提级理由不能超过 2000 个字"));
    assertThat(refusal(null, null, null))
        .containsExactly(new FieldError("reason", "请填写提级理由"), new FieldError("caseNo", "请填写案件编号"));

    lifting.lift(caseNo, "natural-resources", REASON, "supervisor");
    assertThat(refusal(caseNo, "natural-resources", REASON))
        .containsExactly(new FieldError("unit", "自然资源局承办的部分已提级办理，不能再次提级"));
    assertThat(refusal(caseNo, "city-natural-resources", REASON))
        .containsExactly(new FieldError("unit", "市自然资源局没有上级对口单位（如公安分局 → 市公安局），不能提级办理"));
    assertThat(actions(caseNo)).containsOnlyOnce(CaseAction.LIFTED);
  }

  @Test
  void aClosedCaseIsNotLifted() {
    ClockUtil.setCurrentTime(Date.from(REGISTERED));
    Registration r = flow.register(Petitions.claim(1104).build());
    flow.forward(r.caseNo(), "拖欠工资由人社局办理", "human-resources");
    flow.unitHandles("human-resources", r.caseNo());
    flow.consolidate("human-resources", r.caseNo());
    flow.leaderDecidesReply("human-resources", r.caseNo(), APPROVE);

    assertThat(refusal(r.caseNo(), "human-resources", REASON))
        .containsExactly(
            new FieldError("caseNo", "信访事项 " + r.caseNo() + " 当前为「已出具答复意见书」，不在办理中，不能提级办理"));
  }

  @Test
  void theApiLiftsForSupervisorsOnlyAndNamesEveryProblemInChinese() throws Exception {
    ClockUtil.setCurrentTime(Date.from(REGISTERED));
    Registration r = flow.register(Petitions.claim(1105).about("court-case").build());
    String caseNo = r.caseNo();
    flow.forward(caseNo, "诉讼案件执行问题由法院办理", "court");
    String body =
        json.writeValueAsString(
            java.util.Map.of("caseNo", caseNo, "unit", "court", "reason", REASON));

    HttpResponse<String> official =
        DemoUser.of("court-leader", port).postJson("/api/supervision/lift", body);
    assertThat(official.statusCode()).isEqualTo(403);
    assertThat(official.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(json.readTree(official.body()).get("detail").asText()).isEqualTo("只有督查室可以决定提级办理");
    assertThat(unit(caseNo, "court").status()).isEqualTo("ASSIGNED");

    HttpResponse<String> bad =
        DemoUser.of("supervisor", port)
            .postJson(
                "/api/supervision/lift", "{\"caseNo\":\"" + caseNo + "\",\"unit\":\"police\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(bad.body());
    assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("reason", "unit");
    assertThat(problem.get("errors").findValuesAsText("message"))
        .containsExactly("请填写提级理由", "公安分局没有承办信访事项 " + caseNo + "，不能提级办理");
    assertThat(problem.has("correlationId")).isTrue();

    HttpResponse<String> malformed =
        DemoUser.of("supervisor", port).postJson("/api/supervision/lift", "{\"caseNo\":");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(json.readTree(malformed.body()).get("title").asText()).isEqualTo("请求格式有误");

    ClockUtil.setCurrentTime(Date.from(LIFT_DAY));
    HttpResponse<String> lifted =
        DemoUser.of("supervisor", port).postJson("/api/supervision/lift", body);
    assertThat(lifted.statusCode()).as(lifted.body()).isEqualTo(200);
    JsonNode answer = json.readTree(lifted.body());
    assertThat(answer.get("liftedTo").asText()).isEqualTo("city-court");
    assertThat(answer.get("unit").asText()).isEqualTo("court");
    assertThat(desk.countVisible("city-court-official", caseNo, "Task_SignFor")).isEqualTo(1);
    assertThat(view(caseNo).record())
        .filteredOn(e -> e.action().equals("LIFTED"))
        .extracting(CaseView.Entry::actor)
        .containsExactly("supervisor");

    HttpResponse<String> read =
        DemoUser.of("city-court-official", port).get("/api/petitions/" + caseNo);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(json.readTree(read.body()).get("units").findValuesAsText("statusLabel"))
        .containsExactly("已提级", "待签收");
  }

  /** The unit's running department-handling instance of the case. */
  private ProcessInstance unitInstance(String caseNo, String unit) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(HandlingVariables.PROCESS_ID)
        .processInstanceBusinessKey(caseNo)
        .variableValueEquals(HandlingVariables.UNIT, unit)
        .singleResult();
  }

  /**
   * The lifted part's own clocks still pending: none may be, its instance only waits for the unit
   * one level up.
   */
  private long lowerPartsClocks(ProcessInstance lowerPart) {
    return management.createJobQuery().processInstanceId(lowerPart.getId()).timers().count();
  }

  private List<FieldError> refusal(String caseNo, String unit, String reason) {
    Throwable thrown = catchThrowable(() -> lifting.lift(caseNo, unit, reason, "supervisor"));
    assertThat(thrown).isInstanceOf(LiftRefusedException.class);
    return ((LiftRefusedException) thrown).errors();
  }

  /** The page from the heading that names {@code title} to the next heading. */
  private static String section(String html, String title) {
    Matcher heading = Pattern.compile("<h2>[^<]*" + title).matcher(html);
    assertThat(heading.find()).as("section %s", title).isTrue();
    int start = heading.start();
    int end = html.indexOf("<h2>", heading.end());
    return end < 0 ? html.substring(start) : html.substring(start, end);
  }

  /** The one table row holding every part, as its HTML; empty if there is none. */
  private static String row(String html, String... parts) {
    Matcher rows = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(html);
    List<String> found =
        rows.results()
            .map(m -> m.group(1))
            .filter(row -> List.of(parts).stream().allMatch(row::contains))
            .toList();
    assertThat(found).as("rows with %s", List.of(parts)).hasSizeLessThan(2);
    return found.isEmpty() ? "" : found.get(0);
  }
}
