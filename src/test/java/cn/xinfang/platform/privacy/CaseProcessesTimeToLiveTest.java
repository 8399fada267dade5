package cn.xinfang.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every process that carries a case keeps its history as long as {@code petition}: a called process
 * goes with its root anyway, but one started on its own (a notice's delivery, a supervision) would
 * otherwise keep the petitioner's name and the case's texts longer or shorter than the case file.
 */
class CaseProcessesTimeToLiveTest {

  private static final Pattern TTL = Pattern.compile("camunda:historyTimeToLive=\"([^\"]+)\"");

  @Test
  void everyProcessOfACaseKeepsItsHistoryAsLongAsThePetition() throws IOException {
    String petition = ttl("petition");
    List<String> keys = new ArrayList<>(RetentionCheck.CASE_PROCESSES);
    assertThat(keys).allSatisfy(key -> assertThat(ttl(key)).as(key).isEqualTo(petition));
    assertThat(petition).isEqualTo("1825");
  }

  private static String ttl(String key) throws IOException {
    Matcher m = TTL.matcher(Files.readString(Path.of("processes", key + ".bpmn")));
    assertThat(m.find()).as("%s has a historyTimeToLive", key).isTrue();
    return m.group(1);
  }
}
