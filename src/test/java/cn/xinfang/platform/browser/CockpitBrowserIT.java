package cn.xinfang.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.PetitionRegistry;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.supervision.SupervisionReason;
import cn.xinfang.platform.supervision.SupervisionRequests;
import cn.xinfang.platform.supervision.SupervisionSource;
import cn.xinfang.platform.support.CaseFlow;
import cn.xinfang.platform.support.Desk;
import java.nio.file.Path;
import java.util.Map;
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
  @Autowired SupervisionRequests requests;

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
        .containsExactlyInAnyOrder(
            ReadmeShot.COCKPIT_MANAGER,
            ReadmeShot.COCKPIT_PETITION,
            ReadmeShot.COCKPIT_SUPERVISION);
    seen.assertAll();
  }

  @Test
  void aManagerFollowsASupervisionInCockpitAndReadsItsLedgerOnTheCaseRecord() {
    Desk desk = new Desk(engine.getIdentityService(), engine.getTaskService());
    CaseFlow flow = new CaseFlow(registry, desk, engine);
    String caseNo = flow.register(Petitions.claim(8).about("court-case").build()).caseNo();
    flow.forward(caseNo, "由法院承办", "court");
    requests.request(
        caseNo,
        "court",
        SupervisionReason.FLAGGED,
        SupervisionSource.API,
        "群众多次反映久拖不决，挂牌督办",
        "supervisor");
    desk.complete(
        "supervisor", caseNo, "Task_IssueNotice", Map.of("requirements", "十个工作日内办结并书面答复"));
    String supervision =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey("supervision")
            .processInstanceBusinessKey(caseNo)
            .singleResult()
            .getId();

    CockpitPage cockpit = login.cockpitAs("manager").dashboard();
    assertThat(cockpit.instance(supervision)).contains("Task_AnswerNotice");
    // the instance's variable table names variables as the engine does (unit, caseNo): no English
    // check here
    screen.waitForText(caseNo);

    screen.open("http://localhost:" + port + "/api/petitions/" + caseNo + "/record");
    screen.waitForText("七、督查督办与问责");
    driver.executeScript("[...document.querySelectorAll('h2')].pop().scrollIntoView()");
    sees("case-record-supervision", "督查督办与问责", "挂牌督办通知书", "人民法院");
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
