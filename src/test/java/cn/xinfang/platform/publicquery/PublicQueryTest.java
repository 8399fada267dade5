package cn.xinfang.platform.publicquery;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.aftercare.Satisfaction;
import cn.xinfang.platform.aftercare.Satisfactions;
import cn.xinfang.platform.casefile.Petitioner;
import cn.xinfang.platform.casefile.Petitioners;
import cn.xinfang.platform.handling.HandlingVariables;
import cn.xinfang.platform.intake.PetitionVariables;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.ClockedCaseTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The petitioner's own query (可查询、可跟踪、可评价): no login, the query code from registration, no personal
 * data in the answer, a wrong code answered as an unknown case, too many wrong codes refused, one
 * rating once the reply is delivered.
 */
class PublicQueryTest extends ClockedCaseTest {

  @LocalServerPort int port;
  @Autowired WrongCodeLimiter limiter;
  @Autowired Petitioners petitioners;
  @Autowired Satisfactions satisfactions;
  @Autowired ObjectMapper json;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void everyClientStartsAfresh() {
    limiter.forgetAll();
  }

  @Test
  void thePetitionerFollowsTheCaseAndReadsTheReplyWithoutAnyPersonalData() throws Exception {
    Registration r = flow.register(Petitions.claim(3471).named("欧阳明").build());
    Petitioner who = petitioners.of(r.caseNo()).get(0);
    JsonNode before = json.readTree(get(r.caseNo(), r.queryCode()).body());
    assertThat(before.get("statusLabel").asText()).isEqualTo("已登记，待受理");
    assertThat(before.get("reply").isNull()).isTrue();
    assertThat(before.get("canRate").asBoolean()).isFalse();

    replied(r.caseNo(), "欧阳明同志（电话 " + who.phone() + "，住" + who.address() + "）：补偿款已发放。");
    deliverReply(r.caseNo());
    HttpResponse<String> answer = get(r.caseNo(), r.queryCode());
    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode view = json.readTree(answer.body());
    assertThat(view.get("status").asText()).isEqualTo("DELIVERED");
    assertThat(view.get("reply").get("text").asText()).contains("补偿款已发放");
    assertThat(view.get("reply").get("deliveredOn").asText()).isEqualTo("2026-06-01");
    assertThat(view.get("window").get("closesOn").asText()).isEqualTo("2026-07-01");
    assertThat(view.get("steps").findValuesAsText("label")).contains("登记", "签收", "出具答复意见书");
    assertThat(view.get("deadlines").findValuesAsText("unit")).contains("住房和城乡建设局");
    assertThat(view.get("canRate").asBoolean()).isTrue();
    assertThat(answer.body())
        .doesNotContain(who.name(), who.idNumber(), who.phone(), who.address())
        .doesNotContain("housing-official", "housing-leader", "registrar", "系统");
  }

  @Test
  void aWrongCodeIsAnsweredExactlyAsAnUnknownCase() throws Exception {
    Registration r = flow.register(Petitions.claim(3472).build());
    HttpResponse<String> wrong = get(r.caseNo(), "WRONGCOD");
    HttpResponse<String> unknown = get("XF-1999-000001", r.queryCode());
    HttpResponse<String> none = get(r.caseNo(), null);
    assertThat(wrong.statusCode()).isEqualTo(404);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(withoutCorrelation(wrong.body()))
        .isEqualTo(withoutCorrelation(unknown.body()))
        .isEqualTo(withoutCorrelation(none.body()));
    assertThat(wrong.body()).contains("案件编号或查询码不正确").doesNotContain(r.caseNo());
    assertThat(wrong.headers().firstValue("Content-Type"))
        .isEqualTo(unknown.headers().firstValue("Content-Type"));
  }

