package cn.xinfang.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.PetitionRegistry;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.support.CaseFlow;
import cn.xinfang.platform.support.Desk;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 五长服务日 in 任务中心: on Thursday 2026-10-29 the police chief receives a walk-in, finds it within the
 * police's remit, records the on-site explanation, and the police's officials then have it to reply
 * within 20 days.
 */
@BrowserTest
class FiveChiefsBrowserIT extends InTheBrowser {

  @Autowired ProcessEngine engine;
  @Autowired PetitionRegistry registry;

  @AfterEach
  void backToToday() {
    ClockUtil.reset();
  }

  @Test
  void theChiefOnDutyDecidesInTasklistAndTheUnitIsToReply() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-10-29T01:00:00Z")));
    Desk desk = new Desk(engine.getIdentityService(), engine.getTaskService());
    CaseFlow flow = new CaseFlow(registry, desk, engine);
    String caseNo =
        flow.register(
                Petitions.claim(3497)
                    .about("police-conduct")
                    .by("FIVE_CHIEFS")
                    .content("对派出所出警处置有意见，要求说明理由")
                    .build())
            .caseNo();

    TaskForm decide =
        login.tasklistAs("police-leader").filter("我的待办").open("五长接待：是否属本单位职责", caseNo);
    assertThat(decide.shown("坐班五长")).contains("李建国");
    decide.choose("接待决定", "属本单位职责，本单位办理并答复");
    decide.type("释法说理情况", "当场听取诉求，讲解出警处置的法律依据，承诺 20 日内书面答复");
    sees("five-chiefs-decision", "五长接待：是否属本单位职责", "派单目录建议", "释法说理情况");
    decide.complete();

    login.tasklistAs("police-official").filter("本单位待办").open("本单位办理并答复（20 日）", caseNo);
    sees("five-chiefs-reply", "本单位办理并答复", "20 日内答复");
    seen.assertAll();
  }
}
