package cn.xinfang.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.handling.HandlingVariables;
import cn.xinfang.platform.intake.PetitionRegistry;
import cn.xinfang.platform.support.CaseFlow;
import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.Desk;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A 12345 work order through the API and Tasklist: the hotline posts it, the housing bureau
 * answers, the caller is dissatisfied, and the bureau's leader answers the reopened order again in
 * 任务中心.
 */
@BrowserTest
class HotlineBrowserIT extends InTheBrowser {

  @Autowired ProcessEngine engine;
  @Autowired PetitionRegistry registry;
  @Autowired ObjectMapper json;

  @Test
  void aReopenedWorkOrderIsAnsweredAgainInTasklist() throws Exception {
    DemoUser hotline = DemoUser.of("channel-12345", port);
    String order =
        "{\"orderNo\":\"RX-BROWSER-1\",\"callerName\":\"赵六\",\"phone\":\"13900002222\","
            + "\"content\":\"小区楼道漏水多次报修无人处理\",\"type\":\"HOUSING\",\"urgency\":\"NORMAL\","
            + "\"receivedAt\":\"2026-11-24T09:00:00+08:00\"}";
    String caseNo =
        json.readTree(hotline.postJson("/api/hotline/orders", order).body()).get("caseNo").asText();
    Desk desk = new Desk(engine.getIdentityService(), engine.getTaskService());
    CaseFlow flow = new CaseFlow(registry, desk, engine);
    flow.forward(caseNo, "住房问题，由住房和城乡建设局办理", "housing");
    flow.unitHandles("housing", caseNo);
    flow.consolidate("housing", caseNo);
    flow.leaderDecidesReply("housing", caseNo, HandlingVariables.APPROVE);
    assertThat(
            hotline
                .postJson(
                    "/api/hotline/orders/RX-BROWSER-1/evaluation",
                    "{\"satisfaction\":\"DISSATISFIED\",\"comment\":\"仍在漏水\"}")
                .body())
        .contains("工单已重办");

    TaskForm task =
        login.tasklistAs("housing-leader").filter("本单位待办").open("重新答复 12345 工单", caseNo).claim();
    assertThat(task.shown("12345 工单编号")).isEqualTo("RX-BROWSER-1");
    task.type("答复意见书", "已安排维修队于三日内处理楼道漏水，处理后回访。");
    sees("hotline-reopen", "重新答复 12345 工单", "来电人对答复不满意");
    task.complete();

    assertThat(hotline.get("/api/hotline/orders/RX-BROWSER-1").body()).contains("已安排维修队于三日内处理楼道漏水");
    seen.assertAll();
  }
}
