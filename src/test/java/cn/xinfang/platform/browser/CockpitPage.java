package cn.xinfang.platform.browser;

import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** 监控中心 as a manager reads it: the dashboard, a process's diagram, a running case. */
final class CockpitPage {

  private static final By SHAPES = By.cssSelector("g.djs-element.djs-shape[data-element-id]");

  private final Screen screen;
  private final String app;

  CockpitPage(Screen screen, String baseUrl) {
    this.screen = screen;
    this.app = baseUrl + "/camunda/app/cockpit/default/";
  }

  CockpitPage dashboard() {
    screen.open(app + "#/dashboard");
    screen.waitFor(d -> screen.visibleText().contains("流程"));
    return this;
  }

  /** Opens a process definition and answers the ids of the shapes its diagram drew. */
  Set<String> diagramOf(String processDefinitionId) {
    screen.open(app + "#/process-definition/" + processDefinitionId + "/runtime");
    return drawnShapes();
  }

  /** 信访态势: the unit table, once it is filled. */
  CockpitPage monitoring() {
    screen.open(app + "#/monitoring");
    screen.shown(By.cssSelector("table.kpi-units"));
    return this;
  }

  /** Opens a process definition and waits for the 卡点 label on one of its activities. */
  WebElement stallOn(String processDefinitionId, String activityId) {
    screen.open(app + "#/process-definition/" + processDefinitionId + "/runtime");
    drawnShapes();
    return screen.shown(By.cssSelector(".kpi-stall[data-activity='" + activityId + "']"));
  }

  /** Opens a decision definition; its table is drawn. */
  void decision(String decisionDefinitionId) {
    screen.open(app + "#/decision-definition/" + decisionDefinitionId);
    screen.shown(By.cssSelector(".tjs-table, table.decision-table, .dmn-decision-table-container"));
  }

  /** Opens a running instance; its diagram is drawn. */
  Set<String> instance(String processInstanceId) {
    screen.open(app + "#/process-instance/" + processInstanceId + "/runtime");
    return drawnShapes();
  }

  /** Cockpit's link to the case record on the page, where there is one. */
  java.util.Optional<WebElement> recordLink(String caseNo) {
    return screen
        .driver
        .findElements(By.cssSelector("a[href*='/api/petitions/" + caseNo + "/record']"))
        .stream()
        .filter(WebElement::isDisplayed)
        .findFirst();
  }

  private Set<String> drawnShapes() {
    screen.waitFor(d -> !d.findElements(SHAPES).isEmpty());
    // bpmn-js draws the whole diagram at once; wait until two looks agree
    return screen.waitFor(
        d -> {
          Set<String> first = ids();
          sleep();
          Set<String> second = ids();
          return first.equals(second) ? second : null;
        });
  }

  @SuppressWarnings("unchecked")
  private Set<String> ids() {
    // one look at the whole SVG: bpmn-js redraws while the page settles
    List<String> ids =
        (List<String>)
            screen.driver.executeScript(
                "return Array.from(document.querySelectorAll(arguments[0]))"
                    + ".map(g => g.getAttribute('data-element-id'));",
                "g.djs-element.djs-shape[data-element-id]");
    return Set.copyOf(ids);
  }

  private static void sleep() {
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
