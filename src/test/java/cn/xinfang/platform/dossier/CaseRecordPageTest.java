package cn.xinfang.platform.dossier;

import static cn.xinfang.platform.handling.HandlingVariables.APPROVE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.casefile.CaseView;
import cn.xinfang.platform.deadline.CaseTimers;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.supervision.LedgerRung;
import cn.xinfang.platform.supervision.NewLedgerEntry;
import cn.xinfang.platform.supervision.SupervisionLedger;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.DemoUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 案件完整记录: one printable page per case, running or closed, opened from every task form and from
 * Cockpit with the webapp session, for whoever may read the case and for nobody else.
 */
class CaseRecordPageTest extends CaseTest {

  /** Tuesday 2026-09-01 09:30 in Beijing. */
  private static final Instant REGISTERED = Instant.parse("2026-09-01T01:30:00Z");

  private static final String HR_OFFICIAL = "人力资源和社会保障局承办人（human-resources-official）";
  private static final String HR_LEADER = "人力资源和社会保障局领导（human-resources-leader）";
  private static final String HOUSING_OFFICIAL = "住房和城乡建设局承办人（housing-official）";
  private static final String REGISTRAR = "信访局登记员（registrar）";

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired SupervisionLedger ledger;

  private Instant now = REGISTERED;
  private final Set<String> formsSeen = new TreeSet<>();

  @Test
  void aRunningCaseShowsItsHeadUnitsDatesOpenStepsRecordAndNotices() throws Exception {
    ClockUtil.setCurrentTime(Date.from(REGISTERED));
    Registration r = flow.register(Petitions.claim(811).build());
    later();
    flow.forward(r.caseNo(), null, "human-resources");
    later();
    flow.signFor("human-resources", r.caseNo());
    CaseView.Unit part = unit(r.caseNo(), "human-resources");

    HttpResponse<String> page = as("registrar").get(recordOf(r.caseNo()));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
    String html = saved("running", page.body());
    assertThat(html).contains("<h1>案件完整记录</h1>", "@page { size: A4;", "@media print");
    assertThat(row(head(html), "案件状态")).contains("责任单位办理中", "流转中");
    assertThat(row(head(html), "信访渠道")).contains("走访", "申诉求决类");
    assertThat(row(head(html), "事项类型")).contains("拖欠工资");
    // registered 01:30 UTC: the page speaks Beijing time
    assertThat(row(head(html), "登记时间")).contains("2026-09-01 09:30", REGISTRAR);
    assertThat(row(head(html), "信访内容")).contains("某建筑公司拖欠工资三个月");
    assertThat(row(petitioners(html), "王811")).contains(Petitions.idNumber(811), "13900001111");
    assertThat(row(units(html), "人力资源和社会保障局（牵头）"))
        .contains("第 1 次", "办理中", "2026-09-01 09:31")
        .contains(part.acceptDeadline().toString(), part.objectionDeadline().toString())
        .contains(part.handlingDeadline().toString());
    assertThat(row(steps(html), "登记受理")).contains("已完成", REGISTRAR, "2026-09-01 09:31");
    assertThat(row(steps(html), ">签收</td>"))
        .contains("已完成", HR_OFFICIAL, "人力资源和社会保障局", "2026-09-01 09:32");
    assertThat(row(steps(html), "办理并拟写答复意见"))
        .contains("待办理", "未认领", part.handlingDeadline().toString());
    assertThat(row(ledger(html), "交办责任单位")).contains("2026-09-01 09:31", REGISTRAR);
    CaseView.Notice acceptance = notice(r.caseNo(), "ACCEPTANCE");
    assertThat(row(papers(html), "《受理告知书》"))
        .contains("href=\"" + acceptance.url() + "\"", "待送达", HR_OFFICIAL);
    assertThat(html).as("no supervision, no section").doesNotContain("督查督办与问责");
  }

