package cn.xinfang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.PetitionRegistry;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.CaseFlow;
import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.Desk;
import cn.xinfang.platform.support.IdentityProvider;
import cn.xinfang.platform.support.SsoPlatformTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The profile {@code sso} against a real OpenID provider (Spring Authorization Server, started
 * here): an official signs in there and arrives in Tasklist with their unit's group and its tasks
 * only; a bearer token of another unit sees nothing of this unit; an expired or forged token is
 * refused; the administrators' own login page still works.
 */
@SsoPlatformTest
class SsoLoginTest {

  static IdentityProvider provider;

  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired ProcessEngine engine;
  @Autowired PetitionRegistry registry;

  @DynamicPropertySource
  static void theProvider(DynamicPropertyRegistry properties) throws Exception {
    provider = IdentityProvider.startFor(properties);
  }

  @AfterAll
  static void stopTheProvider() {
    provider.close();
  }

  @Test
  void anOfficialSignsInAtTheProviderAndSeesTheirUnitsTasksInTasklist() throws Exception {
    var toPolice = forwarded(989, "police");
    forwarded(990, "housing");

    assertThat(get(browser(), "/api/public/sso").body()).contains("\"enabled\":true");
    HttpClient browser = browser();
    HttpResponse<String> arrived = signIn(browser, "sso-police");
    assertThat(arrived.uri().getPath()).isEqualTo("/camunda/app/tasklist/default/");

    assertThat(identity.createUserQuery().userId("sso-police").singleResult().getFirstName())
        .isEqualTo("李警官");
    assertThat(
            identity.createGroupQuery().groupMember("sso-police").list().stream()
                .map(Group::getId)
                .toList())
        .containsExactly("police");
    HttpResponse<String> who = get(browser, "/camunda/api/admin/auth/user/default");
    assertThat(who.body()).contains("\"userId\":\"sso-police\"", "tasklist");
    HttpResponse<String> seen =
        get(browser, "/camunda/api/engine/engine/default/task?maxResults=100");
    assertThat(seen.statusCode()).isEqualTo(200);
    assertThat(seen.body()).contains(taskIds("police")).doesNotContain(taskIds("housing"));
    assertThat(identity.checkPassword("sso-police", IdentityProvider.PASSWORD))
        .as("the platform keeps no password for the unified login's accounts")
        .isFalse();

    // a person whose unit the organisation does not have is refused, in Chinese
    HttpResponse<String> stranger = signIn(browser(), "sso-stranger");
    assertThat(stranger.statusCode()).isEqualTo(403);
    assertThat(stranger.body()).contains("单位 nowhere 不在组织机构中");

    assertThat(DemoUser.of("admin", IdentityProvider.platformPort()).loginTo("admin"))
        .as("the platform's own login page stays for administrators")
        .isEqualTo(200);
  }

  @Test
  void bearerTokensSeeTheirUnitOnlyAndExpiredOrForgedOnesAreRefused() throws Exception {
    var toPolice = forwarded(991, "police");
    var toHousing = forwarded(992, "housing");

    Map<String, Object> housingOfficial = new HashMap<>(IdentityProvider.person("sso-police"));
    housingOfficial.put("preferred_username", "sso-housing");
    housingOfficial.put("unit", "housing");
    String housing = provider.token(housingOfficial, Instant.now(), Duration.ofMinutes(10));

    HttpResponse<String> housingTasks = bearer(housing, "/engine-rest/task?maxResults=100");
    assertThat(housingTasks.statusCode()).isEqualTo(200);
    assertThat(housingTasks.body()).contains(taskIds("housing")).doesNotContain(taskIds("police"));
    HttpResponse<String> policeCase = bearer(housing, "/api/petitions/" + toPolice.caseNo());
    assertThat(policeCase.statusCode()).as("another unit's case").isIn(403, 404);
    assertThat(bearer(housing, "/api/petitions/" + toHousing.caseNo()).statusCode()).isEqualTo(200);

    String expired =
        provider.token(
            IdentityProvider.person("sso-police"),
            Instant.now().minus(Duration.ofHours(2)),
            Duration.ofMinutes(10));
    HttpResponse<String> late = bearer(expired, "/engine-rest/task");
    assertThat(late.statusCode()).isEqualTo(401);
    assertThat(late.body()).contains("未登录").doesNotContain("Jwt", "Exception", "expired");
    assertThat(bearer(expired, "/api/petitions/" + toPolice.caseNo()).statusCode()).isEqualTo(401);
    assertThat(
            bearer(provider.forged(IdentityProvider.person("sso-police")), "/engine-rest/task")
                .statusCode())
        .isEqualTo(401);

    Map<String, Object> nowhere = new HashMap<>(housingOfficial);
    nowhere.put("unit", "nowhere");
    assertThat(
            bearer(
                    provider.token(nowhere, Instant.now(), Duration.ofMinutes(10)),
                    "/engine-rest/task")
                .statusCode())
        .as("a unit the organisation does not have")
        .isEqualTo(401);
    assertThat(
            DemoUser.of("registrar", IdentityProvider.platformPort())
                .get("/api/petitions/" + toPolice.caseNo())
                .statusCode())
        .as("HTTP basic still works")
        .isEqualTo(200);
  }

  /** A new case the registrar forwarded to this unit. */
  private Registration forwarded(int seed, String unit) {
    CaseFlow flow = new CaseFlow(registry, new Desk(identity, tasks), engine);
    var registered = flow.register(Petitions.claim(seed).build());
    flow.forward(registered.caseNo(), "由本单位承办", unit);
    return registered;
  }

  /** Follows the sign-in as a browser does: platform → provider's login form → back. */
  private HttpResponse<String> signIn(HttpClient browser, String person) throws Exception {
    HttpResponse<String> response =
        send(browser, HttpRequest.newBuilder(platform("/sso/login?app=tasklist")));
    for (int hops = 0; hops < 20; hops++) {
      if (response.statusCode() / 100 == 3) {
        URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
        response = send(browser, HttpRequest.newBuilder(next));
        continue;
      }
      Matcher csrf =
          Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(response.body());
      if (response.statusCode() == 200
          && response.uri().getPath().equals("/login")
          && csrf.find()) {
        String form =
            "username="
                + person
                + "&password="
                + URLEncoder.encode(IdentityProvider.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        response =
            send(
                browser,
                HttpRequest.newBuilder(response.uri())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        continue;
      }
      return response;
    }
    throw new AssertionError("the sign-in did not end");
  }

  private static HttpClient browser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
    return send(browser, HttpRequest.newBuilder(platform(path)));
  }

  private HttpResponse<String> bearer(String token, String path) throws Exception {
    return send(
        browser(),
        HttpRequest.newBuilder(platform(path)).header("Authorization", "Bearer " + token));
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
      throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static URI platform(String path) {
    return URI.create("http://localhost:" + IdentityProvider.platformPort() + path);
  }

  private List<String> taskIds(String group) {
    return tasks.createTaskQuery().taskCandidateGroup(group).list().stream()
        .map(Task::getId)
        .toList();
  }
}
