package cn.xinfang.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The webapps' custom scripts (config.js customScripts) exist where config.js names them, and the
 * one dictionary for English that no locale file reaches (shared/vendor-zh.json) says every string
 * of the list the browser tests check (browser/english-vendor-strings.txt) in Chinese.
 */
class WebappScriptsTest {

  private static final String APPS = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
  private static final Pattern CHINESE_OR_ACRONYM =
      Pattern.compile(".*[\\u4e00-\\u9fff].*|[A-Z]{2,5}");
  private static final Pattern CUSTOM_SCRIPTS = Pattern.compile("customScripts:\\s*\\[([^\\]]*)]");
  private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void everyCustomScriptOfConfigJsExists(String app) throws IOException {
    Matcher list = CUSTOM_SCRIPTS.matcher(text(APPS + app + "/scripts/config.js"));
    assertThat(list.find()).as("%s/scripts/config.js names customScripts", app).isTrue();

    List<String> scripts = QUOTED.matcher(list.group(1)).results().map(m -> m.group(1)).toList();

    assertThat(scripts).contains("../shared/vendor-zh");
    for (String script : scripts) {
      String path = Path.of(APPS + app, script + ".js").normalize().toString();
      assertThat(text(path)).as(path).contains("export default");
    }
  }

  @Test
  void theDictionarySaysEveryListedVendorStringInChinese() throws IOException {
    JsonNode dictionary = json.readTree(text(APPS + "shared/vendor-zh.json"));
    String tasklistConfig = text(APPS + "tasklist/scripts/config.js");

    List<String> untranslated = new ArrayList<>();
    for (String english : vendorStrings()) {
      String chinese = translate(dictionary, english);
      boolean replacedInConfig = isWebjarShortcutHelp(english) && !tasklistConfig.contains(english);
      if (!replacedInConfig && (chinese == null || !CHINESE.matcher(chinese).find())) {
        untranslated.add(english);
      }
    }

    assertThat(untranslated).as("listed English without Chinese").isEmpty();
  }

  @Test
  void everyTranslationOfTheDictionaryIsChinese() throws IOException {
    JsonNode dictionary = json.readTree(text(APPS + "shared/vendor-zh.json"));
    List<JsonNode> tables =
        new ArrayList<>(List.of(dictionary.get("texts"), dictionary.get("patterns")));
    dictionary.get("within").forEach(scoped -> tables.add(scoped.get("texts")));

    for (JsonNode table : tables) {
      // an acronym such as JSON or XML needs no translation
      table
          .properties()
          .forEach(
              e -> assertThat(e.getValue().asText()).as(e.getKey()).matches(CHINESE_OR_ACRONYM));
    }
  }

  @Test
  void tasklistSaysClaimOneWayAndNeverAsTheSignForStep() throws IOException {
    String config = text(APPS + "tasklist/scripts/config.js");
    String zh = text(APPS + "tasklist/locales/zh.json");

    assertThat(config).contains("description: '认领当前选中的任务'").doesNotContain("签收");
    assertThat(zh)
        .contains("\"CLAIM_TASK\": \"认领\"", "\"UNCLAIM_TASK\": \"取消认领\"")
        .doesNotContain("签收");
  }

  /** What shared/vendor-zh.js makes of a whole text: scoped words, then texts, then patterns. */
  private static String translate(JsonNode dictionary, String english) {
    for (JsonNode scoped : dictionary.get("within")) {
      JsonNode words = scoped.get("texts");
      if (words.has(english)) {
        return words.get(english).asText();
      }
    }
    if (dictionary.get("texts").has(english)) {
      return dictionary.get("texts").get(english).asText();
    }
    for (Map.Entry<String, JsonNode> pattern : dictionary.get("patterns").properties()) {
      Matcher m = Pattern.compile(pattern.getKey()).matcher(english);
      if (m.matches()) {
        return m.replaceAll(pattern.getValue().asText());
      }
    }
    return null;
  }

  private static boolean isWebjarShortcutHelp(String english) {
    return english.startsWith("claims ")
        || english.startsWith("set the focus")
        || english.startsWith("sets the focus")
        || english.startsWith("opens the start");
  }

  private static List<String> vendorStrings() throws IOException {
    return Arrays.stream(text("browser/english-vendor-strings.txt").split("\n"))
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  private static String text(String path) throws IOException {
    try (InputStream in = WebappScriptsTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
