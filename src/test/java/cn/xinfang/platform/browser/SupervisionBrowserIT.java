package cn.xinfang.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.PetitionRegistry;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.support.CaseFlow;
import cn.xinfang.platform.support.Desk;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 督查督办 in 任务中心 as the people who do it: the supervisor flags a case from the start form and signs
 * the notice, the court's leader answers it in writing, the supervisor judges it rectified.
 */
@BrowserTest
class SupervisionBrowserIT extends InTheBrowser {

  @Autowired ProcessEngine engine;
  @Autowired PetitionRegistry registry;

  @Test
  void aSupervisorFlagsACaseTheUnitsLeaderAnswersAndItIsClosedRectified() {
    CaseFlow flow =
        new CaseFlow(
            registry, new Desk(engine.getIdentityService(), engine.getTaskService()), engine);
    String caseNo = flow.register(Petitions.claim(9).about("court-case").build()).caseNo();
    flow.forward(caseNo, "由法院承办", "court");

    TasklistPage tasklist = login.tasklistAs("supervisor");
    StartForm flag = tasklist.startProcess("督查督办");
    flag.type("案件编号", caseNo).select("被督办单位", "人民法院").type("挂牌督办理由", "群众多次反映久拖不决，挂牌督办");
    sees("supervision-flag", "挂牌督办", "被督办单位");
    flag.start();
    screen.waitFor(d -> flag.dialogClosed());

    TaskForm notice = login.tasklistAs("supervisor").filter("本单位待办").open("签发督办函", caseNo).claim();
    assertThat(notice.shown("案件编号")).isEqualTo(caseNo);
    assertThat(notice.shown("被督办单位")).isEqualTo("人民法院");
    notice.type("督办要求", "十个工作日内办结并书面答复");
    sees("supervision-issue-notice", "签发督办函", "督办要求");
    notice.complete();

    TaskForm answer = login.tasklistAs("court-leader").filter("本单位待办").open("书面答复", caseNo).claim();
    seen.assertThat(screen.visibleText()).contains("查看督办函（可打印）");
    answer.type("书面答复", "已于本周召开专题会，案件已排期审理，预计十日内办结");
    sees("supervision-answer", "书面答复");
    answer.complete();

    TaskForm judge = login.tasklistAs("supervisor").filter("本单位待办").open("审核整改情况", caseNo).claim();
    judge.choose("审核意见", "整改到位");
    sees("supervision-judge", "审核整改情况", "整改到位");
    judge.complete();

    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey("supervision")
                .processInstanceBusinessKey(caseNo)
                .singleResult()
                .getEndActivityId())
        .isEqualTo("End_Rectified");
    seen.assertAll();
  }
}
