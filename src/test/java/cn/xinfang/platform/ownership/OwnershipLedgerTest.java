package cn.xinfang.platform.ownership;

import static cn.xinfang.platform.ownership.OwnershipVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.QueuedMail;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 包案台账: the bureau reads every ownership, a leader their own; days open and what is due next; the
 * CSV opens in Excel; the case record shows the ownership and what the owner did.
 */
class OwnershipLedgerTest extends CaseTest {

  @LocalServerPort int port;

  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void dropQueuedMail() {
    QueuedMail.drop(engine);
  }

  @Test
  void theLedgerShowsEachOwnershipToItsReadersAndAsCsv() throws Exception {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-01T01:00:00Z")));
    String caseNo = flow.register(Petitions.claim(981).highRisk().build()).caseNo();
    desk.complete(
        "registrar", caseNo, "Task_ProposeOwner", Map.of(OWNER_UNIT, "district-government"));
    desk.complete("district-government-leader", caseNo, "Task_AcceptOwnership", Map.of());
    desk.complete(
        "district-government-leader",
        caseNo,
        "Task_MeetPetitioner",
        Map.of(MEETING_DATE, "2026-06-01", MEETING_PLACE, "区信访局", MEETING_NOTES, "听取诉求，说明政策"));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-11T01:00:00Z")));

    JsonNode all = get("registrar", "/api/ownership?status=OWNED");
    JsonNode row = rowOf(all, caseNo);
    assertThat(row.get("ownerName").asText()).contains("district-government-leader");
    assertThat(row.get("reason").asText()).isEqualTo("高风险");
    assertThat(row.get("statusLabel").asText()).isEqualTo("包案中");
    assertThat(row.get("daysOpen").asLong()).isEqualTo(10);
    assertThat(row.get("nextDue").asText()).isEqualTo("2026-06-16");
    assertThat(row.get("targetDate").asText()).isEqualTo("2026-09-01");

    assertThat(rowOf(get("district-government-leader", "/api/ownership"), caseNo)).isNotNull();
    assertThat(cases(get("township-1-leader", "/api/ownership?leader=district-government-leader")))
        .doesNotContain(caseNo);
    assertThat(DemoUser.of("court-official", port).get("/api/ownership").statusCode())
        .isEqualTo(403);

    HttpResponse<byte[]> csv =
        HttpClient.newHttpClient()
            .send(
                DemoUser.of("manager", port).request("/api/ownership?format=csv").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    byte[] body = csv.body();
    assertThat(new byte[] {body[0], body[1], body[2]})
        .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    assertThat(text.lines().findFirst())
        .hasValue(
            "\"案件编号\",\"包案领导\",\"包案单位\",\"包案原因\",\"状态\",\"化解方案\",\"进展报告次数\",\"已包案天数\",\"下一到期\",\"目标办结日期\"");
    assertThat(text).contains("\"" + caseNo + "\"", "\"区人民政府\"", "\"高风险\"");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment", "ownership-ledger.csv");

    String record =
        DemoUser.of("supervisor", port).get("/api/petitions/" + caseNo + "/record").body();
    assertThat(record).contains("八、领导包案", "包案中", "签收包案", "接访约访", "听取诉求，说明政策");
  }

  private JsonNode get(String user, String path) throws Exception {
    HttpResponse<String> answer = DemoUser.of(user, port).get(path);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json.readTree(answer.body());
  }

  private static JsonNode rowOf(JsonNode rows, String caseNo) {
    for (JsonNode r : rows) {
      if (r.get("caseNo").asText().equals(caseNo)) {
        return r;
      }
    }
    return null;
  }

  private static List<String> cases(JsonNode rows) {
    List<String> found = new ArrayList<>();
    rows.forEach(r -> found.add(r.get("caseNo").asText()));
    return found;
  }
}