  @Test
  void aSupervisedCaseShowsItsAccountabilityRowsToThoseWhoReadTheLedger() throws Exception {
    ClockUtil.setCurrentTime(Date.from(REGISTERED));
    Registration r = flow.register(Petitions.claim(815).build());
    flow.forward(r.caseNo(), null, "human-resources");
    later();
    appendToLedger(r.caseNo(), CaseRecord.SYSTEM, LedgerRung.TRIGGERED, null, "办理期限届满", null);
    later();
    appendToLedger(r.caseNo(), "supervisor", LedgerRung.NOTICE, null, "签发《督办函》，\n要求十日内答复", 4242L);
    later();
    appendToLedger(r.caseNo(), "supervisor", LedgerRung.PROPOSAL, "第四十五条", "建议诫勉", 4243L);
    appendToLedger("XF-OTHER-815", "supervisor", LedgerRung.TALK, null, "另一案件的约谈", null);

    String html = saved("supervised", as("supervisor").get(recordOf(r.caseNo())).body());

    String supervision = section(html, "七、督查督办与问责");
    assertThat(row(supervision, "立案督办"))
        .contains("2026-09-01 09:31", "人力资源和社会保障局", "办理超期", CaseRecord.SYSTEM, "办理期限届满")
        .doesNotContain("<a");
    assertThat(row(supervision, ">督办函</td>"))
        .contains("2026-09-01 09:32", "督查室督查员（supervisor）", "签发《督办函》，\n要求十日内答复")
        .contains("<a class=\"document\" href=\"/api/supervision/documents/4242\"");
    assertThat(row(supervision, "问责建议"))
        .contains("第四十五条", "建议诫勉", "href=\"/api/supervision/documents/4243\"");
    assertThat(supervision).doesNotContain("另一案件的约谈");
    assertThat(html).contains("a.document { display: none; }");

    assertThat(section(as("human-resources-leader").get(recordOf(r.caseNo())).body(), "七、督查督办与问责"))
        .contains("立案督办", "督办函", "问责建议");
    assertThat(as("human-resources-official").get(recordOf(r.caseNo())).body())
        .as("the ledger is for the unit's leaders, not its officials")
        .contains("<h1>案件完整记录</h1>")
        .doesNotContain("督查督办与问责", "建议诫勉");
    assertThat(as("registrar").get(recordOf(r.caseNo())).body())
        .contains("<h1>案件完整记录</h1>")
        .doesNotContain("督查督办与问责");
  }

  @Test
  void aClosedCaseKeepsEveryStepWithWhoAndWhenAndEveryFormLinksToIt() throws Exception {
    ClockUtil.setCurrentTime(Date.from(REGISTERED));
    Registration r = flow.register(Petitions.claim(812).build());
    String caseNo = r.caseNo();
    formsOpenAt(caseNo);
    later();
    flow.forward(caseNo, "涉及住房问题，请住建局协同办理", "human-resources", "housing");
    formsOpenAt(caseNo);
    later();
    flow.object("housing", caseNo);
    formsOpenAt(caseNo);
    later();
    flow.refuseObjection(caseNo);
    later();
    flow.signFor("housing", caseNo);
    formsOpenAt(caseNo);
    later();
    flow.handle("housing", caseNo);
    formsOpenAt(caseNo);
    later();
    flow.leaderDecides("housing", caseNo, APPROVE);
    later();
    flow.signFor("human-resources", caseNo);
    later();
    flow.requestExtension("human-resources", caseNo, 10);
    formsOpenAt(caseNo);
    later();
    flow.approveExtension("human-resources", caseNo);
    later();
    flow.handle("human-resources", caseNo);
    later();
    flow.leaderDecides("human-resources", caseNo, APPROVE);
    formsOpenAt(caseNo);
    later();
    flow.consolidate("human-resources", caseNo);
    formsOpenAt(caseNo);
    later();
    flow.leaderDecidesReply("human-resources", caseNo, APPROVE);
    later();
    CaseView.Notice reply = notice(caseNo, "REPLY");
    flow.deliver("human-resources-official", caseNo, reply.id(), "IN_PERSON", "2026-09-01");
    formsOpenAt(caseNo);
    desk.complete(
        "human-resources-official",
        caseNo,
        "Task_FollowUp",
        java.util.Map.of("satisfaction", "SATISFIED", "followUpWay", "PHONE"));
    // no review asked within 30 days of delivery: the case is closed
    new CaseTimers(management, runtime).fire(caseNo, "Catch_WindowClosed");

    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processInstanceId(r.processInstanceId())
                .singleResult()
                .getEndTime())
        .as("the petition has ended")
        .isNotNull();
    assertThat(formsSeen)
        .as("every task form of a case was opened and links to the record")
        .isEqualTo(taskFormsOfCases());

