package cn.xinfang.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.notification.MailVariables;
import cn.xinfang.platform.support.ClockedCaseTest;
import cn.xinfang.platform.support.DemoUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 监控中心's API as each role meets it: who sees which units' figures, the overdue list and where cases
 * stall, the reports in their three formats, and the monthly report's mail on the first working day
 * of the month.
 */
class MonitoringApiTest extends ClockedCaseTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired RepositoryService repository;

  private static final String JUNE = "?from=2026-06-01&to=2026-06-30";

  @Test
  void eachRoleSeesTheUnitsOfItsLevelAndNoMore() throws Exception {
    List<String> district = units(ok("manager", "/api/kpi/units" + JUNE));
    assertThat(district)
        .contains("police", "township-1", "village-2-2")
        .doesNotContain("city-police");
    assertThat(units(ok("supervisor", "/api/kpi/units" + JUNE))).isEqualTo(district);
    assertThat(units(ok("registrar", "/api/kpi/units" + JUNE))).isEqualTo(district);
    assertThat(units(ok("manager", "/api/kpi/units" + JUNE + "&level=township")))
        .containsExactlyInAnyOrder(
            "township-1", "township-2", "village-1-1", "village-1-2", "village-2-1", "village-2-2");
    assertThat(units(ok("admin", "/api/kpi/units" + JUNE + "&level=city")))
        .contains("city-police", "police");
    assertThat(units(ok("housing-leader", "/api/kpi/units" + JUNE))).containsExactly("housing");
    assertThat(units(ok("housing-leader", "/api/kpi/units" + JUNE + "&level=district")))
        .containsExactly("housing");

    refused("manager", "/api/kpi/units" + JUNE + "&level=city", 403, "旗县区及以下");
    refused("housing-official", "/api/kpi/units" + JUNE, 403, "单位领导");
    refused("housing-official", "/api/kpi/overdue", 403, "单位领导");
    refused("housing-official", "/api/reports/daily", 403, "单位领导");
    refused("manager", "/api/kpi/units?from=2026-06-31&to=2026-06-30", 400, "起止日期格式");
    refused("manager", "/api/kpi/units?from=2026-07-01&to=2026-06-30", 400, "结束日期不能早于开始日期");
    refused("manager", "/api/kpi/units" + JUNE + "&level=province", 400, "层级应为");
    HttpResponse<String> anonymous =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(DemoUser.of("manager", port).uri("/api/kpi/units" + JUNE))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);

    JsonNode answer = ok("manager", "/api/kpi/units" + JUNE);
    assertThat(answer.get("previousFrom").asText()).isEqualTo("2026-05-02");
    assertThat(answer.get("previousTo").asText()).isEqualTo("2026-05-31");
    assertThat(answer.get("redBelow").get("closedOnTimeRate").asInt()).isEqualTo(90);
  }

  @Test
  void anOverdueCaseIsListedCountedAndShownWhereItWaits() throws Exception {
    var registration = flow.register(Petitions.claim(982).build());
    String caseNo = registration.caseNo();
    flow.forward(caseNo, "由住建局承办", "housing");
    ClockUtil.setCurrentTime(Date.from(START.plusSeconds(40L * 86_400)));

    JsonNode overdue = ok("manager", "/api/kpi/overdue");
    JsonNode row = overdue.get("overdue").get(0);
    assertThat(row.get("caseNo").asText()).isEqualTo(caseNo);
    assertThat(row.get("unit").asText()).isEqualTo("housing");
    assertThat(row.get("stage").asText()).isEqualTo("签收");
    assertThat(row.get("processInstanceId").asText()).isEqualTo(instance(registration).getId());
    assertThat(ok("housing-leader", "/api/kpi/overdue").get("total").asInt()).isEqualTo(1);
    assertThat(ok("police-leader", "/api/kpi/overdue").get("total").asInt()).isZero();
    JsonNode housing =
        ok("manager", "/api/kpi/units?from=2026-06-01&to=2026-07-31").get("units").get(0);
    assertThat(housing.get("unit").asText()).as("sorted by overdue").isEqualTo("housing");
    assertThat(housing.get("overdueNow").asInt()).isEqualTo(1);
    assertThat(housing.get("dueToAccept").asInt()).isEqualTo(1);
    assertThat(housing.get("acceptedOnTimeRate").decimalValue()).isEqualByComparingTo("0");
    assertThat(housing.get("belowThreshold").get(0).asText()).startsWith("按期受理率 0.0% 低于 90%");

    String handling =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey("department-handling")
            .latestVersion()
            .singleResult()
            .getId();
    JsonNode stalls =
        ok(
            "manager",
            "/api/kpi/activities?processDefinitionId="
                + handling
                + "&from=2026-06-01&to=2026-07-31");
    JsonNode signFor = activity(stalls, "Task_SignFor");
    assertThat(signFor.get("waiting").asInt()).isEqualTo(1);
    assertThat(signFor.get("overdue").asInt()).isEqualTo(1);
    assertThat(signFor.get("overdueShare").decimalValue()).isEqualByComparingTo("100");
    refused(
        "housing-leader",
        "/api/kpi/activities?processDefinitionId=" + handling + "&from=2026-06-01&to=2026-07-31",
        403,
        "流程卡点");
    String mail =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey("mail-delivery")
            .latestVersion()
            .singleResult()
            .getId();
    refused(
        "manager",
        "/api/kpi/activities?processDefinitionId=" + mail + "&from=2026-06-01&to=2026-07-31",
        404,
        "流程卡点只统计");
  }

  @Test
  void theReportsComeAsAPrintablePageCsvAndXlsxWithChineseHeaders() throws Exception {
    HttpResponse<String> page =
        DemoUser.of("manager", port).get("/api/reports/weekly?date=2026-06-03");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body())
        .contains(
            "信访工作周例会报告（2026-06-01 至 2026-06-07）",
            "@page",
            "A4",
            "一、各单位指标",
            "二、超期案件",
            "三、督查督办和问责台账本期新增");

    HttpResponse<byte[]> csv = bytes("manager", "/api/reports/monthly?date=2026-06-15&format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    byte[] body = csv.body();
    assertThat(new byte[] {body[0], body[1], body[2]}).containsExactly(0xEF, 0xBB, 0xBF);
    List<String> lines = new String(body, StandardCharsets.UTF_8).substring(1).lines().toList();
    assertThat(lines.get(0)).isEqualTo("\"信访工作月督查报告（2026年6月）\"");
    assertThat(lines).contains("\"一、各单位指标\"");
    assertThat(lines.stream().filter(l -> l.startsWith("\"单位\",\"收案\",")).findFirst())
        .hasValueSatisfying(l -> assertThat(l).contains("\"按期办结率\"", "\"满意率\"", "\"热线响应率\""));
    assertThat(lines).contains("\"案件编号\",\"责任单位\",\"环节\",\"期限\",\"超期天数\"");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
        .contains("monthly-report-2026-06-01.csv");

    HttpResponse<byte[]> xlsx = bytes("manager", "/api/reports/daily?date=2026-06-01&format=xlsx");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
        .isEqualTo(ReportFormats.XLSX.toString());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(3);
      Sheet units = book.getSheet("各单位指标");
      assertThat(units.getRow(0).getCell(0).getStringCellValue()).startsWith("信访工作日报告（2026-06-01）");
      Row headers = units.getRow(1);
      assertThat(headers.getCell(0).getStringCellValue()).isEqualTo("单位");
      assertThat(headers.getCell(1).getStringCellValue()).isEqualTo("收案");
      assertThat(units.getLastRowNum()).as("a row per unit").isGreaterThan(15);
      assertThat(book.getSheet("超期案件(截至生成时)").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("案件编号");
      assertThat(book.getSheet("督查督办和问责台账本期新增").getRow(1).getCell(4).getStringCellValue())
          .isEqualTo("环节");
    }

    refused("manager", "/api/reports/yearly", 404, "monthly（月督查）");
    refused("manager", "/api/reports/daily?format=pdf", 400, "报告格式");
    refused("manager", "/api/reports/daily?date=2026-13-01", 400, "日期格式");
    assertThat(DemoUser.of("housing-leader", port).get("/api/reports/daily?date=2026-06-01").body())
        .contains("住房和城乡建设局")
        .doesNotContain("公安分局", "您无权查阅问责台账", "Exception");
    // the petition bureau watches every unit's figures but not the accountability ledger
    assertThat(DemoUser.of("registrar", port).get("/api/reports/daily?date=2026-06-01").body())
        .contains("公安分局", "您无权查阅问责台账");
  }

  @Test
  void theMonthlyReportIsMailedToManagersOnTheFirstWorkingDayOnly() {
    mailedAt("2026-07-01T01:00:00Z"); // Wednesday 1 July, 09:00 in Beijing
    assertThat(subjects()).containsExactly("信访工作月督查报告（2026年6月）");
    assertThat(recipients()).contains("manager@demo.xinfang.local");

    mailedAt("2026-07-02T01:00:00Z");
    mailedAt("2026-10-01T01:00:00Z"); // 国庆节
    mailedAt("2026-10-07T01:00:00Z");
    assertThat(subjects()).hasSize(1);
    mailedAt("2026-10-08T01:00:00Z"); // the first working day after the holiday
    assertThat(subjects()).containsExactly("信访工作月督查报告（2026年6月）", "信访工作月督查报告（2026年9月）");
  }

  /** The engine's clock at {@code at}, and the daily timer of monthly-report fires. */
  private void mailedAt(String at) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(at)));
    Job timer =
        management.createJobQuery().processDefinitionKey("monthly-report").timers().singleResult();
    assertThat(timer).as("monthly-report waits on its daily timer").isNotNull();
    management.executeJob(timer.getId());
  }

  private List<String> subjects() {
    return runtime.createVariableInstanceQuery().variableName(MailVariables.SUBJECT).list().stream()
        .map(v -> String.valueOf(v.getValue()))
        .filter(s -> s.startsWith("信访工作月督查报告"))
        .sorted()
        .toList();
  }

  private List<String> recipients() {
    return runtime
        .createVariableInstanceQuery()
        .variableName(MailVariables.RECIPIENTS)
        .list()
        .stream()
        .map(v -> String.valueOf(v.getValue()))
        .toList();
  }

  private static JsonNode activity(JsonNode stalls, String id) {
    for (JsonNode a : stalls.get("activities")) {
      if (a.get("activityId").asText().equals(id)) {
        return a;
      }
    }
    throw new AssertionError("no figures for " + id);
  }

  private List<String> units(JsonNode answer) {
    List<String> units = new ArrayList<>();
    answer.get("units").forEach(u -> units.add(u.get("unit").asText()));
    return units;
  }

  private JsonNode ok(String user, String path) throws Exception {
    HttpResponse<String> answer = DemoUser.of(user, port).get(path);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json.readTree(answer.body());
  }

  private void refused(String user, String path, int status, String says) {
    HttpResponse<String> answer = DemoUser.of(user, port).get(path);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.body()).contains(says).doesNotContain("Exception", "ENGINE-");
  }

  private HttpResponse<byte[]> bytes(String user, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            DemoUser.of(user, port).request(path).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
