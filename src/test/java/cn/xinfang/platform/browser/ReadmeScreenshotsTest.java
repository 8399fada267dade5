package cn.xinfang.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's pictures come from the browser suite ({@code ./mvnw verify
 * -Dscreenshots.update=true}); a picture the suite does not take would drift from the product.
 */
class ReadmeScreenshotsTest {

  private static final Pattern SCREENSHOT = Pattern.compile("docs/screenshots/([a-z0-9-]+)\\.png");

  @Test
  void everyScreenshotTheReadmeShowsIsTakenByTheBrowserSuite() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    Matcher referenced = SCREENSHOT.matcher(readme);
    Stream.Builder<String> names = Stream.builder();
    while (referenced.find()) {
      names.add(referenced.group(1));
    }
    assertThat(names.build().toList())
        .isNotEmpty()
        .allSatisfy(
            name ->
                assertThat(ReadmeShot.named(name))
                    .as("docs/screenshots/%s.png is taken by the browser suite (ReadmeShot)", name)
                    .isPresent());
  }

  @Test
  void everyPictureTheSuiteTakesForTheReadmeIsInTheReadme() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    assertThat(
            Arrays.stream(ReadmeShot.values()).map(shot -> "docs/screenshots/" + shot.fileName()))
        .allSatisfy(file -> assertThat(readme).contains(file));
  }
}
