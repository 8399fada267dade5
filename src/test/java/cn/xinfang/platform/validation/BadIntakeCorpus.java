package cn.xinfang.platform.validation;

import cn.xinfang.platform.intake.Petitions;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Bad and odd input for {@code POST /api/petitions}: each bad one must be refused in Chinese with
 * nothing registered; each odd but legitimate text (emoji, combining marks, right-to-left marks,
 * HTML and script) stored and read back exactly as sent. Run against a platform by {@link #run};
 * used by the corpus test and by the fault suite against a cluster node.
 */
public final class BadIntakeCorpus {

  private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
  private static final Pattern INTERNAL =
      Pattern.compile("(?s).*(Exception|ENGINE-|SQL|org\\.|java\\.).*");

  private final ObjectMapper json;
  private final String birthDate;
  private int seq;

  /** Petitioners born on {@code birthDate} (yyyyMMdd), distinct from other tests' petitioners. */
  public BadIntakeCorpus(ObjectMapper json, String birthDate) {
    this.json = json;
    this.birthDate = birthDate;
  }

  /** What the run found: counts and, for each input that was not handled so, why. */
  public record Result(int refused, int bad, int stored, int odd, List<String> failures) {

    public String line() {
      return String.format(
          "bad inputs refused %d/%d; odd texts stored as sent %d/%d", refused, bad, stored, odd);
    }
  }

  /**
   * Posts every input with {@code post}; {@code cases} counts the registered petitions and {@code
   * content} reads a case's content back.
   */
  public Result run(
      Function<String, HttpResponse<String>> post,
      LongSupplier cases,
      Function<String, String> content) {
    List<String> failures = new ArrayList<>();
    Map<String, String> bad = badInputs();
    int refused = 0;
    for (Map.Entry<String, String> input : bad.entrySet()) {
      long before = cases.getAsLong();
      HttpResponse<String> answer = post.apply(input.getValue());
      boolean ok =
          answer != null
              && answer.statusCode() >= 400
              && answer.statusCode() < 500
              && CHINESE.matcher(answer.body()).find()
              && !INTERNAL.matcher(answer.body()).matches()
              && cases.getAsLong() == before;
      if (ok) {
        refused++;
      } else {
        failures.add(input.getKey() + " → " + describe(answer));
      }
    }
    Map<String, String> odd = oddTexts();
    int stored = 0;
    for (Map.Entry<String, String> text : odd.entrySet()) {
      HttpResponse<String> answer = post.apply(petition(p -> p.put("content", text.getValue())));
      if (answer == null || answer.statusCode() != 201) {
        failures.add(text.getKey() + " → " + describe(answer));
        continue;
      }
      String readBack = content.apply(caseNo(answer));
      if (text.getValue().equals(readBack)) {
        stored++;
      } else {
        failures.add(text.getKey() + " read back as " + readBack);
      }
    }
    return new Result(refused, bad.size(), stored, odd.size(), failures);
  }

  private Map<String, String> badInputs() {
    Map<String, String> refused = new LinkedHashMap<>();
    refused.put("malformed JSON", "{\"channel\": \"VISIT\", ");
    refused.put("JSON nested 5,000 deep", "[".repeat(5000) + "]".repeat(5000));
    refused.put(
        "JSON nested in a field",
        petition(p -> p.put("content", "@@DEEP@@"))
            .replace("\"@@DEEP@@\"", "[".repeat(3000) + "]".repeat(3000)));
    refused.put("headcount as text", petition(p -> p.put("headcount", "很多")));
    refused.put("headcount 0", petition(p -> p.put("headcount", 0)));
    refused.put("headcount beyond int", petition(p -> p.put("headcount", 99999999999L)));
    refused.put("unknown channel", petition(p -> p.put("channel", "PIGEON")));
    refused.put("unknown region", petition(p -> p.put("region", "atlantis")));
    refused.put("empty content", petition(p -> p.put("content", "")));
    refused.put("content over its maximum", petition(p -> p.put("content", "字".repeat(20_001))));
    refused.put("NUL character in content", petition(p -> p.put("content", "拖欠工资\u0000三个月")));
    // as a JSON escape: a lone surrogate cannot travel as UTF-8 bytes
    refused.put(
        "lone surrogate in content",
        petition(p -> p.put("content", "拖欠工资@@HALF@@")).replace("@@HALF@@", "\\ud800"));
    refused.put("NUL character in a name", petition(p -> petitioner(p).put("name", "王\u0000五")));
    refused.put(
        "ID number with a wrong check digit",
        petition(p -> petitioner(p).put("idNumber", "110102197007070001")));
    refused.put("phone with letters", petition(p -> petitioner(p).put("phone", "139abcd1111")));
    refused.put("no petitioner", petition(p -> p.putArray("petitioners")));
    refused.put("body of 3 MB", petition(p -> p.put("content", "字".repeat(1_000_000))));
    // every field's boundaries, one past each limit the form and the column share
    refused.put(
        "content one over its maximum",
        petition(p -> p.put("content", "字".repeat(TextField.CONTENT.maxLength() + 1))));
    refused.put("content of blanks only", petition(p -> p.put("content", " \t\n　")));
    refused.put(
        "name one over its maximum",
        petition(
            p -> petitioner(p).put("name", "王".repeat(TextField.PETITIONER_NAME.maxLength() + 1))));
    refused.put("empty name", petition(p -> petitioner(p).put("name", "")));
    refused.put(
        "address one over its maximum",
        petition(
            p ->
                petitioner(p)
                    .put("address", "村".repeat(TextField.PETITIONER_ADDRESS.maxLength() + 1))));
    refused.put("empty phone", petition(p -> petitioner(p).put("phone", "")));
    refused.put("empty ID number", petition(p -> petitioner(p).put("idNumber", "")));
    refused.put(
        "ID number of someone born tomorrow",
        petition(p -> petitioner(p).put("idNumber", "11010220991231001X")));
    refused.put("negative headcount", petition(p -> p.put("headcount", -1)));
    refused.put(
        "the same ID number twice",
        petition(
            p -> {
              p.put("headcount", 2);
              ((com.fasterxml.jackson.databind.node.ArrayNode) p.get("petitioners"))
                  .add(petitioner(p).deepCopy().put("name", "王二"));
            }));
    refused.put(
        "six representatives",
        petition(
            p -> {
              p.put("headcount", 30);
              var people = (com.fasterxml.jackson.databind.node.ArrayNode) p.get("petitioners");
              for (int i = 1; i <= 5; i++) {
                people.add(json.valueToTree(Petitions.person("代表" + i, 900 + i)));
              }
            }));
    refused.put("a petitioner of null", petition(p -> p.putArray("petitioners").addNull()));
    refused.put("petitioners as text", petition(p -> p.put("petitioners", "张三")));
    refused.put("unknown category", petition(p -> p.put("category", "OTHER")));
    refused.put("unknown matter type", petition(p -> p.put("matterType", "ufo")));
    refused.put(
        "unknown involved unit", petition(p -> p.putArray("involvedUnits").add("no-such-unit")));
    refused.put(
        "12345 without its order number",
        petition(p -> p.put("channel", "HOTLINE").putNull("hotlineOrderNo")));
    refused.put(
        "a duplicate reason without a decision",
        petition(p -> p.putObject("duplicate").put("reason", "不同的问题")));
    return refused;
  }

  private static Map<String, String> oddTexts() {
    Map<String, String> odd = new LinkedHashMap<>();
    odd.put("emoji and a family sequence", "拖欠工资😀👨‍👩‍👧 三个月");
    odd.put("combining marks", "Zoe\u0301 与 e\u0300\u0323 的工资");
    odd.put("right-to-left and zero-width marks", "工资\u200f\u202eRTL\u202c\u200b三个月");
    odd.put("HTML and script", "<script>alert('x')</script><img src=x onerror=alert(1)> & \"引号\"");
    odd.put("content at its maximum", "字".repeat(TextField.CONTENT.maxLength()));
    odd.put("characters beyond the basic plane", "𠀀𪚥𰻝 的工资（扩展汉字）");
    odd.put("SQL and template text", "'; drop table petition_case; -- ${7*7} #{1} {{7*7}}");
    return odd;
  }

  private static ObjectNode petitioner(ObjectNode petition) {
    return (ObjectNode) petition.get("petitioners").get(0);
  }

  /** A valid petition of its own petitioner, changed by {@code change}. */
  private String petition(Consumer<ObjectNode> change) {
    ObjectNode p = (ObjectNode) json.valueToTree(Petitions.claimBy(birthDate, ++seq).build());
    change.accept(p);
    try {
      return json.writeValueAsString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String caseNo(HttpResponse<String> answer) {
    try {
      return json.readTree(answer.body()).get("caseNo").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(HttpResponse<String> answer) {
    if (answer == null) {
      return "no answer";
    }
    String body = answer.body();
    return answer.statusCode() + " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
  }
}
