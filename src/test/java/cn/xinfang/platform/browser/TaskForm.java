package cn.xinfang.platform.browser;

import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/** An open task in 任务中心: its header (认领, dates) and its Camunda Form with 完成. */
final class TaskForm extends CamundaForm {

  final String taskId;

  TaskForm(Screen screen, String taskId) {
    super(screen, screen.shown(By.cssSelector(".task-card [cam-tasklist-form-camunda] .fjs-form")));
    this.taskId = taskId;
  }

  /** 认领: the task becomes the official's; the form opens for input. */
  TaskForm claim() {
    screen.shown(By.cssSelector(".task-card button.claim")).click();
    screen.waitFor(d -> d.findElements(By.cssSelector(".task-card .disabled-form")).isEmpty());
    return this;
  }

  /** Scrolls the task back to its header, where a person starts reading. */
  TaskForm scrolledToTop() {
    // Tasklist focuses the form's first field after 认领, which scrolls; scroll until it stays
    screen.waitFor(
        d -> {
          WebElement header = screen.shown(By.cssSelector(".task-card header"));
          screen.driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", header);
          return screen.inViewport(header);
        });
    return this;
  }

  boolean claimable() {
    return screen.isShown(By.cssSelector(".task-card button.claim"));
  }

  /** 完成: submits the form; the task leaves the list. */
  void complete() {
    screen.dismissNotifications();
    WebElement button;
    try {
      button =
          screen.waitFor(
              d ->
                  d
                      .findElements(By.cssSelector(".task-card .form-actions button.btn-primary"))
                      .stream()
                      .filter(b -> b.isDisplayed() && b.isEnabled())
                      .findFirst()
                      .orElse(null));
    } catch (TimeoutException e) {
      screen.shoot("cannot-complete");
      throw new AssertionError(
          "完成 stays disabled; the form shows: "
              + screen.driver.findElements(By.cssSelector(".fjs-form-field-error")).stream()
                  .map(WebElement::getText)
                  .toList(),
          e);
    }
    screen.click(button);
    screen.waitFor(d -> !d.getCurrentUrl().contains(taskId));
  }

  /** The link to the case's record, where the form offers one. */
  Optional<WebElement> recordLink(String caseNo) {
    return screen
        .driver
        .findElements(By.cssSelector(".task-card a[href*='/api/petitions/" + caseNo + "/record']"))
        .stream()
        .filter(WebElement::isDisplayed)
        .findFirst();
  }

  private static final By APPLY = By.cssSelector("button[ng-click^='applyChange']");
  private static final By CANCEL = By.cssSelector("button[ng-click^='cancelChange']");

  /** Sets the due date (截止) to a day of the month the date picker opens on, and applies it. */
  TaskForm changeDueDateToDay(int day) {
    return changeDateToDay(".due-date", day);
  }

  /** Sets the follow-up date (跟进日期) to a day of the month the picker opens on, and applies it. */
  TaskForm changeFollowUpDateToDay(int day) {
    return changeDateToDay(".followup-date", day);
  }

  private TaskForm changeDateToDay(String which, int day) {
    screen.click(screen.shown(By.cssSelector(".task-card " + which + " .view-value")));
    screen.shown(APPLY);
    screen.click(
        screen.shown(
            By.xpath(
                "//button[span[not(contains(@class,'text-muted')) and normalize-space()='"
                    + "%02d".formatted(day)
                    + "']]")));
    screen.click(screen.shown(APPLY));
    screen.waitFor(d -> !screen.isShown(APPLY));
    return this;
  }

  /** What the page shows while the follow-up date's picker is open (for the English check). */
  String datePickerText() {
    screen.click(screen.shown(By.cssSelector(".task-card .followup-date .view-value")));
    screen.shown(APPLY);
    String text = screen.visibleText();
    screen.shoot("date-picker");
    screen.click(screen.shown(CANCEL));
    screen.waitFor(d -> !screen.isShown(APPLY));
    return text;
  }
}