    String html = saved("closed", as("supervisor").get(recordOf(caseNo)).body());
    assertThat(row(head(html), "案件状态")).contains("已办结", "已结束（2026-10-01 ");
    assertThat(row(steps(html), "审核退回申请")).contains("已完成", REGISTRAR);
    assertThat(rows(steps(html), ">签收</td>"))
        .anySatisfy(s -> assertThat(s).contains("住房和城乡建设局", HOUSING_OFFICIAL));
    assertThat(row(steps(html), "审批延期申请")).contains("已完成", HR_LEADER);
    assertThat(row(steps(html), "审批答复意见书")).contains("已完成", HR_LEADER);
    assertThat(row(steps(html), "汇总答复意见书")).contains("已完成", HR_OFFICIAL);
    assertThat(rows(steps(html), ">送达文书</td>"))
        .anySatisfy(s -> assertThat(s).contains("已完成", HR_OFFICIAL))
        .anySatisfy(s -> assertThat(s).contains("待办理", "未认领"));
    assertThat(row(ledger(html), ">申请退回</td>")).contains(HOUSING_OFFICIAL, "住房和城乡建设局");
    assertThat(row(ledger(html), ">不同意退回</td>")).contains(REGISTRAR);
    assertThat(row(ledger(html), ">批准延期</td>")).contains(HR_LEADER);
    assertThat(row(units(html), "<td>住房和城乡建设局</td>")).contains("申请退回 1 次");
    assertThat(row(units(html), "人力资源和社会保障局（牵头）")).contains("已延期 10 日", "本单位已办结");
    assertThat(row(papers(html), "《答复意见书》"))
        .contains("已送达", "2026-09-01 当面送达（送达人：" + HR_OFFICIAL + "）");
    assertThat(row(papers(html), "《延期告知书》")).contains("待送达");
    // a supervisor does not handle the case: the ID number masked as in GET /api/petitions/{caseNo}
    assertThat(html).doesNotContain(Petitions.idNumber(812), "13900001111");
    String masked =
        json.readTree(as("supervisor").get("/api/petitions/" + caseNo).body())
            .get("petitioners")
            .get(0)
            .get("idNumber")
            .asText();
    assertThat(masked).contains("****");
    assertThat(row(petitioners(html), "王812")).contains(masked);
    assertThat(as("registrar").get(recordOf(caseNo)).body()).contains(Petitions.idNumber(812));
  }

  @Test
  void aReaderWhoMayNotReadTheCaseFindsItAsAbsentAsACaseThatDoesNotExist() throws Exception {
    Registration r = flow.register(Petitions.claim(813).build());
    flow.forward(r.caseNo(), null, "human-resources");

    HttpResponse<String> uninvolved = as("police-official").get(recordOf(r.caseNo()));
    HttpResponse<String> noSuchCase = as("police-official").get(recordOf("XF-1999-000001"));
    HttpResponse<String> viaApi = as("police-official").get("/api/petitions/" + r.caseNo());

    assertThat(uninvolved.statusCode()).isEqualTo(noSuchCase.statusCode()).isEqualTo(404);
    assertThat(withoutCorrelation(uninvolved))
        .isEqualTo(withoutCorrelation(viaApi))
        .isEqualTo(withoutCorrelation(noSuchCase).replace("XF-1999-000001", r.caseNo()));
    assertThat(uninvolved.body()).doesNotContain("王813", "案件完整记录");
    assertThat(as("human-resources-official").get(recordOf(r.caseNo())).statusCode())
        .isEqualTo(200);
  }

  @Test
  void theLinkInATaskFormOpensWithTheWebappSessionWithoutASecondLogin() {
    Registration r = flow.register(Petitions.claim(814).build());
    flow.forward(r.caseNo(), null, "human-resources");

    HttpResponse<String> page =
        DemoUser.of("human-resources-official", port)
            .browserIn("tasklist")
            .get(recordOf(r.caseNo()));
    HttpResponse<String> anonymous =
        DemoUser.of("nobody", port)
            .send(
                java.net.http.HttpRequest.newBuilder(
                        DemoUser.of("nobody", port).uri(recordOf(r.caseNo())))
                    .GET());

    assertThat(page.statusCode()).isEqualTo(200);
    // a handling unit sees the ID number in full, as in GET /api/petitions/{caseNo}
    assertThat(page.body()).contains("<h1>案件完整记录</h1>", r.caseNo(), Petitions.idNumber(814));
    assertThat(anonymous.statusCode()).isEqualTo(401);
  }

  @Test
  void cockpitServesThePluginThatOpensTheRecord() {
    DemoUser manager = DemoUser.of("manager", port);
    var cockpit = manager.browserIn("cockpit");

    HttpResponse<String> config = cockpit.get("/camunda/app/cockpit/scripts/config.js");
    HttpResponse<String> plugin = cockpit.get("/camunda/app/cockpit/scripts/case-record.js");

    assertThat(config.body()).containsPattern("customScripts: \\[[^\\]]*'scripts/case-record'");
    assertThat(plugin.statusCode()).isEqualTo(200);
    assertThat(plugin.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
    assertThat(plugin.body())
        .contains("pluginPoint: 'cockpit.processInstance.runtime.action'")
        .contains("pluginPoint: 'cockpit.processInstance.runtime.tab'")
        .contains("pluginPoint: 'cockpit.dashboard'")
        .contains("'/api/petitions/' + encodeURIComponent(caseNo) + '/record'")
        .contains("案件完整记录", "案件查询")
        .contains("export default [processInstanceAction, processInstanceTab, dashboardSearch]");
  }

  /**
   * Every open task of the case as Tasklist shows it: its deployed form starts with the hint to 认领
   * first and the link to the record, and the link's {@code caseNo} is one of the task's variables,
   * so it opens this case's record.
   */
  private void formsOpenAt(String caseNo) throws IOException {
    for (Task task : desk.openTasks(caseNo)) {
      DemoUser admin = DemoUser.of("admin", port);
      JsonNode form =
          json.readTree(admin.get("/engine-rest/task/" + task.getId() + "/deployed-form").body());
      JsonNode header = form.get("components").get(0);
      assertThat(header.get("type").asText()).isEqualTo("text");
      assertThat(header.get("text").asText())
          .as(form.get("id").asText())
          .contains("请先点击任务右上角的「认领」", "认领后才能填写")
          .contains(
              "<a href=\"/api/petitions/{{caseNo}}/record\" target=\"_blank\">查看案件完整记录（可打印）</a>")
          .doesNotContain("签收");
      JsonNode variables =
          json.readTree(admin.get("/engine-rest/task/" + task.getId() + "/form-variables").body());
      assertThat(variables.get("caseNo").get("value").asText()).isEqualTo(caseNo);
      formsSeen.add(form.get("id").asText());
    }
  }

  /**
   * The forms in forms/ a case's task shows: all but the start form and the inquiry's (no case).
   * Supervision's and ownership's forms belong to processes of their own beside the case ({@code
   * SupervisionFormsTest}, {@code OwnershipProcessTest}).
   */
  private static Set<String> taskFormsOfCases() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      Set<String> ids = new TreeSet<>();
      files
          .map(f -> f.getFileName().toString().replace(".form", ""))
          .filter(id -> !id.equals("petition-registration") && !id.startsWith("inquiry-"))
          .filter(id -> !id.startsWith("supervision-") && !id.startsWith("ownership-"))
          // review and re-examination are walked through in AftercareProcessTest
          .filter(id -> !id.startsWith("review-") && !id.equals("rehandle-reply"))
          .filter(id -> !id.startsWith("hotline-") && !id.startsWith("five-chiefs-"))
          .filter(id -> !id.startsWith("proxy-") && !id.startsWith("grid-"))
          .forEach(ids::add);
      return ids;
    }
  }

  private void appendToLedger(
      String caseNo, String actor, LedgerRung rung, String article, String text, Long document) {
    ledger.append(
        new NewLedgerEntry(
            actor, caseNo, "human-resources", null, rung, "办理超期", article, text, document));
  }

  /** Kept under target/ to look at: the page as its reader got it. */
  private static String saved(String name, String html) throws IOException {
    Files.createDirectories(Path.of("target", "case-record"));
    Files.writeString(Path.of("target", "case-record", name + ".html"), html);
    return html;
  }

  private void later() {
    now = now.plusSeconds(60);
    ClockUtil.setCurrentTime(Date.from(now));
  }

  private String withoutCorrelation(HttpResponse<String> response) throws IOException {
    ObjectNode problem = (ObjectNode) json.readTree(response.body());
    problem.remove("correlationId");
    problem.remove("instance");
    return problem.toString();
  }

  private static String head(String html) {
    return section(html, "一、案件概况");
  }

  private static String petitioners(String html) {
    return section(html, "二、信访人");
  }

  private static String units(String html) {
    return section(html, "三、责任单位与法定期限");
  }

  private static String steps(String html) {
    return section(html, "四、办理步骤");
  }

  private static String ledger(String html) {
    return section(html, "五、流转记录");
  }

  private static String papers(String html) {
    return section(html, "六、文书及送达");
  }

  /** The page from the heading {@code title} to the next heading. */
  private static String section(String html, String title) {
    int start = html.indexOf("<h2>" + title);
    assertThat(start).as("section %s", title).isNotNegative();
    int end = html.indexOf("<h2>", start + 1);
    return end < 0 ? html.substring(start) : html.substring(start, end);
  }

  private static String recordOf(String caseNo) {
    return "/api/petitions/" + caseNo + "/record";
  }

  /** The one table row containing all {@code parts}, as its HTML. */
  private static String row(String html, String... parts) {
    List<String> found =
        rows(html, parts[0]).stream().filter(r -> Stream.of(parts).allMatch(r::contains)).toList();
    assertThat(found).as("rows with %s", List.of(parts)).hasSize(1);
    return found.get(0);
  }

  private static List<String> rows(String html, String part) {
    Matcher rows = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(html);
    List<String> found = new java.util.ArrayList<>();
    while (rows.find()) {
      if (rows.group(1).contains(part)) {
        found.add(rows.group(1));
      }
    }
    return found;
  }

  private DemoUser as(String user) {
    return DemoUser.of(user, port);
  }
}
