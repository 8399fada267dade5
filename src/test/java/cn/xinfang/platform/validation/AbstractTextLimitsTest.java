package cn.xinfang.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.support.DemoUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every text has one maximum: the form's {@code validate.maxLength}, the server's check and the
 * column agree with {@link TextField}, and over-long input is refused in Chinese instead of failing
 * in the database.
 */
abstract class AbstractTextLimitsTest {

  /** The columns that store a typed text as it was typed. */
  static final Map<String, TextField> COLUMNS =
      Map.ofEntries(
          Map.entry("petition_case.content", TextField.CONTENT),
          Map.entry("petition_case.hotline_order_no", TextField.HOTLINE_ORDER_NO),
          Map.entry("petition_petitioner.name", TextField.PETITIONER_NAME),
          Map.entry("petition_petitioner.id_number", TextField.PETITIONER_ID_NUMBER),
          Map.entry("petition_petitioner.phone", TextField.PETITIONER_PHONE),
          Map.entry("petition_petitioner.address", TextField.PETITIONER_ADDRESS),
          Map.entry("petition_unit.findings", TextField.FINDINGS),
          Map.entry("petition_unit.measures", TextField.MEASURES),
          Map.entry("petition_unit.draft_reply", TextField.DRAFT_REPLY),
          Map.entry("petition_notice_delivery.note", TextField.DELIVERY_NOTE));

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;

  @Test
  void everyTypedTextInEveryFormHasTheOneMaximum() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
        collect(form.getFileName().toString(), json.readTree(form.toFile()), problems);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyColumnHoldsWhatItsFieldAllows() {
    COLUMNS.forEach(
        (column, field) -> assertThat(width(column)).as(column).isEqualTo(field.maxLength()));
    assertThat(width("petition_event.detail")).isEqualTo(CaseRecord.DETAIL_MAX_LENGTH);
    // every typed text also becomes a process variable, whose text column holds 4,000
    assertThat(TextField.values())
        .allSatisfy(f -> assertThat(f.maxLength()).isLessThanOrEqualTo(4000));
  }

  @Test
  void anOverLongHotlineOrderNumberIsABadRequestInChinese() throws Exception {
    String petition =
        json.writeValueAsString(
            Petitions.claim(701).by("HOTLINE").hotlineOrder("G".repeat(65)).build());

    HttpResponse<String> response = as("channel-12345").postJson("/api/petitions", petition);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode errors = json.readTree(response.body()).get("errors");
    assertThat(errors.findValuesAsText("field")).containsExactly("hotlineOrderNo");
    assertThat(errors.findValuesAsText("message")).containsExactly("12345 工单编号不能超过 64 个字");
  }

  private void collect(String form, JsonNode node, List<String> problems) {
    for (JsonNode component : node.path("components")) {
      collect(form, component, problems);
      String type = component.path("type").asText();
      if (!(type.equals("textfield") || type.equals("textarea"))
          || !component.has("key")
          || component.path("readonly").asBoolean(false)) {
        continue;
      }
      String key = component.get("key").asText();
      JsonNode max = component.path("validate").path("maxLength");
      TextField field = TextField.ofKey(key).orElse(null);
      if (field == null) {
        problems.add(form + "：" + key + " 没有在 TextField 中定义最大长度");
      } else if (max.asInt(-1) != field.maxLength()) {
        problems.add(form + "：" + key + " 的 maxLength 是 " + max + "，应为 " + field.maxLength());
      }
    }
  }

  private int width(String column) {
    String[] parts = column.split("\\.");
    return jdbc.sql(
            "select character_maximum_length from information_schema.columns"
                + " where lower(table_name) = ? and lower(column_name) = ?")
        .params(parts[0], parts[1])
        .query(Integer.class)
        .single();
  }

  DemoUser as(String user) {
    return DemoUser.of(user, port);
  }
}
