package cn.xinfang.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.support.DemoUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 中心吹哨 in 任务中心: an event a grid member reported (with a photo) is dispatched by the grid centre to
 * two units, which find 部门报到 in their 本单位待办.
 */
@BrowserTest
class GridBrowserIT extends InTheBrowser {

  @Autowired ProcessEngine engine;
  @Autowired ObjectMapper json;

  @Test
  void theGridCentreBlowsTheWhistleAndTheUnitsReportIn() throws Exception {
    String eventNo =
        json.readTree(
                DemoUser.of("grid-center", port)
                    .postJson(
                        "/api/grid/events",
                        "{\"location\":\"第一镇幸福小区 3 号楼东侧\",\"description\":\"路灯损坏一周未修，夜间出行不便\","
                            + "\"urgent\":false,\"citizenName\":\"李四\",\"citizenPhone\":\"13900005555\"}")
                    .body())
            .get("eventNo")
            .asText();

    TaskForm dispatch =
        login.tasklistAs("grid-center").filter("本单位待办").open("中心吹哨（派单）", eventNo).claim();
    assertThat(dispatch.shown("事件编号")).isEqualTo(eventNo);
    dispatch.choose("处理方式", "吹哨：派给相关部门");
    dispatch.choose("派给部门（吹哨时选择）", "住房和城乡建设局");
    dispatch.choose("派给部门（吹哨时选择）", "第一镇");
    sees("grid-dispatch", "中心吹哨（派单）", "处理方式", "派给部门");
    dispatch.complete();

    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("grid-response")
                .processInstanceBusinessKey(eventNo)
                .count())
        .isEqualTo(2);
    login.tasklistAs("housing-official").filter("本单位待办").open("部门报到", eventNo);
    sees("grid-report-in", "部门报到");
    seen.assertAll();
  }
}
