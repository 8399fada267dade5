package cn.xinfang.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's pictures come from the browser suite ({@code ./mvnw verify
 * -Dscreenshots.update=true}); a picture the suite does not take would drift from the product.
 */
class ReadmeScreenshotsTest {

  /**
   * Pictures of what is not the platform's webapps, taken by a tool of their own: the element
   * template in Modeler's properties panel (bpmn-js and its panel, as Modeler embeds them).
   */
  private static final java.util.Map<String, String> OTHER_SOURCES =
      java.util.Map.of("designer-element-template", "tools/template-screenshot/package.json");

  private static final Pattern SCREENSHOT = Pattern.compile("docs/screenshots/([a-z0-9-]+)\\.png");

  @Test
  void everyScreenshotTheReadmeShowsIsTakenByTheBrowserSuite() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    Matcher referenced = SCREENSHOT.matcher(readme);
    Stream.Builder<String> names = Stream.builder();
    while (referenced.find()) {
      names.add(referenced.group(1));
    }
    List<String> all = names.build().toList();
    assertThat(all).isNotEmpty();
    for (String name : all) {
      if (OTHER_SOURCES.containsKey(name)) {
        assertThat(Files.readString(Path.of(OTHER_SOURCES.get(name))))
            .as("%s takes docs/screenshots/%s.png", OTHER_SOURCES.get(name), name)
            .contains("docs/screenshots/" + name + ".png");
        assertThat(Path.of("docs/screenshots/" + name + ".png")).exists();
      } else {
        assertThat(ReadmeShot.named(name))
            .as("docs/screenshots/%s.png is taken by the browser suite (ReadmeShot)", name)
            .isPresent();
      }
    }
  }

  @Test
  void everyPictureTheSuiteTakesForTheReadmeIsInTheReadme() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    assertThat(
            Arrays.stream(ReadmeShot.values()).map(shot -> "docs/screenshots/" + shot.fileName()))
        .allSatisfy(file -> assertThat(readme).contains(file));
  }
}
