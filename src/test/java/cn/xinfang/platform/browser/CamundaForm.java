package cn.xinfang.platform.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A Camunda Form (form-js) as a person fills it: fields found by their Chinese labels. */
class CamundaForm {

  final Screen screen;
  private final WebElement root;

  CamundaForm(Screen screen, WebElement root) {
    this.screen = screen;
    this.root = root;
  }

  WebElement field(String label) {
    By by =
        By.xpath(
            ".//div[contains(@class,'fjs-form-field')][label[contains(@class,'fjs-form-field-label')]"
                + "[normalize-space(text()[1])='"
                + label
                + "']]");
    return screen.waitFor(
        d ->
            root.findElements(by).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
  }

  CamundaForm type(String label, String text) {
    WebElement input = field(label).findElement(By.cssSelector("input.fjs-input, textarea"));
    screen.click(input);
    input.clear();
    input.sendKeys(text);
    settle();
    return this;
  }

  /**
   * form-js takes typed text into its model after a short debounce; a person's next move comes
   * later than that, so the test waits as long before its next one.
   */
  private static void settle() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A drop-down (form-js select): opens it and clicks the option. */
  CamundaForm select(String label, String option) {
    screen.click(field(label).findElement(By.cssSelector(".fjs-input-group")));
    screen.click(
        screen.shown(
            By.xpath(
                "//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='"
                    + option
                    + "']")));
    return this;
  }

  /** A radio option or a checkbox of a checklist, by the text beside it. */
  CamundaForm choose(String label, String option) {
    screen.click(
        field(label).findElement(By.xpath(".//label[normalize-space()='" + option + "']")));
    return this;
  }

  /** Brings a field into the middle of the window, where a person reads it. */
  CamundaForm scrollTo(String label) {
    screen.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", field(label));
    return this;
  }

  /** The options of a checklist that are ticked. */
  List<String> ticked(String label) {
    return field(label).findElements(By.xpath(".//label[input[@type='checkbox']]")).stream()
        .filter(option -> option.findElement(By.tagName("input")).isSelected())
        .map(option -> option.getText().strip())
        .toList();
  }

  /** What a field shows: the value of a (read-only) text field, or a drop-down's choice. */
  String shown(String label) {
    WebElement field = field(label);
    List<WebElement> display = field.findElements(By.cssSelector(".fjs-select-display"));
    if (!display.isEmpty()) {
      return display.get(0).getText().strip();
    }
    return field.findElement(By.cssSelector("input, textarea")).getAttribute("value");
  }
}
