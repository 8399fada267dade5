package cn.xinfang.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.PostgresPlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The intake API against a corpus of bad and odd input, on PostgreSQL (which refuses what H2
 * stores, such as NUL characters): each bad one refused in Chinese with nothing of it registered;
 * each odd but legitimate text (emoji, combining marks, right-to-left marks, HTML and script)
 * stored and read back exactly as sent. Prints "bad inputs refused M/M".
 */
@PostgresPlatformTest
class BadInputCorpusOnPostgresTest {

  private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
  private static final String BIRTH = "19700707";

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;

  @Test
  void everyBadInputIsRefusedInChineseAndEveryOddTextIsStoredAsSent() throws Exception {
    Map<String, String> refused = new LinkedHashMap<>();
    int seq = 0;
    refused.put("malformed JSON", "{\"channel\": \"VISIT\", ");
    refused.put("JSON nested 5,000 deep", "[".repeat(5000) + "]".repeat(5000));
    refused.put(
        "JSON nested in a field",
        petition(++seq, p -> p.put("content", "@@DEEP@@"))
            .replace("\"@@DEEP@@\"", "[".repeat(3000) + "]".repeat(3000)));
    refused.put("headcount as text", petition(++seq, p -> p.put("headcount", "很多")));
    refused.put("headcount 0", petition(++seq, p -> p.put("headcount", 0)));
    refused.put("headcount beyond int", petition(++seq, p -> p.put("headcount", 99999999999L)));
    refused.put("unknown channel", petition(++seq, p -> p.put("channel", "PIGEON")));
    refused.put("unknown region", petition(++seq, p -> p.put("region", "atlantis")));
    refused.put("empty content", petition(++seq, p -> p.put("content", "")));
    refused.put(
        "content over its maximum", petition(++seq, p -> p.put("content", "字".repeat(20_001))));
    refused.put(
        "NUL character in content", petition(++seq, p -> p.put("content", "拖欠工资\u0000三个月")));
    // as a JSON escape: a lone surrogate cannot travel as UTF-8 bytes
    refused.put(
        "lone surrogate in content",
        petition(++seq, p -> p.put("content", "拖欠工资@@HALF@@")).replace("@@HALF@@", "\\ud800"));
    refused.put(
        "NUL character in a name",
        petition(++seq, p -> ((ObjectNode) p.get("petitioners").get(0)).put("name", "王\u0000五")));
    refused.put(
        "ID number with a wrong check digit",
        petition(
            ++seq,
            p -> ((ObjectNode) p.get("petitioners").get(0)).put("idNumber", "110102197007070001")));
    refused.put(
        "phone with letters",
        petition(
            ++seq, p -> ((ObjectNode) p.get("petitioners").get(0)).put("phone", "139abcd1111")));
    refused.put("no petitioner", petition(++seq, p -> p.putArray("petitioners")));
    refused.put("body of 3 MB", petition(++seq, p -> p.put("content", "字".repeat(1_000_000))));

    List<String> failures = new ArrayList<>();
    int refusedCount = 0;
    for (Map.Entry<String, String> bad : refused.entrySet()) {
      long before = cases();
      HttpResponse<String> answer = post(bad.getValue());
      boolean ok =
          answer.statusCode() >= 400
              && answer.statusCode() < 500
              && CHINESE.matcher(answer.body()).find()
              && !answer.body().matches("(?s).*(Exception|ENGINE-|SQL|org\\.|java\\.).*")
              && cases() == before;
      if (ok) {
        refusedCount++;
      } else {
        failures.add(bad.getKey() + " → " + answer.statusCode() + " " + cut(answer.body()));
      }
    }

    Map<String, String> odd = new LinkedHashMap<>();
    odd.put("emoji and a family sequence", "拖欠工资😀👨‍👩‍👧 三个月");
    odd.put("combining marks", "Zoe\u0301 与 e\u0300\u0323 的工资");
    odd.put("right-to-left and zero-width marks", "工资\u200f\u202eRTL\u202c\u200b三个月");
    odd.put("HTML and script", "<script>alert('x')</script><img src=x onerror=alert(1)> & \"引号\"");
    int stored = 0;
    for (Map.Entry<String, String> text : odd.entrySet()) {
      HttpResponse<String> answer = post(petition(++seq, p -> p.put("content", text.getValue())));
      if (answer.statusCode() != 201) {
        failures.add(text.getKey() + " → " + answer.statusCode() + " " + cut(answer.body()));
        continue;
      }
      String caseNo = json.readTree(answer.body()).get("caseNo").asText();
      JsonNode view =
          json.readTree(DemoUser.of("registrar", port).get("/api/petitions/" + caseNo).body());
      if (text.getValue().equals(view.path("content").asText())) {
        stored++;
      } else {
        failures.add(text.getKey() + " read back as " + view.path("content"));
      }
    }

    System.out.printf(
        "bad inputs refused %d/%d; odd texts stored as sent %d/%d%n",
        refusedCount, refused.size(), stored, odd.size());
    assertThat(failures).isEmpty();
  }

  /** A valid petition of its own petitioner, changed by {@code change}. */
  private String petition(int seq, Consumer<ObjectNode> change) throws Exception {
    ObjectNode p = (ObjectNode) json.valueToTree(Petitions.claimBy(BIRTH, seq).build());
    change.accept(p);
    return json.writeValueAsString(p);
  }

  private HttpResponse<String> post(String body) {
    DemoUser registrar = DemoUser.of("registrar", port);
    return registrar.send(
        registrar
            .request("/api/petitions")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private long cases() {
    return jdbc.sql("select count(*) from petition_case").query(Long.class).single();
  }

  private static String cut(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
