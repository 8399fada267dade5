package cn.xinfang.platform.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code POST /api/petitions} and {@code GET /api/petitions/{caseNo}}: who, what, and bad input.
 */
@PlatformTest
class IntakeApiTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ObjectMapper json;

  @Test
  void aRegistrarRegistersAPetitionAndGetsTheCaseNumberQueryCodeAndDates() throws Exception {
    HttpResponse<String> response = post("registrar", Petitions.claim(301).build());

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode body = json.readTree(response.body());
    String caseNo = body.get("caseNo").asText();
    assertThat(caseNo).matches("XF-20\\d{2}-\\d{6}");
    assertThat(response.headers().firstValue("Location")).hasValue("/api/petitions/" + caseNo);
    assertThat(body.get("queryCode").asText()).matches("[A-Z2-9]{8}");
    assertThat(body.get("forwardDeadline").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(body.get("registeredAt").asText()).endsWith("+08:00");
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processInstanceId(body.get("processInstanceId").asText())
                .singleResult()
                .getBusinessKey())
        .isEqualTo(caseNo);
  }

  @Test
  void everyBadFieldIsNamedInChineseAndNothingIsCreated() throws Exception {
    long before = runtime.createProcessInstanceQuery().count();
    String bad =
        """
        {"channel":"FAX","petitioners":[{"name":"","idNumber":"110105194912310021","phone":"12"}],
         "headcount":0,"category":"CLAIM","matterType":"unicorns","region":"moon","content":""}
        """;

    HttpResponse<String> response = as("registrar").postJson("/api/petitions", bad);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode errors = json.readTree(response.body()).get("errors");
    assertThat(errors.findValuesAsText("field"))
        .containsExactlyInAnyOrder(
            "channel",
            "matterType",
            "region",
            "content",
            "headcount",
            "petitioners[0].name",
            "petitioners[0].idNumber",
            "petitioners[0].phone");
    assertThat(errors.findValuesAsText("message"))
        .contains("来源渠道不存在：FAX", "公民身份号码有误：校验位不正确，请核对号码", "请填写信访内容");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void malformedJsonIsABadRequestInChinese() {
    HttpResponse<String> response =
        as("registrar").postJson("/api/petitions", "{\"headcount\":\"many\"");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("不是有效的 JSON");
  }

  @Test
  void aHotlineOrderNeedsItsOrderNumber() throws Exception {
    HttpResponse<String> response =
        post("channel-12345", Petitions.claim(302).by("HOTLINE").build());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("hotlineOrderNo", "工单编号");
    assertThat(
            post(
                    "channel-12345",
                    Petitions.claim(302).by("HOTLINE").hotlineOrder("GD20261123001").build())
                .statusCode())
        .isEqualTo(201);
  }

  @Test
  void onlyIntakeRolesMayRegisterAndOnlyWithCredentials() throws Exception {
    assertThat(post("court-official", Petitions.claim(303).build()).statusCode()).isEqualTo(403);
    assertThat(post("manager", Petitions.claim(303).build()).statusCode()).isEqualTo(403);
    HttpResponse<String> anonymous =
        as("nobody")
            .send(
                HttpRequest.newBuilder(as("nobody").uri("/api/petitions"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(post("agent-village-1-1", Petitions.claim(304).build()).statusCode()).isEqualTo(201);
    assertThat(post("grid-center", Petitions.claim(305).by("GRID").build()).statusCode())
        .isEqualTo(201);
  }

  @Test
  void theCaseIsReadableByTheBureauAndSupervisorsButNotByUninvolvedUnits() throws Exception {
    String caseNo =
        json.readTree(post("agent-village-2-1", Petitions.claim(306).build()).body())
            .get("caseNo")
            .asText();

    assertThat(as("registrar").get("/api/petitions/" + caseNo).statusCode()).isEqualTo(200);
    assertThat(as("supervisor").get("/api/petitions/" + caseNo).statusCode()).isEqualTo(200);
    assertThat(as("agent-village-2-1").get("/api/petitions/" + caseNo).statusCode()).isEqualTo(200);
    assertThat(as("court-official").get("/api/petitions/" + caseNo).statusCode()).isEqualTo(404);
    assertThat(as("registrar").get("/api/petitions/XF-1999-000001").statusCode()).isEqualTo(404);
    JsonNode view = json.readTree(as("registrar").get("/api/petitions/" + caseNo).body());
    assertThat(view.get("statusLabel").asText()).isEqualTo("已登记，待受理");
    assertThat(view.get("currentSteps").get(0).get("name").asText()).isEqualTo("登记受理");
    assertThat(view.get("record").get(0).get("actor").asText()).isEqualTo("agent-village-2-1");
  }

  @Test
  void aCaseTheCallerMayNotReadAnswersExactlyAsACaseThatDoesNotExist() throws Exception {
    String caseNo =
        json.readTree(post("registrar", Petitions.claim(307).build()).body())
            .get("caseNo")
            .asText();
    String missing = "XF-1999-000001";

    HttpResponse<String> unreadable = as("court-official").get("/api/petitions/" + caseNo);
    HttpResponse<String> nonexistent = as("court-official").get("/api/petitions/" + missing);

    assertThat(unreadable.statusCode()).isEqualTo(nonexistent.statusCode()).isEqualTo(404);
    assertThat(unreadable.headers().firstValue("Content-Type"))
        .isEqualTo(nonexistent.headers().firstValue("Content-Type"));
    JsonNode body = withoutCaseAndId(unreadable, caseNo);
    assertThat(body).isEqualTo(withoutCaseAndId(nonexistent, missing));
    assertThat(body.get("title").asText()).isEqualTo("信访事项不存在");
  }

  /** The body with the case number and the correlation id (which differ by design) taken out. */
  private JsonNode withoutCaseAndId(HttpResponse<String> response, String caseNo) throws Exception {
    ObjectNode body = (ObjectNode) json.readTree(response.body().replace(caseNo, "CASE"));
    assertThat(body.remove("correlationId")).isNotNull();
    return body;
  }

  private HttpResponse<String> post(String user, PetitionRequest petition) throws Exception {
    return as(user).postJson("/api/petitions", json.writeValueAsString(petition));
  }

  private DemoUser as(String user) {
    return DemoUser.of(user, port);
  }
}
