package cn.xinfang.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.PetitionRegistry;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.support.CaseFlow;
import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.Desk;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 监控中心 as a district leader uses it: the 信访态势 tab with the unit table and the overdue list, a case
 * opened from the list in Cockpit, and the 卡点 labels on a diagram.
 */
@BrowserTest
class MonitoringBrowserIT extends InTheBrowser {

  @Autowired ProcessEngine engine;
  @Autowired PetitionRegistry registry;

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void aManagerSeesTheUnitsTheOverdueCasesAndWhereTheyStall() {
    CaseFlow flow =
        new CaseFlow(
            registry, new Desk(engine.getIdentityService(), engine.getTaskService()), engine);
    var late = flow.register(Petitions.claim(984).about("housing").build());
    flow.forward(late.caseNo(), "由住建局承办", "housing");
    var onTime = flow.register(Petitions.claim(985).build());
    flow.forward(onTime.caseNo(), "由人社局承办", "human-resources");
    flow.signFor("human-resources", onTime.caseNo());
    // forty days on, 住建局 has still not signed for its case
    ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(40L * 86_400)));

    HttpResponse<String> script =
        DemoUser.of("manager", port).get("/camunda/app/cockpit/scripts/monitoring.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("cockpit.processDefinition.diagram.plugin");

    CockpitPage cockpit = login.cockpitAs("manager").dashboard();
    screen.waitForText("当前超期案件 1 件");
    screen.waitForText("模型部署记录");
    sees("cockpit-deployment-ledger", "模型部署记录", "平台启动", "信访流转平台流程模型");
    cockpit.monitoring();
    screen.waitForText(late.caseNo());
    sees("cockpit-monitoring", "信访态势", "按期受理率", "按期办结率", "满意率", "超期案件（当前）", "住房和城乡建设局", "月督查");
    WebElement housing = screen.shown(By.cssSelector("table.kpi-units tr[data-unit='housing']"));
    assertThat(housing.getAttribute("class")).as("below the threshold: red").contains("kpi-red");
    assertThat(
            screen
                .driver
                .findElements(By.cssSelector("table.kpi-units tbody tr"))
                .get(0)
                .getAttribute("data-unit"))
        .as("sorted by overdue")
        .isEqualTo("housing");

    screen.click(screen.shown(By.cssSelector("button[data-kind='week']")));
    screen.waitFor(d -> screen.visibleText().contains("统计周期"));
    screen.click(screen.shown(By.cssSelector("button[data-kind='custom']")));
    sees("cockpit-monitoring-custom", "查询", "统计周期");

    screen.click(screen.shown(By.linkText(late.caseNo())));
    screen.waitFor(
        d -> d.getCurrentUrl().contains("#/process-instance/" + late.processInstanceId()));
    screen.waitForText(late.caseNo());

    String handling =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey("department-handling")
            .latestVersion()
            .singleResult()
            .getId();
    WebElement stall = cockpit.stallOn(handling, "Task_SignFor");
    assertThat(stall.getText()).startsWith("待1 超1");
    sees("cockpit-stalls", "待1 超1");
  }
}
