package cn.xinfang.platform.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The start form in 启动流程's dialog, with 启动 at its bottom. */
final class StartForm extends CamundaForm {

  StartForm(Screen screen, WebElement root) {
    super(screen, root);
  }

  WebElement startButton() {
    return screen.find(
        By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='启动']"));
  }

  /** Clicks 启动; the dialog stays open when the server refuses the form. */
  StartForm start() {
    startButton().click();
    return this;
  }

  /** The visible elements that carry the message, wherever the dialog shows it (once or twice). */
  List<WebElement> messages(String text) {
    By carrying =
        By.xpath(
            "//*[contains(@class,'modal')]//*[contains(normalize-space(text()),'" + text + "')]");
    return screen.waitFor(
        d -> {
          List<WebElement> shown =
              d.findElements(carrying).stream().filter(WebElement::isDisplayed).toList();
          return shown.isEmpty() ? null : shown;
        });
  }

  boolean dialogClosed() {
    return screen.driver.findElements(By.cssSelector(".modal-content")).stream()
        .noneMatch(WebElement::isDisplayed);
  }
}
