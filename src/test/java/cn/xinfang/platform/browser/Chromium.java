package cn.xinfang.platform.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium as a Chinese official in Beijing has it: zh-CN, Asia/Shanghai, a
 * laptop's window. Driver and browser are named explicitly, so Selenium Manager never downloads
 * anything.
 */
final class Chromium {

  static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
  static final Path DRIVER =
      Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

  private Chromium() {}

  static ChromeDriver start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--lang=zh-CN",
        "--window-size=1400,1000");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.SEVERE);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .withEnvironment(Map.of("TZ", "Asia/Shanghai", "LANG", "zh_CN.UTF-8"))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1400, 1000));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    // the time zone of the page, whatever the machine's: Beijing, as the officials' PCs
    driver.executeCdpCommand(
        "Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Shanghai"));
    return driver;
  }

  static List<Path> missing() {
    return List.of(BROWSER, DRIVER).stream().filter(path -> !Files.isExecutable(path)).toList();
  }

  /**
   * Skips the browser group where Chromium is not installed, with the command that installs it;
   * {@code -Dbrowser.required=true} (set by {@code .ci/run}) makes that a failure instead.
   */
  static final class Installed implements ExecutionCondition {

    private static boolean told;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      List<Path> missing = missing();
      if (missing.isEmpty()) {
        return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
      }
      String message =
          "browser tests need "
              + missing
              + ": apt-get install chromium chromium-driver fonts-noto-cjk (or run .ci/run)";
      if (Boolean.getBoolean("browser.required")) {
        throw new IllegalStateException(message);
      }
      if (!told) {
        told = true;
        // Maven shows a skip's count, not its reason: the developer reads it here
        System.err.println("[browser] SKIPPED: " + message);
      }
      return ConditionEvaluationResult.disabled(message);
    }
  }
}
