package cn.xinfang.platform.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.PostgresPlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A petition from the intake API to the written reply and the delivery of its notices, on
 * PostgreSQL, every task claimed and submitted over HTTP by the demo user whose job it is, as
 * Tasklist does.
 */
@PostgresPlatformTest
class PetitionEndToEndOnPostgresTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @Test
  void aLandPetitionIsRegisteredRoutedHandledByTwoUnitsAndAnswered() throws Exception {
    HttpResponse<String> registered =
        as("registrar")
            .postJson(
                "/api/petitions",
                json.writeValueAsString(
                    Petitions.claim(401).about("land").from("village-2-1").build()));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    String caseNo = json.readTree(registered.body()).get("caseNo").asText();

    work(
        "registrar",
        caseNo,
        "Task_ReviewRegistration",
        """
        {"acceptanceDecision":{"value":"FORWARD"},
         "responsibleUnits":{"value":"[\\"natural-resources\\",\\"township-2\\"]","type":"Json"},
         "leadUnit":{"value":"natural-resources"}}
        """);
    for (String unit : new String[] {"natural-resources", "township-2"}) {
      work(unit + "-official", caseNo, "Task_SignFor", "{\"signDecision\":{\"value\":\"SIGN\"}}");
      work(unit + "-official", caseNo, "Task_DeliverNotice", deliveredToday("IN_PERSON"));
      work(
          unit + "-official",
          caseNo,
          "Task_HandleCase",
          """
          {"handlingAction":{"value":"HANDLED"},
           "findings":{"value":"经现场核查，征地补偿款已拨付至镇财政所"},
           "measures":{"value":"督促镇财政所十日内发放到户"},
           "draftReply":{"value":"补偿款将于十日内发放到户"}}
          """);
      assertThat(openTasksOf("court-official", caseNo)).isEmpty();
      work(
          unit + "-leader",
          caseNo,
          "Task_ApproveUnitReply",
          "{\"unitDecision\":{\"value\":\"APPROVE\"}}");
      joinUnitsPart(caseNo);
    }
    work(
        "natural-resources-official",
        caseNo,
        "Task_ConsolidateReply",
        "{\"replyText\":{\"value\":\"经自然资源局、第二镇调查核实，征地补偿款将于十日内发放到户。如不服本答复，可自收到之日起三十日内申请复查。\"}}");
    work(
        "natural-resources-leader",
        caseNo,
        "Task_ApproveReply",
        "{\"replyDecision\":{\"value\":\"APPROVE\"}}");
    work("natural-resources-official", caseNo, "Task_DeliverNotice", deliveredToday("POST"));

    JsonNode view = json.readTree(as("supervisor").get("/api/petitions/" + caseNo).body());
    assertThat(view.get("status").asText()).isEqualTo("DELIVERED");
    assertThat(view.get("currentSteps").findValuesAsText("name")).containsExactly("回访信访人");
    assertThat(view.get("notices").findValuesAsText("title"))
        .containsExactly("受理告知书", "受理告知书", "答复意见书");
    assertThat(view.get("notices").findValuesAsText("statusLabel")).containsOnly("已送达");
    assertThat(view.get("units").findValuesAsText("status")).containsOnly("DONE");
    assertThat(view.get("record").findValuesAsText("action"))
        .containsSubsequence(
            "REGISTERED",
            "ROUTED",
            "ASSIGNED",
            "SIGNED_FOR",
            "HANDLED",
            "REPLY_DRAFTED",
            "REPLY_APPROVED",
            "REPLIED");
    assertThat(view.get("record").findValuesAsText("actor"))
        .contains(
            "registrar",
            "natural-resources-official",
            "township-2-leader",
            "natural-resources-leader");
  }

  /** 送达文书 as its form sends it: the way, and today as the day of delivery. */
  private static String deliveredToday(String way) {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    return "{\"deliveryWay\":{\"value\":\""
        + way
        + "\"},\"deliveredOn\":{\"value\":\""
        + today
        + "\"}}";
  }

  /** Finds the user's task of the case, claims and submits it, as Tasklist does. */
  private void work(String user, String caseNo, String taskKey, String variables) throws Exception {
    JsonNode found =
        json.readTree(
            as(user)
                .get(
                    "/engine-rest/task?processInstanceBusinessKey="
                        + caseNo
                        + "&taskDefinitionKey="
                        + taskKey)
                .body());
    assertThat(found).as("%s sees %s of %s", user, taskKey, caseNo).hasSize(1);
    String taskId = found.get(0).get("id").asText();
    assertThat(
            as(user)
                .postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}")
                .statusCode())
        .isEqualTo(204);
    HttpResponse<String> submitted =
        as(user)
            .postJson(
                "/engine-rest/task/" + taskId + "/submit-form",
                "{\"variables\":" + variables + "}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
  }

  /** What the job executor does in production: joins the unit's finished part to the case. */
  private void joinUnitsPart(String caseNo) {
    String petition =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseNo, "petition")
            .singleResult()
            .getId();
    management
        .createJobQuery()
        .processInstanceId(petition)
        .activityId("CallActivity_DepartmentHandling")
        .list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  private JsonNode openTasksOf(String user, String caseNo) throws Exception {
    return json.readTree(
        as(user).get("/engine-rest/task?processInstanceBusinessKey=" + caseNo).body());
  }

  private DemoUser as(String user) {
    return DemoUser.of(user, port);
  }
}
