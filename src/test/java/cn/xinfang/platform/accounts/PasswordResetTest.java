package cn.xinfang.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xinfang.platform.support.Browser;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.QueuedMails;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Passwords the platform keeps: the engine's policy holds for every password set (Admin, REST, the
 * one-time link), and an administrator's reset voids the old password and mails a link, from Admin
 * (the webapp session with its anti-forgery token) or the API.
 */
class PasswordResetTest extends CaseTest {

  static final String PERSON = "reset-person";
  static final String OLD = "Harbour-lights#7";

  @LocalServerPort int port;
  @Autowired RosterSync rosterSync;

  @AfterEach
  void removeThePerson() {
    identity.deleteUser(PERSON);
    identity.deleteUser("no-mail-person");
  }

  @Test
  void theEnginesPolicyRefusesWeakAndCommonPasswords() {
    User weak = identity.newUser("weak-person");
    weak.setPassword("demo");
    assertThatThrownBy(() -> identity.saveUser(weak)).isInstanceOf(ProcessEngineException.class);
    User common = identity.newUser("weak-person");
    common.setPassword("P@ssw0rd-2026!");
    assertThatThrownBy(() -> identity.saveUser(common)).isInstanceOf(ProcessEngineException.class);
    assertThat(identity.createUserQuery().userId("weak-person").count()).isZero();

    // what Admin and the profile page show beside the password field
    HttpResponse<String> policy =
        DemoUser.of("admin", port).get("/engine-rest/identity/password-policy");
    assertThat(policy.statusCode()).isEqualTo(200);
    assertThat(policy.body()).contains("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_COMMON");
    assertThat(DemoUser.of("nobody", port).get("/api/public/sso").body())
        .as("no unified login button without the profile sso")
        .contains("\"enabled\":false");
  }

  @Test
  void anAdministratorResetsFromAdminAndThePersonSetsANewPasswordThroughTheLink() {
    person(PERSON, "reset-person@gov.example.cn");
    assertThat(identity.checkPassword(PERSON, OLD)).isTrue();

    Browser admin = DemoUser.of("admin", port).browserIn("admin");
    HttpResponse<String> withoutToken =
        admin.send(
            HttpRequest.newBuilder(
                    DemoUser.of("admin", port)
                        .uri("/api/admin/accounts/" + PERSON + "/password-reset"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(withoutToken.statusCode())
        .as("the session alone, as another site's form would send it")
        .isEqualTo(401);
    assertThat(identity.checkPassword(PERSON, OLD)).isTrue();

    HttpResponse<String> reset =
        admin.postJson("/api/admin/accounts/" + PERSON + "/password-reset", "");
    assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
    assertThat(reset.body())
        .contains("原密码已失效", "r***@gov.example.cn")
        .doesNotContain("reset-person@");
    assertThat(identity.checkPassword(PERSON, OLD)).as("the old password is void").isFalse();

    List<String> mails = linksMailedTo("reset-person@gov.example.cn");
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0)).contains("系统管理员重置");
    String token = tokenIn(mails.get(0));
    assertThat(setPassword(token, "P@ssw0rd-2026!").body()).contains("不能是常见密码");
    HttpResponse<String> set = setPassword(token, "Quiet-river#42x");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(identity.checkPassword(PERSON, "Quiet-river#42x")).isTrue();

    HttpResponse<String> audit =
        DemoUser.of("admin", port).get("/api/admin/audit?account=" + PERSON);
    assertThat(audit.body()).contains("PASSWORD_RESET", "PASSWORD_SET", "\"actor\":\"admin\"");
  }

  @Test
  void accountChangesMadeByHandInAdminOrThroughRestAreAudited() {
    DemoUser admin = DemoUser.of("admin", port);
    HttpResponse<String> weak =
        admin.postJson(
            "/engine-rest/user/create",
            "{\"profile\":{\"id\":\""
                + PERSON
                + "\",\"firstName\":\"测试\",\"lastName\":\"人员\"},"
                + "\"credentials\":{\"password\":\"Password123!\"}}");
    assertThat(weak.statusCode()).as("a common password is refused").isGreaterThanOrEqualTo(400);
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(weak.body()).contains("密码不符合密码规则", "不能是常见密码").doesNotContain("ENGINE", "policy");
    assertThat(identity.createUserQuery().userId(PERSON).count()).isZero();

    HttpResponse<String> created =
        admin.postJson(
            "/engine-rest/user/create",
            "{\"profile\":{\"id\":\""
                + PERSON
                + "\",\"firstName\":\"测试\",\"lastName\":\"人员\"},"
                + "\"credentials\":{\"password\":\""
                + OLD
                + "\"}}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
    Browser inAdmin = admin.browserIn("admin");
    assertThat(
            inAdmin
                .putJson("/camunda/api/engine/engine/default/group/police/members/" + PERSON, "")
                .statusCode())
        .isEqualTo(204);
    assertThat(
            admin
                .send(admin.request("/engine-rest/group/police/members/" + PERSON).DELETE())
                .statusCode())
        .isEqualTo(204);

    HttpResponse<String> audit = admin.get("/api/admin/audit?account=" + PERSON);
    assertThat(audit.body())
        .contains("ACCOUNT_CREATED", "系统管理中新建", "系统管理中加入组 police", "系统管理中移出组 police")
        .contains("\"actor\":\"admin\"")
        .doesNotContain(OLD, "Password123!");
    assertThat(audit.body().split("ACCOUNT_CREATED", -1))
        .as("the refused one is not recorded")
        .hasSize(2);
  }

  @Test
  void onlyAdministratorsResetAndOnlyAccountsWhosePasswordThePlatformKeeps() throws Exception {
    person(PERSON, "reset-person@gov.example.cn");
    person("no-mail-person", null);

    HttpResponse<String> byManager = reset(DemoUser.of("manager", port), PERSON);
    assertThat(byManager.statusCode()).isEqualTo(403);
    assertThat(byManager.body()).contains("只有系统管理员可以重置密码");
    assertThat(identity.checkPassword(PERSON, OLD)).isTrue();

    DemoUser admin = DemoUser.of("admin", port);
    assertThat(reset(admin, "nobody-here").statusCode()).isEqualTo(404);
    HttpResponse<String> noMail = reset(admin, "no-mail-person");
    assertThat(noMail.statusCode()).isEqualTo(400);
    assertThat(noMail.body()).contains("没有邮箱");
    assertThat(identity.checkPassword("no-mail-person", OLD))
        .as("nothing changed without a way to tell the person")
        .isTrue();

    // the roster says dir-person signs in through the directory: no password here to reset
    rosterSync.synchronise(Path.of("src/test/resources/roster/officials-reset.yaml"));
    HttpResponse<String> directory = reset(admin, "dir-person");
    assertThat(directory.statusCode()).isEqualTo(400);
    assertThat(directory.body()).contains("通过政务目录登录");
  }

  private void person(String id, String mail) {
    User user = identity.newUser(id);
    user.setFirstName("测试");
    user.setLastName("人员");
    user.setEmail(mail);
    user.setPassword(OLD);
    identity.saveUser(user);
  }

  private HttpResponse<String> reset(DemoUser who, String account) {
    return who.postJson("/api/admin/accounts/" + account + "/password-reset", "");
  }

  private HttpResponse<String> setPassword(String token, String password) {
    return RosterSyncTest.setPassword(port, token, password);
  }

  private static String tokenIn(String body) {
    return body.substring(body.indexOf("token=") + 6).split("\\s")[0];
  }

  private List<String> linksMailedTo(String address) {
    return QueuedMails.bodiesTo(runtime, address);
  }
}
