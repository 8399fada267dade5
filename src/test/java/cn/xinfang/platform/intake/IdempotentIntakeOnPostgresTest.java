package cn.xinfang.platform.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.PostgresPlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * POST /api/petitions with an Idempotency-Key on PostgreSQL: sent twice, or six times at the same
 * moment, one petition and the same answer; the key with another petition refused; a malformed key
 * refused. Nothing half-created either way.
 */
@PostgresPlatformTest
class IdempotentIntakeOnPostgresTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;

  final ExecutorService threads = Executors.newFixedThreadPool(6);

  @AfterEach
  void stopTheThreads() {
    threads.shutdownNow();
  }

  @Test
  void theSameKeyTwiceGivesOnePetitionAndTheSameAnswer() throws Exception {
    String petition = json.writeValueAsString(Petitions.claim(996).build());

    HttpResponse<String> first = post("key-996-a", petition);
    HttpResponse<String> again = post("key-996-a", petition);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(json.readTree(again.body())).isEqualTo(json.readTree(first.body()));
    assertThat(casesOf(Petitions.idNumber(996))).hasSize(1);

    HttpResponse<String> other =
        post("key-996-a", json.writeValueAsString(Petitions.claim(997).build()));
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(other.body()).contains("已用于内容不同的信访事项");
    assertThat(casesOf(Petitions.idNumber(997))).as("nothing of it registered").isEmpty();

    HttpResponse<String> malformed = post("a key with spaces", petition);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("Idempotency-Key 应为");
  }

  @Test
  void sixConcurrentPostsWithOneKeyGiveOnePetitionAndTheSameAnswer() throws Exception {
    String petition = json.writeValueAsString(Petitions.claim(998).build());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> posts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Callable<HttpResponse<String>> post =
          () -> {
            go.await();
            return post("key-998", petition);
          };
      posts.add(threads.submit(post));
    }
    go.countDown();
    List<JsonNode> answers = new ArrayList<>();
    for (Future<HttpResponse<String>> p : posts) {
      HttpResponse<String> answer = p.get(60, TimeUnit.SECONDS);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
      answers.add(json.readTree(answer.body()));
    }

    assertThat(answers).allSatisfy(a -> assertThat(a).isEqualTo(answers.get(0)));
    assertThat(casesOf(Petitions.idNumber(998))).hasSize(1);
    assertThat(
            jdbc.sql("select count(*) from petition_case where case_no = ?")
                .param(answers.get(0).get("caseNo").asText())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  private HttpResponse<String> post(String key, String body) {
    DemoUser channel = DemoUser.of("channel-12345", port);
    return channel.send(
        channel
            .request("/api/petitions")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private List<String> casesOf(String idNumber) {
    return jdbc.sql("select case_no from petition_petitioner where id_number = ?")
        .param(idNumber)
        .query(String.class)
        .list();
  }
}
