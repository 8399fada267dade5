package cn.xinfang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.support.PlatformTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 16 item 8: wrong passwords slow down the client that sends them, never the account's owner
 * elsewhere. Clients are told apart by {@code X-Forwarded-For}, which the platform trusts from a
 * reverse proxy on the same host when configured so ({@code server.forward-headers-strategy}), as
 * here.
 */
@PlatformTest
@TestPropertySource(properties = "server.forward-headers-strategy=native")
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleTest {

  /** A stranger's client and the account owner's, from the documentation address ranges. */
  private static final String STRANGER = "203.0.113.7";

  private static final String OWNER = "198.51.100.20";

  @LocalServerPort int port;
  @Autowired LoginThrottle throttle;
  @Autowired AccountAudit audit;

  @BeforeEach
  void freshCounters() {
    throttle.forgetAll();
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void aStrangersWrongPasswordsForTheRegistrarDoNotStopTheRegistrarElsewhere() {
    for (int i = 0; i < 12; i++) {
      send(STRANGER, "/engine-rest/task", basic("registrar", "guess-" + i));
    }

    assertThat(send(OWNER, "/engine-rest/task", basic("registrar", "demo")).statusCode())
        .isEqualTo(200);
    assertThat(send(OWNER, "/api/proxy/counts", basic("registrar", "demo")).statusCode())
        .isNotIn(401, 429);
  }

  @Test
  void aStrangersWrongPasswordsForTheHotlineDoNotStopTheHotline() {
    for (int i = 0; i < 12; i++) {
      send(STRANGER, "/api/hotline/orders/RX1", basic("channel-12345", "guess-" + i));
    }

    assertThat(send(OWNER, "/api/hotline/orders/RX1", basic("channel-12345", "demo")).statusCode())
        .isEqualTo(404);
    assertThat(send(OWNER, "/engine-rest/task", basic("channel-12345", "demo")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void theStrangersClientWaitsWith429RetryAfterAndAChineseReason() {
    for (int i = 0; i < 6; i++) {
      assertThat(send(STRANGER, "/engine-rest/task", basic("registrar", "guess")).statusCode())
          .isEqualTo(401);
    }

    for (String path : List.of("/engine-rest/task", "/api/hotline/orders/RX1")) {
      HttpResponse<String> refused = send(STRANGER, path, basic("registrar", "demo"));
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After"))
          .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isBetween(1L, 2L));
      assertThat(refused.body()).contains("认证失败次数过多").doesNotContain("Exception");
    }
    assertThat(send(OWNER, "/engine-rest/task", basic("registrar", "demo")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void theWaitDoublesAndEnds() {
    for (int i = 0; i < 5; i++) {
      send(STRANGER, "/engine-rest/task", basic("registrar", "guess"));
    }
    assertThat(retryAfter(send(STRANGER, "/engine-rest/task", basic("registrar", "guess"))))
        .isEqualTo(-1);
    assertThat(retryAfter(send(STRANGER, "/engine-rest/task", basic("registrar", "guess"))))
        .isEqualTo(2);
    later(Duration.ofSeconds(3));
    send(STRANGER, "/engine-rest/task", basic("registrar", "guess"));
    assertThat(retryAfter(send(STRANGER, "/engine-rest/task", basic("registrar", "demo"))))
        .isEqualTo(4);

    later(Duration.ofSeconds(5));
    assertThat(send(STRANGER, "/engine-rest/task", basic("registrar", "demo")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void aServiceAccountIsNeverLockedForGood() {
    // more failures than the engine's own lockout ever allowed (10, then locked for good)
    int failures = 0;
    while (failures < 15) {
      HttpResponse<String> response =
          send(STRANGER, "/api/hotline/orders/RX1", basic("channel-12345", "guess"));
      if (response.statusCode() == 429) {
        later(Duration.ofSeconds(retryAfter(response)));
      } else {
        assertThat(response.statusCode()).isEqualTo(401);
        failures++;
      }
    }

    assertThat(send(OWNER, "/api/hotline/orders/RX1", basic("channel-12345", "demo")).statusCode())
        .isEqualTo(404);
    later(Duration.ofMinutes(16));
    assertThat(
            send(STRANGER, "/api/hotline/orders/RX1", basic("channel-12345", "demo")).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aClientTryingManyAccountsIsRefusedForAllOfThem() {
    for (int i = 0; i < 31; i++) {
      send(STRANGER, "/engine-rest/task", basic("nobody-" + i, "guess"));
    }

    assertThat(send(STRANGER, "/engine-rest/task", basic("manager", "demo")).statusCode())
        .isEqualTo(429);
    assertThat(send(OWNER, "/engine-rest/task", basic("manager", "demo")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void eachThrottleStartIsInTheAuditAndTheLogWithoutAddressOrPassword(CapturedOutput output) {
    for (int i = 0; i < 7; i++) {
      send(STRANGER, "/engine-rest/task", basic("supervisor", "secret-guess"));
    }

    List<AccountAudit.Entry> throttled =
        audit.latest("supervisor", 50).stream()
            .filter(e -> e.event() == AccountAudit.Event.LOGIN_THROTTLED)
            .toList();
    assertThat(throttled).hasSize(1);
    assertThat(throttled.get(0).remote()).isEqualTo(STRANGER);
    HttpResponse<String> tile =
        send(OWNER, "/api/admin/audit?account=supervisor", basic("admin", "demo"));
    assertThat(tile.body()).contains("LOGIN_THROTTLED").contains("认证受限");
    assertThat(output.getAll())
        .contains("见账号审计第 " + throttled.get(0).id() + " 条")
        .doesNotContain("secret-guess");
    assertThat(output.getAll().lines().filter(l -> l.contains("认证失败过多")))
        .allSatisfy(line -> assertThat(line).doesNotContain(STRANGER).doesNotContain("supervisor"));
  }

  @Test
  void failuresFromManyClientsAlertTheAdministratorWithoutLocking() {
    for (int i = 1; i <= 10; i++) {
      send("192.0.2." + i, "/engine-rest/task", basic("designer", "guess"));
    }

    assertThat(audit.latest("designer", 50))
        .anySatisfy(e -> assertThat(e.event()).isEqualTo(AccountAudit.Event.LOGIN_ALERT));
    assertThat(send(OWNER, "/engine-rest/task", basic("designer", "demo")).statusCode())
        .isEqualTo(200);
  }

  private HttpResponse<String> send(String client, String path, String authorization) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .header("X-Forwarded-For", client)
                  .header("Authorization", authorization)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String basic(String account, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((account + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** The response's {@code Retry-After} in seconds, -1 when it has none. */
  private static long retryAfter(HttpResponse<String> response) {
    return response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(-1L);
  }

  private static void later(Duration duration) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
  }
}
