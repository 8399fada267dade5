package cn.xinfang.platform.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.handling.HandlingVariables;
import cn.xinfang.platform.support.ClockedCaseTest;
import cn.xinfang.platform.support.DemoUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 响应率、解决率、满意率 per unit from {@code GET /api/hotline/rates}, recomputed here from the engine's
 * history (when each unit signed for its part, when the reply was issued) and the hotline's
 * evaluations: they must agree exactly.
 */
class HotlineRatesTest extends ClockedCaseTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired HistoryService history;

  @Test
  void theThreeRatesAgreeWithTheEnginesHistory() throws Exception {
    String onTime = order("RX-R1", "HOUSING", "2026-06-01T09:00:00+08:00");
    String late = order("RX-R2", "HOUSING", "2026-06-01T09:00:00+08:00");
    String signedOnly = order("RX-R3", "HOUSING", "2026-06-01T09:00:00+08:00");
    String wages = order("RX-R4", "WAGE_ARREARS", "2026-06-01T09:00:00+08:00");
    String lastMonth = order("RX-R5", "HOUSING", "2026-05-20T09:00:00+08:00");

    answer(onTime, "housing");
    flow.forward(signedOnly, "住房问题", "housing");
    flow.signFor("housing", signedOnly);
    answer(wages, "human-resources");
    answer(lastMonth, "housing");
    flow.forward(late, "住房问题", "housing");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-10T02:00:00Z")));
    flow.unitHandles("housing", late);
    flow.consolidate("housing", late);
    flow.leaderDecidesReply("housing", late, HandlingVariables.APPROVE);
    evaluate("RX-R1", "SATISFIED");
    evaluate("RX-R2", "DISSATISFIED");
    evaluate("RX-R4", "BASICALLY_SATISFIED");
    evaluate("RX-R5", "DISSATISFIED");

    HttpResult answer = rates("2026-06-01", "2026-06-30");
    assertThat(answer.status()).isEqualTo(200);
    Map<String, JsonNode> byUnit = new HashMap<>();
    answer.body().get("units").forEach(u -> byUnit.put(u.get("unit").asText(), u));
    assertThat(byUnit.get("housing").get("orders").asInt()).isEqualTo(3);
    assertThat(byUnit.get("housing").get("responseRate").decimalValue())
        .isEqualByComparingTo("66.7");
    assertThat(byUnit.get("housing").get("resolutionRate").decimalValue())
        .isEqualByComparingTo("33.3");
    assertThat(byUnit.get("housing").get("satisfactionRate").decimalValue())
        .isEqualByComparingTo("50.0");
    assertThat(byUnit.get("human-resources").get("satisfactionRate").decimalValue())
        .isEqualByComparingTo("100.0");

    Map<String, int[]> fromHistory = recomputed("2026-05-31T16:00:00Z", "2026-06-30T16:00:00Z");
    assertThat(byUnit.keySet()).isEqualTo(fromHistory.keySet());
    fromHistory.forEach(
        (unit, c) -> {
          JsonNode u = byUnit.get(unit);
          assertThat(
                  List.of(
                      u.get("orders").asInt(),
                      u.get("responded").asInt(),
                      u.get("resolved").asInt(),
                      u.get("evaluated").asInt(),
                      u.get("satisfied").asInt()))
              .as(unit)
              .containsExactly(c[0], c[1], c[2], c[3], c[4]);
          assertThat(decimal(u.get("responseRate"))).isEqualTo(percent(c[1], c[0]));
          assertThat(decimal(u.get("resolutionRate"))).isEqualTo(percent(c[2], c[0]));
          assertThat(decimal(u.get("satisfactionRate"))).isEqualTo(percent(c[4], c[3]));
        });
    assertThat(
            DemoUser.of("housing-official", port)
                .get("/api/hotline/rates?from=2026-06-01&to=2026-06-30")
                .statusCode())
        .isEqualTo(403);
  }

  /** The figures per lead unit, from history: orders, responded, resolved, evaluated, satisfied. */
  private Map<String, int[]> recomputed(String from, String to) {
    record Row(String orderNo, String caseNo, Instant due, String lead) {}
    List<Row> rows =
        jdbc.sql(
                "select o.order_no, o.case_no, o.feedback_due, c.lead_unit from hotline_order o"
                    + " join petition_case c on c.case_no = o.case_no"
                    + " where o.received_at >= ? and o.received_at < ?")
            .params(Timestamp.from(Instant.parse(from)), Timestamp.from(Instant.parse(to)))
            .query(
                (rs, n) ->
                    new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4)))
            .list();
    Map<String, int[]> counts = new HashMap<>();
    for (Row r : rows) {
      int[] c = counts.computeIfAbsent(r.lead(), u -> new int[5]);
      c[0]++;
      boolean signed =
          history
              .createHistoricTaskInstanceQuery()
              .processInstanceBusinessKey(r.caseNo())
              .taskDefinitionKey("Task_SignFor")
              .finished()
              .list()
              .stream()
              .filter(t -> r.lead().equals(unitOf(t)))
              .map(HistoricTaskInstance::getEndTime)
              .anyMatch(end -> !end.toInstant().isAfter(r.due()));
      if (signed) {
        c[1]++;
      }
      boolean replied =
          history
              .createHistoricActivityInstanceQuery()
              .activityId("Task_SendReply")
              .finished()
              .list()
              .stream()
              .filter(a -> r.caseNo().equals(businessKey(a)))
              .map(HistoricActivityInstance::getEndTime)
              .anyMatch(end -> !end.toInstant().isAfter(r.due()));
      if (replied) {
        c[2]++;
      }
      List<String> evaluations =
          jdbc.sql("select satisfaction from hotline_evaluation where order_no = ? order by id")
              .param(r.orderNo())
              .query(String.class)
              .list();
      if (!evaluations.isEmpty()) {
        c[3]++;
        if (!evaluations.get(evaluations.size() - 1).equals("DISSATISFIED")) {
          c[4]++;
        }
      }
    }
    return counts;
  }

  private String unitOf(HistoricTaskInstance task) {
    return String.valueOf(
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .variableName("unit")
            .singleResult()
            .getValue());
  }

  private String businessKey(HistoricActivityInstance a) {
    return history
        .createHistoricProcessInstanceQuery()
        .processInstanceId(a.getProcessInstanceId())
        .singleResult()
        .getBusinessKey();
  }

  private static BigDecimal percent(int part, int whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part * 100L)
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  private static BigDecimal decimal(JsonNode n) {
    return n == null || n.isNull() ? null : n.decimalValue().setScale(1, RoundingMode.HALF_UP);
  }

  private void answer(String caseNo, String unit) {
    flow.forward(caseNo, "按诉求类型交办", unit);
    flow.unitHandles(unit, caseNo);
    flow.consolidate(unit, caseNo);
    flow.leaderDecidesReply(unit, caseNo, HandlingVariables.APPROVE);
  }

  private String order(String orderNo, String type, String receivedAt) throws Exception {
    String body =
        HotlineOrdersTest.order(orderNo, type, "NORMAL")
            .replace("2026-06-01T09:00:00+08:00", receivedAt);
    return json.readTree(
            DemoUser.of("channel-12345", port).postJson("/api/hotline/orders", body).body())
        .get("caseNo")
        .asText();
  }

  private void evaluate(String orderNo, String satisfaction) throws Exception {
    DemoUser.of("channel-12345", port)
        .postJson(
            "/api/hotline/orders/" + orderNo + "/evaluation",
            "{\"satisfaction\":\"" + satisfaction + "\"}");
  }

  record HttpResult(int status, JsonNode body) {}

  private HttpResult rates(String from, String to) throws Exception {
    var response =
        DemoUser.of("manager", port).get("/api/hotline/rates?from=" + from + "&to=" + to);
    return new HttpResult(response.statusCode(), json.readTree(response.body()));
  }
}
