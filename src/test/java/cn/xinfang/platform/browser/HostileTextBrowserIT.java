package cn.xinfang.platform.browser;

import cn.xinfang.platform.intake.PetitionRegistry;
import cn.xinfang.platform.intake.Petitions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * HTML and script a petitioner wrote (issue 16, item 9) are stored as written and shown as text
 * wherever an official or a manager reads them: the task form in 任务中心, the instance's variables in
 * 监控中心 and the printable case record. Nothing of it runs (a script would set {@code window.__xss})
 * and no element is made of it.
 */
@BrowserTest
class HostileTextBrowserIT extends InTheBrowser {

  private static final String HOSTILE =
      "拖欠工资<script>window.__xss='script'</script><img src=x onerror=\"window.__xss='img'\">"
          + "<b>加粗</b> & \"引号\"";

  @Autowired PetitionRegistry registry;

  @Test
  void htmlAndScriptInAPetitionAreShownAsTextInTasklistCockpitAndTheRecord() {
    var registration =
        registry.register(Petitions.claimBy("19701010", 1).content(HOSTILE).build(), "registrar");
    String caseNo = registration.caseNo();

    TaskForm task = login.tasklistAs("registrar").filter("本单位待办").open("登记受理", caseNo);
    seen.assertThat(task.shown("信访内容"))
        .as("Tasklist's form shows the text as written")
        .isEqualTo(HOSTILE);
    nothingRan("tasklist");
    sees("tasklist-hostile-text", "登记受理", "信访内容");

    screen.open("http://localhost:" + port + "/api/petitions/" + caseNo + "/record");
    screen.waitForText("<script>window.__xss='script'</script>");
    nothingRan("the case record");
    sees("record-hostile-text", caseNo);

    login.cockpitAs("manager");
    screen.open(
        "http://localhost:"
            + port
            + "/camunda/app/cockpit/default/#/process-instance/"
            + registration.processInstanceId()
            + "/runtime?tab=variables-tab");
    screen.waitForText("<img src=x onerror=\"window.__xss='img'\">");
    nothingRan("cockpit");
    sees("cockpit-hostile-text", "content");
    seen.assertAll();
  }

  private void nothingRan(String where) {
    seen.assertThat(driver.executeScript("return window.__xss === undefined"))
        .as("no script of the text ran in %s", where)
        .isEqualTo(true);
    seen.assertThat(driver.findElements(By.cssSelector("img[src='x']")))
        .as("no image was made of the text in %s", where)
        .isEmpty();
    seen.assertThat(driver.findElements(By.xpath("//b[contains(., '加粗')]")))
        .as("no bold text was made of the text in %s", where)
        .isEmpty();
  }
}
