package cn.xinfang.platform.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every supervision task form opens like the case's own forms: the 认领 hint and the link to the case
 * record first, then the case number, the supervised unit and the reason, read-only.
 */
class SupervisionFormsTest {

  @Test
  void everySupervisionTaskFormLinksToTheCaseRecordAndShowsWhatIsSupervised() throws IOException {
    List<String> checked = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().startsWith("supervision-")).toList()) {
        JsonNode form = new ObjectMapper().readTree(file.toFile());
        String id = form.get("id").asText();
        if (id.equals("supervision-flag")) {
          continue; // the start form: the supervisor chooses the case
        }
        JsonNode first = form.get("components").get(0);
        assertThat(first.get("text").asText())
            .as(id)
            .contains("认领", "/api/petitions/{{caseNo}}/record", "查看案件完整记录");
        for (String key : List.of("caseNo", "unitName", "reasonLabel")) {
          assertThat(form.get("components").findParents("key").stream())
              .as("%s shows %s read-only", id, key)
              .anyMatch(c -> c.get("key").asText().equals(key) && c.path("readonly").asBoolean());
        }
        checked.add(id);
      }
    }
    assertThat(checked)
        .containsExactlyInAnyOrder(
            "supervision-issue-notice",
            "supervision-answer",
            "supervision-judge",
            "supervision-measures",
            "supervision-proposal",
            "supervision-decision");
  }
}
