package cn.xinfang.platform.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person sees in the browser: the visible text, the console's errors and the page's picture.
 * Each page helper works on one screen.
 */
final class Screen {

  /**
   * Errors Camunda's webapps log in the console although nothing is wrong, each with its reason.
   * Nothing else is filtered.
   */
  private static final List<Pattern> HARMLESS =
      List.of(
          // the login page asks who is logged in; 404 answers "nobody yet"
          Pattern.compile("/camunda/api/admin/auth/user/default - Failed to load resource: .*404"),
          // right after 完成, Tasklist may ask once more for the task just completed (seen in CI
          // under load); the answer "gone" is what it is
          Pattern.compile(
              "/camunda/api/engine/engine/default/task/[0-9a-f-]{36} - Failed to load resource: .*404"));

  private static final List<String> ENGLISH = englishVendorStrings();

  final ChromeDriver driver;
  final Screenshots screenshots;
  private final List<Pattern> expectedErrors = new ArrayList<>();

  Screen(ChromeDriver driver, Screenshots screenshots) {
    this.driver = driver;
    this.screenshots = screenshots;
  }

  <T> T waitFor(Function<WebDriver, T> condition) {
    // Angular redraws as it goes: an element found a moment ago may be replaced; look again
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  WebElement find(By by) {
    return waitFor(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst())
        .orElseThrow();
  }

  /** Waits until the element is shown, then returns it. */
  WebElement shown(By by) {
    return waitFor(
        d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
  }

  /** Scrolls the element to the middle of the window, as a person would, and clicks it. */
  void click(WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    try {
      element.click();
    } catch (ElementClickInterceptedException covered) {
      // Tasklist's footer covers the lower half of 完成 at the end of a long form: a person
      // clicks its upper edge
      int height = element.getSize().getHeight();
      new Actions(driver).moveToElement(element, 0, -(height / 2 - 3)).click().perform();
    }
  }

  /** Closes the notifications in the corner (×), which cover the buttons under them. */
  void dismissNotifications() {
    driver.findElements(By.cssSelector(".page-notifications .alert button.close")).stream()
        .filter(WebElement::isDisplayed)
        .forEach(WebElement::click);
  }

  boolean isShown(By by) {
    for (int attempt = 1; ; attempt++) {
      try {
        return driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
      } catch (StaleElementReferenceException redrawn) {
        if (attempt == 5) {
          throw redrawn;
        }
      }
    }
  }

  void open(String url) {
    driver.get(url);
  }

  /** The text a person can see on the page (hidden elements excluded). */
  String visibleText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  void waitForText(String text) {
    waitFor(d -> visibleText().contains(text));
  }

  /** Lets the page settle where there is nothing to wait for (a list that may stay empty). */
  void pause(Duration time) {
    try {
      Thread.sleep(time.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether a click on the element reaches it (nothing laid over it), once scrolled to. */
  boolean clickable(WebElement element) {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) driver)
            .executeScript(
                "const e = arguments[0]; e.scrollIntoView({block: 'center'});"
                    + "const r = e.getBoundingClientRect();"
                    + "const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                    + "return hit === e || e.contains(hit);",
                element));
  }

  /** Whether the element lies within the window, where a person looking at the screen sees it. */
  boolean inViewport(WebElement element) {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) driver)
            .executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                    + "return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0"
                    + " && r.bottom <= window.innerHeight && r.right <= window.innerWidth;",
                element));
  }

  /** Known English strings of Camunda, bpmn-js, dmn-js and form-js visible on the screen. */
  List<String> englishOnScreen() {
    return englishIn(visibleText());
  }

  static List<String> englishIn(String text) {
    return ENGLISH.stream()
        .filter(
            english ->
                Pattern.compile("(?<![A-Za-z])" + Pattern.quote(english) + "(?![A-Za-z])")
                    .matcher(text)
                    .find())
        .toList();
  }

  /** An error the step provokes on purpose (a refused form), allowed until the next step. */
  void expectError(String regex) {
    expectedErrors.add(Pattern.compile(regex));
  }

  /** The console's errors since the last call, less the harmless and the expected ones. */
  List<String> consoleErrors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      String message = entry.getMessage();
      boolean allowed =
          HARMLESS.stream().anyMatch(p -> p.matcher(message).find())
              || expectedErrors.stream().anyMatch(p -> p.matcher(message).find());
      if (!allowed) {
        errors.add(message);
      }
    }
    expectedErrors.clear();
    return errors;
  }

  void shoot(String step) {
    screenshots.take(driver, step);
  }

  private static List<String> englishVendorStrings() {
    List<String> strings = new ArrayList<>();
    // ours, and the list of the webapp translations' owner where it is there
    for (String list :
        List.of("/browser/english-on-screen.txt", "/browser/english-vendor-strings.txt")) {
      try (InputStream in = Screen.class.getResourceAsStream(list)) {
        if (in != null) {
          Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
              .map(String::strip)
              .filter(line -> !line.isEmpty() && !line.startsWith("#"))
              .filter(line -> !strings.contains(line))
              .forEach(strings::add);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(strings);
  }
}
