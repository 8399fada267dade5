package cn.xinfang.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.handling.HandlingVariables;
import cn.xinfang.platform.intake.PetitionRegistry;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.CaseFlow;
import cn.xinfang.platform.support.Desk;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The petitioner on a phone: /query with the case number and the query code shows where the case
 * stands and the delivered reply, and takes one rating.
 */
@BrowserTest
class PublicQueryBrowserIT extends InTheBrowser {

  @Autowired ProcessEngine engine;
  @Autowired PetitionRegistry registry;

  @Test
  void aPetitionerReadsTheReplyOnAPhoneAndRatesIt() {
    Desk desk = new Desk(engine.getIdentityService(), engine.getTaskService());
    CaseFlow flow = new CaseFlow(registry, desk, engine);
    Registration r = flow.register(Petitions.claim(3476).build());
    String caseNo = r.caseNo();
    flow.forward(caseNo, "涉及住房补偿，由住房和城乡建设局办理", "housing");
    flow.unitHandles("housing", caseNo);
    flow.consolidate("housing", caseNo);
    flow.leaderDecidesReply("housing", caseNo, HandlingVariables.APPROVE);
    long reply =
        (Long)
            engine
                .getRuntimeService()
                .createVariableInstanceQuery()
                .processInstanceIdIn(
                    engine
                        .getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey("petition-aftercare")
                        .processInstanceBusinessKey(caseNo)
                        .singleResult()
                        .getId())
                .variableName("awaitedNoticeId")
                .singleResult()
                .getValue();
    flow.deliver(
        "housing-official",
        caseNo,
        reply,
        "IN_PERSON",
        LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());

    driver.manage().window().setSize(new Dimension(412, 1400));
    screen.open("http://localhost:" + port + "/query");
    screen.find(By.id("caseNo")).sendKeys(caseNo);
    screen.find(By.id("code")).sendKeys(r.queryCode());
    screen.click(screen.find(By.cssSelector("#query button")));
    screen.waitForText("当前状态");
    sees("public-query", "信访事项查询与评价", "当前状态", "办理进度", "答复意见书", "对办理结果的评价");

    screen.click(screen.find(By.cssSelector("input[value=SATISFIED]")));
    screen.click(screen.find(By.id("rate")));
    screen.waitForText("您已评价");
    assertThat(screen.visibleText()).doesNotContain("王3476");
    sees("public-query-rated", "您已评价");
    seen.assertAll();
  }
}
