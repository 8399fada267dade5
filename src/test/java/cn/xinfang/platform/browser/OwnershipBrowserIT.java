package cn.xinfang.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.PetitionRegistry;
import cn.xinfang.platform.intake.PetitionRequest;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.support.CaseFlow;
import cn.xinfang.platform.support.Desk;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 领导包案 in 任务中心: a third petition on the same land dispute; the bureau proposes the township, its
 * leader signs for the ownership, reports progress and applies for 销号, which the bureau accepts.
 */
@BrowserTest
class OwnershipBrowserIT extends InTheBrowser {

  @Autowired ProcessEngine engine;
  @Autowired PetitionRegistry registry;

  @Test
  void theTownshipsLeaderOwnsAThirdPetitionOnTheSameLandDisputeUntilItIsClosedOut() {
    Desk desk = new Desk(engine.getIdentityService(), engine.getTaskService());
    CaseFlow flow = new CaseFlow(registry, desk, engine);
    PetitionRequest land = Petitions.claim(10).about("land").from("village-1-1").build();
    String caseNo = flow.register(land).caseNo();
    flow.register(land);
    flow.register(land);

    TaskForm propose = login.tasklistAs("registrar").filter("本单位待办").open("提出包案领导", caseNo).claim();
    assertThat(propose.shown("建议单位")).isEqualTo("第一镇");
    propose.select("包案领导所在单位", "第一镇");
    sees("ownership-propose", "提出包案领导", "包案领导所在单位");
    propose.complete();

    TaskForm accept =
        login.tasklistAs("township-1-leader").filter("本单位待办").open("签收包案", caseNo).claim();
    sees("ownership-accept", "签收包案", "3 个月内化解销号");
    accept.complete();

    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    desk.complete(
        "township-1-leader",
        caseNo,
        "Task_MeetPetitioner",
        Map.of("meetingDate", today, "meetingPlace", "第一镇信访接待室", "meetingNotes", "听取诉求"));
    desk.complete(
        "township-1-leader",
        caseNo,
        "Task_ResolutionPlan",
        Map.of("planMeasures", "核实补偿标准，协调补发", "planUnits", "第一镇、自然资源局", "milestones", "两周内核实"));

    TaskForm report = login.tasklistAs("township-1-leader").filter("我的待办").open("报告化解进展", caseNo);
    report.choose("报告事项", "申请销号").type("进展情况", "补偿款已发放到位，信访人签字认可");
    report.choose("销号情形", "问题已化解，信访人认可");
    sees("ownership-report", "报告化解进展", "申请销号");
    report.complete();

    TaskForm check = login.tasklistAs("registrar").filter("本单位待办").open("审核销号", caseNo).claim();
    check.choose("审核意见", "同意销号");
    sees("ownership-close-out", "审核销号", "同意销号");
    check.complete();

    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey("case-ownership")
                .processInstanceBusinessKey(caseNo)
                .singleResult()
                .getEndActivityId())
        .isEqualTo("End_Owned");
    seen.assertAll();
  }
}
