package cn.xinfang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.support.PostgresPlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Service accounts' API tokens on PostgreSQL: administrators issue, rotate and revoke them; the
 * hotline uses one on {@code /api} and {@code /engine-rest}; only a hash is stored.
 */
@PostgresPlatformTest
class ServiceTokensTest {

  private static final String HOTLINE = "channel-12345";
  private static final String TOKENS = "/api/admin/accounts/" + HOTLINE + "/tokens";

  private final ObjectMapper json = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired AccountAudit audit;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void theHotlineWorksWithTheTokenAnAdministratorIssued() throws Exception {
    HttpResponse<String> issued = post(TOKENS, basic("admin"), "{}");

    assertThat(issued.statusCode()).isEqualTo(201);
    String token = json.readTree(issued.body()).path("token").asText();
    assertThat(token).startsWith("xf_").hasSizeGreaterThanOrEqualTo(46);
    assertThat(get("/api/hotline/orders/RX1", bearer(token)).statusCode()).isEqualTo(404);
    assertThat(get("/engine-rest/task", bearer(token)).statusCode()).isEqualTo(200);
    assertThat(audit.latest(HOTLINE, 10))
        .anySatisfy(e -> assertThat(e.event()).isEqualTo(AccountAudit.Event.TOKEN_ISSUED))
        .allSatisfy(e -> assertThat(e.detail()).doesNotContain(token));
  }

  @Test
  void onlyTheTokensHashIsStoredAndTheListShowsNoSecret() throws Exception {
    String token = json.readTree(post(TOKENS, basic("admin"), "{}").body()).path("token").asText();

    List<Map<String, Object>> rows =
        jdbc.sql("select * from service_account_token where account = ?")
            .param(HOTLINE)
            .query()
            .listOfRows();
    assertThat(rows)
        .anySatisfy(row -> assertThat(row.get("token_hash")).isEqualTo(ServiceTokens.hash(token)))
        .allSatisfy(
            row ->
                assertThat(row.values())
                    .noneMatch(v -> v != null && v.toString().contains(token.substring(3))));
    assertThat(ServiceTokens.hash(token)).hasSize(64).isNotEqualTo(token);
    HttpResponse<String> list = get(TOKENS, basic("admin"));
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).doesNotContain(token.substring(3)).contains("\"hint\"");
  }

  @Test
  void aRotationKeepsTheOldTokenForTheOverlapAskedFor() throws Exception {
    String first = issue("{\"overlapMinutes\": 0}");
    String second = issue("{\"overlapMinutes\": 60}");

    assertThat(get("/engine-rest/task", bearer(first)).statusCode()).isEqualTo(200);
    assertThat(get("/engine-rest/task", bearer(second)).statusCode()).isEqualTo(200);
    later(Duration.ofMinutes(61));
    assertThat(get("/engine-rest/task", bearer(first)).statusCode()).isEqualTo(401);
    assertThat(get("/api/hotline/orders/RX1", bearer(first)).statusCode()).isEqualTo(401);
    assertThat(get("/engine-rest/task", bearer(second)).statusCode()).isEqualTo(200);
  }

  @Test
  void aRotationWithoutOverlapRevokesTheOldTokenAtOnce() throws Exception {
    String old = issue("{}");
    String current = issue("{\"overlapMinutes\": 0}");

    assertThat(get("/api/hotline/orders/RX1", bearer(old)).statusCode()).isEqualTo(401);
    assertThat(get("/api/hotline/orders/RX1", bearer(current)).statusCode()).isEqualTo(404);
  }

  @Test
  void aRevokedTokenIsRefusedWith401() throws Exception {
    HttpResponse<String> issued = post(TOKENS, basic("admin"), "{\"overlapMinutes\": 0}");
    JsonNode body = json.readTree(issued.body());
    String token = body.path("token").asText();

    HttpResponse<String> revoked = delete(TOKENS + "/" + body.path("id").asLong(), basic("admin"));

    assertThat(revoked.statusCode()).isEqualTo(200);
    HttpResponse<String> refused = get("/api/hotline/orders/RX1", bearer(token));
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.body()).contains("接口令牌无效").doesNotContain("Exception");
    assertThat(get("/engine-rest/task", bearer(token)).statusCode()).isEqualTo(401);
    assertThat(delete(TOKENS + "/" + body.path("id").asLong(), basic("admin")).statusCode())
        .isEqualTo(404);
    assertThat(get(TOKENS, basic("admin")).body()).contains("已吊销");
  }

  @Test
  void anUnknownTokenIsRefusedWith401() {
    assertThat(get("/api/hotline/orders/RX1", bearer("xf_not-a-token")).statusCode())
        .isEqualTo(401);
    assertThat(get("/engine-rest/task", bearer("xf_not-a-token")).statusCode()).isEqualTo(401);
  }

  @Test
  void onlyAdministratorsIssueTokensAndOnlyForServiceAccounts() {
    assertThat(post(TOKENS, basic("registrar"), "{}").statusCode()).isEqualTo(403);
    assertThat(get(TOKENS, basic("registrar")).statusCode()).isEqualTo(403);
    HttpResponse<String> person =
        post("/api/admin/accounts/registrar/tokens", basic("admin"), "{}");
    assertThat(person.statusCode()).isEqualTo(422);
    assertThat(person.body()).contains("渠道接入账号");
    HttpResponse<String> tooLong = post(TOKENS, basic("admin"), "{\"overlapMinutes\": 99999}");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("过渡期");
    assertThat(post(TOKENS, basic("admin"), "{\"overlapMinutes\": -1}").statusCode())
        .isEqualTo(400);
  }

  private String issue(String rotation) throws Exception {
    HttpResponse<String> issued = post(TOKENS, basic("admin"), rotation);
    assertThat(issued.statusCode()).isEqualTo(201);
    return json.readTree(issued.body()).path("token").asText();
  }

  private HttpResponse<String> get(String path, String authorization) {
    return send(request(path, authorization).GET());
  }

  private HttpResponse<String> post(String path, String authorization, String body) {
    return send(
        request(path, authorization)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> delete(String path, String authorization) {
    return send(request(path, authorization).DELETE());
  }

  private HttpRequest.Builder request(String path, String authorization) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", authorization);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HttpClient.newHttpClient()
          .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String basic(String account) {
    return "Basic "
        + Base64.getEncoder().encodeToString((account + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  private static String bearer(String token) {
    return "Bearer " + token;
  }

  private static void later(Duration duration) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
  }
}
