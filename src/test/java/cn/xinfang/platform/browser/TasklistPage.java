package cn.xinfang.platform.browser;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** 任务中心: the filters on the left, the task list in the middle, the open task on the right. */
final class TasklistPage {

  private static final By TASKS = By.cssSelector("[cam-tasks] .tasks-list > li.task");

  private final Screen screen;

  TasklistPage(Screen screen) {
    this.screen = screen;
  }

  /** 启动流程 → the process by its name → its start form. */
  StartForm startProcess(String processName) {
    screen.shown(By.cssSelector(".start-process-action a")).click();
    screen
        .shown(
            By.xpath(
                "//ul[contains(@class,'processes')]//a[normalize-space()='" + processName + "']"))
        .click();
    return new StartForm(
        screen, screen.shown(By.cssSelector(".modal-content [cam-tasklist-form-camunda]")));
  }

  /** Clicks a filter (我的待办, 本单位待办…) and waits for its list. */
  TasklistPage filter(String name) {
    screen
        .shown(
            By.xpath(
                "//div[contains(@class,'task-filter')]//h4/a[normalize-space(text()[1])='"
                    + name
                    + "']"))
        .click();
    screen.waitFor(
        d ->
            d.findElements(
                        By.xpath(
                            "//div[contains(@class,'task-filter') and contains(@class,'active')]"
                                + "//h4/a[normalize-space(text()[1])='"
                                + name
                                + "']"))
                    .size()
                == 1);
    return this;
  }

  /** The list entry of the task named so, preferring the one that shows the case number. */
  WebElement entry(String taskName, String caseNo) {
    return screen.waitFor(
        d -> {
          List<WebElement> named =
              d.findElements(TASKS).stream()
                  .filter(e -> e.findElement(By.cssSelector("h4.task")).getText().equals(taskName))
                  .toList();
          if (named.isEmpty()) {
            refreshList();
            return null;
          }
          return named.stream()
              .filter(e -> e.getText().contains(caseNo))
              .findFirst()
              .orElse(named.get(0));
        });
  }

  /**
   * Types into the list's search box and presses Enter; answers the texts of the listed tasks once
   * they are as expected, or as they are after a few seconds.
   */
  List<String> search(String text, Predicate<List<String>> expected) {
    screen.shown(By.cssSelector(".search-container > input")).sendKeys(text, Keys.ENTER);
    long until = System.nanoTime() + Duration.ofSeconds(8).toNanos();
    List<String> listed = listed();
    while (!expected.test(listed) && System.nanoTime() < until) {
      screen.pause(Duration.ofMillis(300));
      listed = listed();
    }
    return listed;
  }

  private List<String> listed() {
    try {
      return screen.driver.findElements(TASKS).stream().map(WebElement::getText).toList();
    } catch (StaleElementReferenceException redrawn) {
      return List.of();
    }
  }

  /** Removes every search (the × of each), as the list is without one. */
  TasklistPage withoutSearch() {
    By remove = By.cssSelector(".search-container .remove-search");
    while (screen.isShown(remove)) {
      screen.click(screen.shown(remove));
      screen.pause(Duration.ofMillis(300));
    }
    return this;
  }

  /** Opens a task by its address, as someone does who was sent a link to it. */
  TaskForm openLinked(String taskId, String taskName) {
    String app = screen.driver.getCurrentUrl().replaceFirst("#.*", "");
    screen.open(app + "#/?task=" + taskId);
    return opened(taskId, taskName);
  }

  /** Opens the task from the list, as a person clicks it. */
  TaskForm open(String taskName, String caseNo) {
    // the list may be drawn again (a filter chosen, a refresh) between finding and clicking
    String taskId =
        screen.waitFor(
            d -> {
              try {
                WebElement link = entry(taskName, caseNo).findElement(By.cssSelector("h4.task a"));
                String href = link.getAttribute("href");
                link.click();
                return href.substring(href.indexOf("task=") + 5);
              } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return null;
              }
            });
    return opened(taskId, taskName);
  }

  private TaskForm opened(String taskId, String taskName) {
    screen.waitFor(
        d ->
            d.findElements(By.cssSelector(".task-card h2.task")).stream()
                .anyMatch(h -> h.getText().strip().equals(taskName)));
    return new TaskForm(screen, taskId);
  }

  /** The notification in the page's top-right corner, if one is shown. */
  Optional<String> notification() {
    return screen
        .driver
        .findElements(By.cssSelector(".page-notifications .alert, .notifications .alert"))
        .stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .reduce((a, b) -> a + "\n" + b);
  }

  private void refreshList() {
    screen.driver.findElements(By.cssSelector("div.task-filter.active h4 a")).stream()
        .findFirst()
        .ifPresent(WebElement::click);
  }
}
