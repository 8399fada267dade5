package cn.xinfang.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.PetitionRegistry;
import cn.xinfang.platform.intake.Petitions;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 监控中心 and 系统管理 as a district leader and a unit official meet them: every diagram drawn whole, a
 * running case opens, and an official is turned away in Chinese.
 */
@BrowserTest
class CockpitBrowserIT extends InTheBrowser {

  @Autowired ProcessEngine engine;
  @Autowired PetitionRegistry registry;

  @Test
  void aManagerSeesEveryDiagramWholeAndTheRunningCase() {
    var registration =
        registry.register(
            Petitions.claim(7).about("land").from("village-1-1").build(), "registrar");

    CockpitPage cockpit = login.cockpitAs("manager").dashboard();
    sees("cockpit-manager", "流程");

    for (BpmnFlowNodes model : BpmnFlowNodes.in(Path.of("processes"))) {
      ProcessDefinition deployed =
          engine
              .getRepositoryService()
              .createProcessDefinitionQuery()
              .processDefinitionKey(model.processId())
              .latestVersion()
              .singleResult();
      assertThat(deployed).as("%s is deployed", model.processId()).isNotNull();
      assertThat(cockpit.diagramOf(deployed.getId()))
          .as("Cockpit draws every flow node of %s", model.processId())
          .containsAll(model.ids());
      sees(
          model.processId().equals("petition")
              ? "cockpit-petition"
              : "cockpit-" + model.processId());
    }

    assertThat(cockpit.instance(registration.processInstanceId()))
        .contains("Task_ReviewRegistration");
    screen.waitForText(registration.caseNo());
    var recordLink = cockpit.recordLink(registration.caseNo());
    seen.assertThat(recordLink)
        .as("Cockpit links the running case to its record (item 7)")
        .isPresent();
    seen.assertThat(screen.isShown(By.cssSelector(".glyphicon-trash, .glyphicon-pencil")))
        .as("a read-only manager is offered no variable edit or delete (item 9)")
        .isFalse();
    sees("cockpit-instance", registration.caseNo());
    recordLink.ifPresent(
        link -> {
          screen.click(link);
          driver.getWindowHandles().forEach(handle -> driver.switchTo().window(handle));
          screen.waitForText("登记受理");
          sees("cockpit-case-record", registration.caseNo(), "登记受理");
        });
    assertThat(screen.screenshots.readmeShotsTaken())
        .containsExactlyInAnyOrder(ReadmeShot.COCKPIT_MANAGER, ReadmeShot.COCKPIT_PETITION);
    seen.assertAll();
  }

  @Test
  void aManagerReadsTheRoutingCatalogueInChinese() {
    String catalogue =
        engine
            .getRepositoryService()
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey("responsibility-catalogue")
            .latestVersion()
            .singleResult()
            .getId();
    login.cockpitAs("manager").decision(catalogue);
    sees("cockpit-decision", "命中策略", "规则顺序");
    seen.assertAll();
  }

  @Test
  void anOfficialIsTurnedAwayFromCockpitAndAdminInChinese() {
    for (String app : new String[] {"cockpit", "admin"}) {
      screen.expectError("/login/" + app + " - Failed to load resource: .*403");
      String refusal = login.refusedIn(app, "housing-official");
      assertThat(refusal).contains("登录失败", "没有执行此操作的权限");
      sees("refused-" + app);
    }
    seen.assertAll();
  }

  @Test
  void anAdministratorReadsGroupsAndAuthorizationsInChineseWithNames() {
    login.adminAs("admin", "#/groups");
    screen.waitForText("单位领导");
    sees("admin-groups", "单位", "单位领导", "角色");
    seen.assertThat(screen.visibleText())
        .as("group types are not shown as the synced codes (item 8)")
        .doesNotContainPattern("(?m)^\\s*(unit-leaders|unit|role|SYSTEM)\\s*$");

    screen.open(driver.getCurrentUrl().replaceFirst("#.*", "") + "#/authorization?resource=0");
    screen.waitForText("（");
    sees("admin-authorizations", "tasklist", "（任务中心）");
    // which groups the first page lists depends on the authorizations' ids and how many there are
    seen.assertThat(screen.visibleText())
        .as("a unit's group is shown with its name, whichever it is")
        .containsPattern("允许 [a-z0-9-]+ （[^）a-z]+） 访问 tasklist （任务中心）");
    seen.assertAll();
  }
}
