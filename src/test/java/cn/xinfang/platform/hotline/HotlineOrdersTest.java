package cn.xinfang.platform.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.casefile.CaseView;
import cn.xinfang.platform.handling.HandlingVariables;
import cn.xinfang.platform.intake.PetitionVariables;
import cn.xinfang.platform.supervision.SupervisionLadder;
import cn.xinfang.platform.supervision.SupervisionReason;
import cn.xinfang.platform.support.ClockedCaseTest;
import cn.xinfang.platform.support.DemoUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 12345 work orders on the petition track: one petition per order number, the hotline's feedback
 * dates, emergencies refused, the reply reported back, a dissatisfied caller reopening the order
 * once and then supervision.
 */
class HotlineOrdersTest extends ClockedCaseTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired SupervisionLadder supervision;

  @Test
  void anOrderBecomesOnePetitionHoweverOftenTheHotlineSendsIt() throws Exception {
    HttpResponse<String> first = post(order("RX-0001", "WAGE_ARREARS", "NORMAL"));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonNode created = json.readTree(first.body());
    String caseNo = created.get("caseNo").asText();
    assertThat(created.get("kind").asText()).isEqualTo("一般件");
    assertThat(created.get("feedbackDue").asText()).isEqualTo("2026-06-08T23:59:59.999+08:00");

    HttpResponse<String> again = post(order("RX-0001", "WAGE_ARREARS", "NORMAL"));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json.readTree(again.body())).isEqualTo(created);
    assertThat(
            jdbc.sql("select count(*) from petition_case where hotline_order_no = 'RX-0001'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);

    CaseView view = view(caseNo);
    assertThat(view.channel()).isEqualTo("HOTLINE");
    assertThat(view.hotlineOrderNo()).isEqualTo("RX-0001");
    assertThat(view.matterType()).isEqualTo("wages");
    assertThat(view.petitioners())
        .singleElement()
        .satisfies(p -> assertThat(p.idNumber()).isNull());
  }

  @Test
  void urgentAndComplexOrdersHaveTheHotlinesFeedbackDates() throws Exception {
    JsonNode urgent = json.readTree(post(order("RX-0002", "HOUSING", "URGENT")).body());
    assertThat(urgent.get("kind").asText()).isEqualTo("紧急件");
    assertThat(urgent.get("feedbackDue").asText()).isEqualTo("2026-06-02T09:00:00+08:00");
    JsonNode complex = json.readTree(post(order("RX-0003", "LAND_COMPENSATION", "NORMAL")).body());
    assertThat(complex.get("kind").asText()).isEqualTo("复杂件");
    assertThat(complex.get("feedbackDue").asText()).isEqualTo("2026-06-16T23:59:59.999+08:00");
  }

  @Test
  void anEmergencyIsRefusedNamingTheRightLineAndNothingIsCreated() throws Exception {
    HttpResponse<String> refused = post(order("RX-0004", "FIRE_119", "URGENT"));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("119 火警电话", "未登记");
    assertThat(
            jdbc.sql("select count(*) from petition_case where hotline_order_no = 'RX-0004'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void aBadOrderIsRefusedByFieldAndOnlyTheHotlinesAccountMaySendOrders() throws Exception {
    HttpResponse<String> bad =
        post(
            "{\"orderNo\":\"RX-0005\",\"callerName\":\"\",\"phone\":\"12\",\"content\":\"x\","
                + "\"type\":\"HOUSING\",\"urgency\":\"SOON\",\"receivedAt\":\"yesterday\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("请填写来电人姓名", "联系电话格式不正确", "紧急程度只能是", "热线受理时间格式不正确");
    assertThat(
            DemoUser.of("registrar", port)
                .postJson("/api/hotline/orders", order("RX-0006", "HOUSING", "NORMAL"))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void aDissatisfiedCallerReopensTheOrderOnceAndThenTheUnitIsSupervised() throws Exception {
    String caseNo =
        json.readTree(post(order("RX-0007", "HOUSING", "NORMAL")).body()).get("caseNo").asText();
    HttpResponse<String> early = evaluate("RX-0007", "DISSATISFIED");
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(early.body()).contains("工单尚未答复");

    flow.forward(caseNo, "住房问题，由住房和城乡建设局办理", "housing");
    flow.unitHandles("housing", caseNo);
    flow.consolidate("housing", caseNo);
    flow.leaderDecidesReply("housing", caseNo, HandlingVariables.APPROVE);
    JsonNode answered = json.readTree(get("RX-0007").body());
    assertThat(answered.get("answered").asBoolean()).isTrue();
    assertThat(answered.get("reply").asText()).contains("经各责任单位调查核实");

    assertThat(evaluate("RX-0007", "DISSATISFIED").body()).contains("工单已重办");
    assertThat(evaluate("RX-0007", "SATISFIED").statusCode()).isEqualTo(409);
    desk.complete(
        "housing-leader",
        caseNo,
        "Task_AnswerAgain",
        Map.of(PetitionVariables.REPLY_TEXT, "重新核实后，已安排维修，三日内完成。"));
    JsonNode redone = json.readTree(get("RX-0007").body());
    assertThat(redone.get("reply").asText()).isEqualTo("重新核实后，已安排维修，三日内完成。");
    assertThat(redone.get("reopened").asBoolean()).isTrue();
    assertThat(supervision.ofCase(caseNo)).isEmpty();

    assertThat(evaluate("RX-0007", "DISSATISFIED").body()).contains("已提请督查督办");
    assertThat(supervision.ofCase(caseNo))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.unit()).isEqualTo("housing");
              assertThat(c.reason()).isEqualTo(SupervisionReason.DISSATISFIED);
            });
    assertThat(json.readTree(get("RX-0007").body()).get("evaluations").findValuesAsText("label"))
        .containsExactly("不满意", "不满意");
  }

  static String order(String orderNo, String type, String urgency) {
    return "{\"orderNo\":\""
        + orderNo
        + "\",\"callerName\":\"赵六\",\"phone\":\"13900002222\",\"content\":\"小区楼道漏水多次报修无人处理\","
        + "\"type\":\""
        + type
        + "\",\"urgency\":\""
        + urgency
        + "\",\"receivedAt\":\"2026-06-01T09:00:00+08:00\"}";
  }

  private HttpResponse<String> post(String body) throws Exception {
    return DemoUser.of("channel-12345", port).postJson("/api/hotline/orders", body);
  }

  private HttpResponse<String> get(String orderNo) throws Exception {
    return DemoUser.of("channel-12345", port).get("/api/hotline/orders/" + orderNo);
  }

  private HttpResponse<String> evaluate(String orderNo, String satisfaction) throws Exception {
    return DemoUser.of("channel-12345", port)
        .postJson(
            "/api/hotline/orders/" + orderNo + "/evaluation",
            "{\"satisfaction\":\"" + satisfaction + "\",\"comment\":\"问题未解决\"}");
  }
}
