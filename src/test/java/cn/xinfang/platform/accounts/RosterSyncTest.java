package cn.xinfang.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.QueuedMails;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The officials' roster as an operator keeps it: accounts made in their groups with a mailed link
 * to set a password, bad lines reported by number and left out, nothing changed or mailed when the
 * file has not changed, edits applied, a move that leaves the old unit its open tasks, a person
 * removed disabled but kept, and a broken file applied not at all.
 */
class RosterSyncTest extends CaseTest {

  static final Path ROSTER = Path.of("src/test/resources/roster/officials.yaml");

  @LocalServerPort int port;
  @Autowired RosterSync roster;
  @Autowired JdbcClient jdbc;

  @Test
  void theRosterIsAppliedLineByLineAndKeptInStep() throws Exception {
    RosterSync.Report first = roster.synchronise(ROSTER);

    assertThat(first.read()).isTrue();
    assertThat(first.created()).isEqualTo(3);
    assertThat(first.linksMailed()).as("the directory's user gets no link").isEqualTo(2);
    assertThat(groups("zhang-wei")).containsExactly("police");
    assertThat(groups("li-na")).containsExactly("housing", "housing-leaders");
    assertThat(groups("wang-qiang")).containsExactly("petition-bureau", "registrars");
    assertThat(identity.createUserQuery().userId("zhang-wei").singleResult().getFirstName())
        .isEqualTo("张伟");
    assertThat(first.problems())
        .containsExactly(
            "第 6 行：单位编码 nowhere 不在组织机构中",
            "第 7 行：账号 zhang-wei 与第 3 行重复",
            "第 8 行：邮箱格式不正确",
            "第 9 行：角色 boss 不存在，应为 " + RosterRole.known() + "；手机号应为 11 位数字",
            "第 10 行：账号 registrar 是系统或管理员建立的账号，名单不能接管");
    assertThat(identity.createUserQuery().userIdIn("zhao-lei", "qian-jun", "sun-li").count())
        .isZero();
    // the demo registrar, untouched by the roster (it also holds the export right)
    assertThat(groups("registrar"))
        .containsExactly("personal-data-export", "petition-bureau", "registrars");
    assertThat(linksMailedTo("zhang-wei@gov.example.cn")).hasSize(1);
    assertThat(linksMailedTo("wang-qiang@gov.example.cn")).isEmpty();
    // nobody can sign in before setting a password through the link
    assertThat(identity.checkPassword("zhang-wei", "demo")).isFalse();

    RosterSync.Report again = roster.synchronise(ROSTER);
    assertThat(List.of(again.created(), again.updated(), again.disabled(), again.linksMailed()))
        .as("the same file changes nothing and mails no one")
        .containsOnly(0);
    assertThat(linksMailedTo("zhang-wei@gov.example.cn")).hasSize(1);

    // 张伟 took a 签收 task of 公安分局 before he moves to the court
    String caseNo = flow.register(Petitions.claim(986).build()).caseNo();
    flow.forward(caseNo, "由公安分局承办", "police");
    Task signFor = desk.visibleTask("police-official", caseNo, "Task_SignFor");
    tasks.claim(signFor.getId(), "zhang-wei");

    RosterSync.Report edited =
        roster.synchronise(Path.of("src/test/resources/roster/officials-edited.yaml"));
    assertThat(edited.problems()).isEmpty();
    assertThat(List.of(edited.created(), edited.updated(), edited.disabled()))
        .containsExactly(0, 2, 1);
    assertThat(groups("zhang-wei")).containsExactly("court");
    assertThat(tasks.createTaskQuery().taskId(signFor.getId()).singleResult().getAssignee())
        .as("the old unit keeps his open task")
        .isNull();
    assertThat(desk.countVisible("police-official", caseNo, "Task_SignFor")).isEqualTo(1);
    assertThat(identity.createUserQuery().userId("li-na").singleResult().getEmail())
        .isEqualTo("lina@gov.example.cn");
    assertThat(identity.createUserQuery().userId("wang-qiang").count())
        .as("disabled, not deleted: his history stays attributed")
        .isEqualTo(1);
    assertThat(groups("wang-qiang")).isEmpty();
    assertThat(status("wang-qiang")).isEqualTo("DISABLED");

    RosterSync.Report broken = roster.synchronise(Path.of("src/test/resources/roster/broken.yaml"));
    assertThat(broken.read()).isFalse();
    assertThat(broken.problems().get(0)).contains("无法读取人员名单", "名单未应用");
    assertThat(groups("zhang-wei")).as("a broken file disables no one").containsExactly("court");

    RosterSync.Report back = roster.synchronise(ROSTER);
    assertThat(status("wang-qiang")).isEqualTo("ACTIVE");
    assertThat(groups("wang-qiang")).containsExactly("petition-bureau", "registrars");
    assertThat(back.linksMailed()).as("the directory's user is back without a link").isZero();

    HttpResponse<String> report = DemoUser.of("admin", port).get("/api/admin/roster");
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.body()).contains("第 6 行：单位编码 nowhere 不在组织机构中").doesNotContain("not-a-mail");
    assertThat(DemoUser.of("manager", port).get("/api/admin/roster").statusCode()).isEqualTo(403);
  }

  @Test
  void aCsvExportedFromExcelIsReadLikeTheYaml() {
    RosterSync.Report csv = roster.synchronise(Path.of("src/test/resources/roster/officials.csv"));

    assertThat(csv.created()).isEqualTo(1);
    assertThat(groups("chen-jie")).containsExactly("justice", "justice-leaders");
    assertThat(csv.problems()).containsExactly("第 3 行：单位编码 nowhere 不在组织机构中");
  }

  @Test
  void theOneTimeLinkSetsAPasswordThatPassesThePolicyOnce() throws Exception {
    roster.synchronise(Path.of("src/test/resources/roster/officials-link.yaml"));
    String body = linksMailedTo("zhou-li@gov.example.cn").get(0);
    String token = body.substring(body.indexOf("token=") + 6).split("\\s")[0];

    assertThat(setPassword(token, "short").body()).contains("至少 10 个字符");
    assertThat(setPassword(token, "Zhou-li#2026abc").body()).contains("不能包含账号、姓名或邮箱");
    assertThat(setPassword("forged-token", "Xinfang#2026ok").body()).contains("链接无效");
    HttpResponse<String> ok = setPassword(token, "Xinfang#2026ok");
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    assertThat(identity.checkPassword("zhou-li", "Xinfang#2026ok")).isTrue();
    HttpResponse<String> twice = setPassword(token, "Another#2026ok");
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(twice.body()).contains("链接无效、已使用或已过期").doesNotContain("Exception");
    assertThat(identity.checkPassword("zhou-li", "Xinfang#2026ok")).isTrue();
    HttpResponse<String> signedIn =
        DemoUser.of("zhou-li", port)
            .send(
                java.net.http.HttpRequest.newBuilder(
                        DemoUser.of("zhou-li", port).uri("/engine-rest/user/zhou-li/profile"))
                    .header(
                        "Authorization",
                        "Basic "
                            + java.util.Base64.getEncoder()
                                .encodeToString(
                                    "zhou-li:Xinfang#2026ok"
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    assertThat(signedIn.statusCode()).as("signs in with the password set").isEqualTo(200);
    assertThat(signedIn.body()).contains("周莉");
    assertThat(
            java.net.http.HttpClient.newHttpClient()
                .send(
                    java.net.http.HttpRequest.newBuilder(
                            DemoUser.of("zhou-li", port).uri("/account/password?token=" + token))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body())
        .contains("设置密码");
  }

  @Test
  void signInsFailuresAndAccountChangesAreAuditedForAdministrators() throws Exception {
    roster.synchronise(Path.of("src/test/resources/roster/officials-audit.yaml"));
    assertThat(DemoUser.of("registrar", port).loginTo("tasklist")).isEqualTo(200);
    assertThat(DemoUser.of("no-such-person", port).loginTo("cockpit")).isIn(401, 403);
    assertThat(DemoUser.of("wu-gang", port).get("/api/kpi/overdue").statusCode()).isEqualTo(401);

    HttpResponse<String> answer = DemoUser.of("admin", port).get("/api/admin/audit");
    assertThat(answer.statusCode()).isEqualTo(200);
    com.fasterxml.jackson.databind.JsonNode entries =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body()).get("entries");
    List<String> seen = new java.util.ArrayList<>();
    entries.forEach(
        e ->
            seen.add(
                e.get("event").asText()
                    + " "
                    + e.get("account").asText()
                    + " "
                    + (e.get("remote").isNull() ? "-" : "remote")));
    assertThat(seen)
        .contains(
            "ACCOUNT_CREATED wu-gang -",
            "LOGIN registrar remote",
            "LOGIN_FAILED no-such-person remote",
            "API_LOGIN_FAILED wu-gang remote");
    assertThat(answer.body()).doesNotContain("\"demo\"", "password=");
    assertThat(DemoUser.of("manager", port).get("/api/admin/audit").statusCode()).isEqualTo(403);
  }

  private HttpResponse<String> setPassword(String token, String password) {
    return setPassword(port, token, password);
  }

  /** What the page behind the mailed link posts. */
  static HttpResponse<String> setPassword(int port, String token, String password) {
    return DemoUser.of("nobody", port)
        .send(
            java.net.http.HttpRequest.newBuilder(
                    DemoUser.of("nobody", port).uri("/api/public/accounts/password"))
                .header("Content-Type", "application/json")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}")));
  }

  private List<String> groups(String user) {
    return identity.createGroupQuery().groupMember(user).orderByGroupId().asc().list().stream()
        .map(Group::getId)
        .toList();
  }

  private String status(String account) {
    return jdbc.sql("select status from official_account where account = ?")
        .param(account)
        .query(String.class)
        .single();
  }

  /** The bodies of the mails queued to this address (the mail-delivery process's variables). */
  private List<String> linksMailedTo(String address) {
    return QueuedMails.bodiesTo(runtime, address).stream()
        .filter(b -> b.contains("/account/password?token="))
        .toList();
  }
}
