package cn.xinfang.platform.browser;

import cn.xinfang.platform.intake.PetitionRegistry;
import cn.xinfang.platform.intake.Petitions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 信访代办 in 任务中心: a village agent's filing waits in the village's 本单位待办; the agent records the
 * village's mediation and the matter is resolved there.
 */
@BrowserTest
class ProxyBrowserIT extends InTheBrowser {

  @Autowired PetitionRegistry registry;

  @Test
  void theVillageMediatesWhatItsAgentFiled() {
    String caseNo =
        registry
            .register(
                Petitions.claim(3506)
                    .about("land")
                    .from("village-1-1")
                    .by("PROXY")
                    .content("宅基地界线纠纷，与邻居多次协商未果，请求调解")
                    .build(),
                "agent-village-1-1")
            .caseNo();

    TaskForm resolve =
        login.tasklistAs("agent-village-1-1").filter("本单位待办").open("本级化解（15 日）", caseNo).claim();
    seen.assertThat(resolve.shown("当前层级")).contains("嘎查村（社区）", "第一镇一村");
    resolve.choose("本级处理结果", "本级无法化解，报上一级");
    resolve.type("调解记录或理由", "经村调委会两次调解，双方对界线分歧较大，报苏木乡镇");
    sees("proxy-resolve", "本级化解", "当前层级", "本级处理结果", "调解记录或理由");
    resolve.complete();

    TaskForm township =
        login.tasklistAs("township-1-official").filter("本单位待办").open("本级化解（15 日）", caseNo);
    seen.assertThat(township.shown("当前层级")).contains("苏木乡镇（街道）", "第一镇");
    seen.assertAll();
  }
}