  @Test
  void moreThanTenWrongCodesRefuseTheClientForAWhileEvenWithTheRightCode() throws Exception {
    Registration r = flow.register(Petitions.claim(3473).build());
    for (int i = 0; i < 10; i++) {
      assertThat(get(r.caseNo(), "WRONG" + i).statusCode()).isEqualTo(404);
    }
    assertThat(get(r.caseNo(), r.queryCode()).statusCode()).isEqualTo(200);
    HttpResponse<String> eleventh = get("XF-1999-000002", "WRONGXX");
    assertThat(eleventh.statusCode()).isEqualTo(429);
    assertThat(eleventh.headers().firstValue("Retry-After")).hasValue("600");
    assertThat(eleventh.body()).contains("查询码错误次数过多", "10 分钟后再试");
    assertThat(get(r.caseNo(), r.queryCode()).statusCode()).isEqualTo(429);
    assertThat(rate(r.caseNo(), r.queryCode(), "SATISFIED").statusCode()).isEqualTo(429);
  }

  @Test
  void thePetitionerRatesOnceAndOnlyAfterTheReplyIsDelivered() throws Exception {
    Registration r = flow.register(Petitions.claim(3474).build());
    HttpResponse<String> early = rate(r.caseNo(), r.queryCode(), "SATISFIED");
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(early.body()).contains("答复意见书送达后才能评价");

    replied(r.caseNo(), "经核实，补偿款已发放。");
    deliverReply(r.caseNo());
    assertThat(rate(r.caseNo(), r.queryCode(), "VERY_HAPPY").statusCode()).isEqualTo(400);
    assertThat(rate(r.caseNo(), "WRONGCOD", "SATISFIED").statusCode()).isEqualTo(404);
    HttpResponse<String> rated = rate(r.caseNo(), r.queryCode(), "BASICALLY_SATISFIED");
    assertThat(rated.statusCode()).as(rated.body()).isEqualTo(201);
    HttpResponse<String> again = rate(r.caseNo(), r.queryCode(), "DISSATISFIED");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("不能重复评价");

    assertThat(satisfactions.ofCase(r.caseNo()))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.source()).isEqualTo(Satisfaction.Source.PETITIONER);
              assertThat(s.rating()).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
              assertThat(s.unit()).isEqualTo("housing");
            });
    JsonNode view = json.readTree(get(r.caseNo(), r.queryCode()).body());
    assertThat(view.get("rated").asBoolean()).isTrue();
    assertThat(view.get("canRate").asBoolean()).isFalse();
  }

  @Test
  void theQueryPageIsServedWithoutLogin() throws Exception {
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/query")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("text/html"));
    assertThat(page.body()).contains("信访事项查询", "查询码", "/api/public/petitions/");
  }

  private void replied(String caseNo, String replyText) {
    flow.forward(caseNo, "涉及住房补偿，由住房和城乡建设局办理", "housing");
    flow.unitHandles("housing", caseNo);
    desk.complete(
        "housing-official",
        caseNo,
        "Task_ConsolidateReply",
        Map.of(PetitionVariables.REPLY_TEXT, replyText));
    flow.leaderDecidesReply("housing", caseNo, HandlingVariables.APPROVE);
  }

  private void deliverReply(String caseNo) {
    long notice =
        view(caseNo).notices().stream()
            .filter(n -> n.kind().equals("REPLY"))
            .findFirst()
            .orElseThrow()
            .id();
    flow.deliver("housing-official", caseNo, notice, "IN_PERSON", "2026-06-01");
  }

  private HttpResponse<String> get(String caseNo, String code) throws Exception {
    String query = code == null ? "" : "?code=" + code;
    return http.send(
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/public/petitions/" + caseNo + query))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> rate(String caseNo, String code, String satisfaction)
      throws Exception {
    String body =
        json.writeValueAsString(
            Map.of("code", code, "satisfaction", satisfaction, "comment", "办理及时"));
    return http.send(
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/public/petitions/" + caseNo))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String withoutCorrelation(String body) throws Exception {
    ObjectNode node = (ObjectNode) json.readTree(body);
    node.remove("correlationId");
    node.remove("instance");
    return node.toString();
  }
}
