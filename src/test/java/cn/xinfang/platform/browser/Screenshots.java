package cn.xinfang.platform.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Set;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * A picture of each step, numbered in the order of the walk, under {@code
 * target/browser-screenshots/<suite>/}. The steps the README shows are also written to {@code
 * docs/screenshots/} when the suite runs with {@code -Dscreenshots.update=true}.
 */
final class Screenshots {

  static final Path STEPS = Path.of("target", "browser-screenshots");
  static final Path README_SHOTS = Path.of("docs", "screenshots");

  private final Path folder;
  private final Set<ReadmeShot> taken = new LinkedHashSet<>();
  private int step;

  Screenshots(String suite) {
    this.folder = STEPS.resolve(suite);
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path take(WebDriver driver, String name) {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Path file = folder.resolve("%02d-%s.png".formatted(++step, name));
    try {
      Files.write(file, png);
      ReadmeShot.named(name)
          .ifPresent(
              shot -> {
                taken.add(shot);
                if (Boolean.getBoolean("screenshots.update")) {
                  copy(file, README_SHOTS.resolve(shot.fileName()));
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  Set<ReadmeShot> readmeShotsTaken() {
    return Set.copyOf(taken);
  }

  private static void copy(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
