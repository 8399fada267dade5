package cn.xinfang.platform.supervision;

import static cn.xinfang.platform.supervision.SupervisionVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.DemoUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A supervisor flags a case by hand (挂牌督办): from Tasklist's start form or through the API. */
class ManualFlagTest extends CaseTest {

  @Autowired FormService forms;
  @Autowired RepositoryService repository;
  @Autowired SupervisionLadder ladder;
  @LocalServerPort int port;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aSupervisorFlagsACaseFromTasklistsStartForm() {
    String caseNo = assignedToCourt(911);
    ProcessInstance[] started = new ProcessInstance[1];
    desk.asUser(
        "supervisor",
        () ->
            started[0] =
                forms.submitStartForm(
                    definitionId(),
                    Map.of(CASE_NO, caseNo, UNIT, "court", FLAG_REASON, "群众反映多次未果，挂牌督办")));

    assertThat(started[0].getBusinessKey()).isEqualTo(caseNo);
    assertThat(started[0]).isWaitingAt("Task_IssueNotice");
    assertThat(runtime.getVariable(started[0].getId(), START_RUNG)).isEqualTo("FLAGGED");
    assertThat(ladder.ofCase(caseNo))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.reason()).isEqualTo(SupervisionReason.FLAGGED);
              assertThat(c.source()).isEqualTo(SupervisionSource.TASKLIST);
              assertThat(c.openedBy()).isEqualTo("supervisor");
            });
  }

  @Test
  void aFlagForAUnitThatDoesNotWorkOnTheCaseIsRefusedInChineseAndStartsNothing() {
    String caseNo = assignedToCourt(912);
    assertThatThrownBy(
            () ->
                desk.asUser(
                    "supervisor",
                    () ->
                        forms.submitStartForm(
                            definitionId(),
                            Map.of(CASE_NO, caseNo, UNIT, "housing", FLAG_REASON, "理由"))))
        .hasMessageContaining("住房和城乡建设局没有承办案件 " + caseNo);
    assertThat(ladder.ofCase(caseNo)).isEmpty();
  }

  @Test
  void onlySupervisorsMayFlagFromTasklist() {
    String caseNo = assignedToCourt(913);
    assertThatThrownBy(
            () ->
                desk.asUser(
                    "registrar",
                    () ->
                        forms.submitStartForm(
                            definitionId(),
                            Map.of(CASE_NO, caseNo, UNIT, "court", FLAG_REASON, "x"))))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void aSupervisorFlagsThroughTheApiAndASecondFlagJoinsTheOpenSupervision() throws Exception {
    String caseNo = assignedToCourt(914);
    String body = "{\"caseNo\":\"" + caseNo + "\",\"unit\":\"court\",\"reason\":\"久拖不决，挂牌督办\"}";

    HttpResponse<String> first = DemoUser.of("supervisor", port).postJson("/api/supervision", body);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonNode opened = json.readTree(first.body());
    assertThat(opened.get("joined").asBoolean()).isFalse();

    HttpResponse<String> again = DemoUser.of("supervisor", port).postJson("/api/supervision", body);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(json.readTree(again.body()).get("supervisionId").asLong())
        .isEqualTo(opened.get("supervisionId").asLong());
    assertThat(ladder.ofCase(caseNo))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.source()).isEqualTo(SupervisionSource.API);
              assertThat(c.triggers()).isEqualTo(2);
            });
  }

  @Test
  void theApiRefusesOthersAndBadInputInChinese() throws Exception {
    String caseNo = assignedToCourt(915);
    String body = "{\"caseNo\":\"" + caseNo + "\",\"unit\":\"court\",\"reason\":\"理由\"}";
    HttpResponse<String> official =
        DemoUser.of("court-leader", port).postJson("/api/supervision", body);
    assertThat(official.statusCode()).isEqualTo(403);
    assertThat(official.body()).contains("只有督查室可以挂牌督办");

    HttpResponse<String> bad =
        DemoUser.of("supervisor", port)
            .postJson("/api/supervision", "{\"caseNo\":\"XF-1999-000001\",\"unit\":\"nowhere\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("案件编号不存在：XF-1999-000001", "被督办单位不存在：nowhere", "请填写挂牌督办理由");
    assertThat(ladder.ofCase(caseNo)).isEmpty();
  }

  @Test
  void theSupervisionNoticeIsPrintableByTheUnitButNotByAnotherUnit() throws Exception {
    String caseNo = assignedToCourt(916);
    DemoUser.of("supervisor", port)
        .postJson(
            "/api/supervision",
            "{\"caseNo\":\"" + caseNo + "\",\"unit\":\"court\",\"reason\":\"挂牌督办\"}");
    desk.complete("supervisor", caseNo, "Task_IssueNotice", Map.of(REQUIREMENTS, "十日内办结并书面答复"));
    Object document =
        runtime.getVariable(ladder.ofCase(caseNo).get(0).processInstanceId(), NOTICE_DOCUMENT_ID);
    String path = "/api/supervision/documents/" + document;

    HttpResponse<String> leader = DemoUser.of("court-leader", port).get(path);
    assertThat(leader.statusCode()).isEqualTo(200);
    assertThat(leader.body()).contains("挂牌督办通知书", caseNo, "人民法院", "十日内办结并书面答复");
    assertThat(DemoUser.of("manager", port).get(path).statusCode()).isEqualTo(200);
    assertThat(DemoUser.of("housing-leader", port).get(path).statusCode()).isEqualTo(404);

    String record =
        DemoUser.of("supervisor", port).get("/api/petitions/" + caseNo + "/record").body();
    assertThat(record).contains("七、督查督办与问责", "立案督办", "挂牌督办", "签发《挂牌督办通知书》", path);
  }

  private String assignedToCourt(int seed) {
    Registration r = flow.register(Petitions.claim(seed).about("court-case").build());
    flow.forward(r.caseNo(), "由法院承办", "court");
    return r.caseNo();
  }

  private String definitionId() {
    return repository
        .createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS_ID)
        .latestVersion()
        .singleResult()
        .getId();
  }
}
