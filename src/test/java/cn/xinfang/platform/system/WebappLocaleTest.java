package cn.xinfang.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each webapp's zh.json covers every key of the en.json that Camunda 7.24 ships, and says it in
 * Chinese; config.js offers zh with English as the fallback, and the Camunda 8 banner is hidden.
 */
class WebappLocaleTest {

  private static final String APPS = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");

  /** Values a Chinese reader needs no translation of: acronyms, symbols, moment.js tokens. */
  private static final Pattern NEUTRAL =
      Pattern.compile(
          "(?:[\\s\\d\\p{IsPunctuation}\\p{S}]|\\b(?:BPMN|DMN|CMMN|ID|URL|JSON|XML|CSV|HTTP|REST|API|SQL"
              + "|UUID|Camunda|LT|L|LL|LLL|LLLL|HH|mm|YYYY|MM|DD|dddd|MMMM|D|M)\\b)*");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseCoversEveryEnglishKey(String app) throws IOException {
    Map<String, String> en = flatten(read(APPS + app + "/locales/en.json"));
    Map<String, String> zh = flatten(read(APPS + app + "/locales/zh.json"));

    java.util.Set<String> expected = new java.util.TreeSet<>(en.keySet());
    if (app.equals("admin") || app.equals("welcome")) {
      // the platform's own password rule (PlatformPasswordPolicy), listed beside Camunda's
      expected.add("labels.PASSWORD_POLICY_COMMON");
    }
    assertThat(new java.util.TreeSet<>(zh.keySet()))
        .as("keys of %s/zh.json", app)
        .isEqualTo(expected);
    assertThat(en).hasSizeGreaterThan(100);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void noEnglishIsLeftInTheChinese(String app) throws IOException {
    Map<String, String> en = flatten(read(APPS + app + "/locales/en.json"));
    Map<String, String> zh = flatten(read(APPS + app + "/locales/zh.json"));

    List<String> untranslated = new ArrayList<>();
    zh.forEach(
        (key, value) -> {
          String english = en.get(key);
          boolean pluralSuffix = "s".equals(english) && value.isEmpty();
          if (english != null
              && !english.isBlank()
              && !pluralSuffix
              && !CHINESE.matcher(value).find()
              && !NEUTRAL.matcher(PLACEHOLDER.matcher(value).replaceAll("")).matches()) {
            untranslated.add(key + " = " + value);
          }
          if (english != null) {
            assertThat(placeholders(value)).as(key).isEqualTo(placeholders(english));
          }
        });
    assertThat(untranslated).as("%s/zh.json values without Chinese", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configOffersChineseWithEnglishFallbackAndHidesTheCamunda8Banner(String app)
      throws IOException {
    String config = text(APPS + app + "/scripts/config.js");
    String styles = text(APPS + app + "/styles/user-styles.css");

    assertThat(config)
        .containsPattern("availableLocales:\\s*\\['zh',\\s*'en'\\]")
        .containsPattern("fallbackLocale:\\s*'en'");
    if (app.equals("tasklist")) {
      assertThat(config).containsPattern("customScripts: \\[[^\\]]*'scripts/form-zh'");
      assertThat(text(APPS + "tasklist/scripts/form-zh.js")).contains("此项为必填项。", "天后", "分钟前");
    }
    assertThat(styles).containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none");
  }

  private static List<String> placeholders(String s) {
    return PLACEHOLDER.matcher(s).results().map(m -> m.group().replace(" ", "")).sorted().toList();
  }

  private JsonNode read(String path) throws IOException {
    return json.readTree(text(path));
  }

  private static String text(String path) throws IOException {
    try (InputStream in = WebappLocaleTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
  }

  private static Map<String, String> flatten(JsonNode node) {
    Map<String, String> flat = new TreeMap<>();
    flatten("", node, flat);
    return flat;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        flatten(prefix + field.getKey() + ".", field.getValue(), flat);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + i + ".", node.get(i), flat);
      }
    } else {
      flat.put(prefix.substring(0, prefix.length() - 1), node.asText());
    }
  }
}
