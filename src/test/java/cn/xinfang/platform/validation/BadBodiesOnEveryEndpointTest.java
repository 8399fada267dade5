package cn.xinfang.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.PostgresPlatformTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every endpoint of the product API that takes a body, sent what no client should send: broken
 * JSON, JSON nested thousands deep, text PostgreSQL cannot keep, a body over the limit, the wrong
 * media type. Each is refused with a 4xx in Chinese that names no internal detail, and nothing is
 * created (no process instance, no case).
 */
@PostgresPlatformTest
class BadBodiesOnEveryEndpointTest {

  private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
  private static final Pattern INTERNAL =
      Pattern.compile("(?s).*(Exception|ENGINE-|SQL|org\\.|java\\.|at cn\\.).*");

  /** Path → the account that may post there (null: anonymous). */
  private static final Map<String, String> ENDPOINTS = new LinkedHashMap<>();

  static {
    ENDPOINTS.put("/api/petitions", "registrar");
    ENDPOINTS.put("/api/hotline/orders", "channel-12345");
    ENDPOINTS.put("/api/hotline/orders/RX20261124001/evaluation", "channel-12345");
    ENDPOINTS.put("/api/supervision", "supervisor");
    ENDPOINTS.put("/api/supervision/lift", "supervisor");
    ENDPOINTS.put("/api/ownership", "admin");
    ENDPOINTS.put("/api/grid/events", "admin");
    ENDPOINTS.put("/api/petitions/XF-2026-000001/reviews", "registrar");
    ENDPOINTS.put("/api/public/petitions/XF-2026-000001", null);
    ENDPOINTS.put("/api/public/accounts/password", null);
    ENDPOINTS.put("/api/admin/accounts/channel-12345/tokens", "admin");
    // the password reset takes no body: whatever is sent is not read
  }

  /** Endpoints whose body has no text to store: unknown fields in it are ignored. */
  private static final List<String> WITHOUT_TEXT =
      List.of("/api/admin/accounts/channel-12345/tokens");

  private static final String NUL = "a NUL character in every text";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void everyBodyNoClientShouldSendIsRefusedInChineseAndCreatesNothing() {
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("broken JSON", "{\"content\": ");
    bodies.put("JSON nested 5,000 deep", "[".repeat(5000) + "]".repeat(5000));
    bodies.put(
        "JSON nested 3,000 deep in a field",
        "{\"content\":" + "[".repeat(3000) + "]".repeat(3000) + "}");
    bodies.put(
        NUL,
        "{\"content\":\"a\\u0000b\",\"reason\":\"a\\u0000b\",\"name\":\"a\\u0000b\","
            + "\"caseNo\":\"a\\u0000b\",\"comment\":\"a\\u0000b\",\"password\":\"a\\u0000b\"}");
    bodies.put("a body of 2 MB", "{\"content\":\"" + "字".repeat(700_000) + "\"}");
    long instances = instances();
    long cases = cases();
    List<String> wrong = new ArrayList<>();
    int refused = 0;
    for (Map.Entry<String, String> endpoint : ENDPOINTS.entrySet()) {
      for (Map.Entry<String, String> body : bodies.entrySet()) {
        if (body.getKey().equals(NUL) && WITHOUT_TEXT.contains(endpoint.getKey())) {
          continue;
        }
        HttpResponse<String> answer =
            post(endpoint.getKey(), endpoint.getValue(), "application/json", body.getValue());
        if (clean(answer)) {
          refused++;
        } else {
          wrong.add(endpoint.getKey() + " " + body.getKey() + " → " + describe(answer));
        }
      }
      HttpResponse<String> plain =
          post(endpoint.getKey(), endpoint.getValue(), "text/plain", "content=你好");
      if (clean(plain)) {
        refused++;
      } else {
        wrong.add(endpoint.getKey() + " text/plain → " + describe(plain));
      }
    }
    System.out.printf(
        "bad bodies refused %d/%d on %d endpoints%n",
        refused, ENDPOINTS.size() * (bodies.size() + 1) - WITHOUT_TEXT.size(), ENDPOINTS.size());
    assertThat(wrong).isEmpty();
    assertThat(instances()).as("no process instance created").isEqualTo(instances);
    assertThat(cases()).as("no case created").isEqualTo(cases);
  }

  private static boolean clean(HttpResponse<String> answer) {
    return answer.statusCode() >= 400
        && answer.statusCode() < 500
        && CHINESE.matcher(answer.body()).find()
        && !INTERNAL.matcher(answer.body()).matches();
  }

  private HttpResponse<String> post(String path, String user, String type, String body) {
    DemoUser caller = DemoUser.of(user == null ? "anonymous" : user, port);
    HttpRequest.Builder request =
        user == null ? HttpRequest.newBuilder(caller.uri(path)) : caller.request(path);
    return caller.send(
        request.header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private long instances() {
    return jdbc.sql("select count(*) from act_hi_procinst").query(Long.class).single();
  }

  private long cases() {
    return jdbc.sql("select count(*) from petition_case").query(Long.class).single();
  }

  private static String describe(HttpResponse<String> answer) {
    String body = answer.body();
    return answer.statusCode() + " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
  }
}
