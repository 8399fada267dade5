package cn.xinfang.platform.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.xinfang.platform.notification.MailVariables;
import cn.xinfang.platform.support.ClockedCaseTest;
import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.FiresTimers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 群众下单、中心吹哨、部门报到: a grid member reports an event with a photo; the centre dispatches it to two
 * units, each reports in and feeds back, and the centre closes it with the reporter's evaluation; a
 * unit that does not report in is reminded, then the supervisors take it up; an event that needs
 * the petition track becomes a petition with one action.
 */
class GridDispatchTest extends ClockedCaseTest {

  /** A 1×1 PNG. */
  static final String PNG =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired GridEvents events;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void anEventIsDispatchedReportedInActedOnAndClosedWithTheReportersEvaluation() throws Exception {
    String eventNo = reported(false);
    dispatch(eventNo, "[\"housing\",\"township-1\"]");
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("grid-response")
                .processInstanceBusinessKey(eventNo)
                .count())
        .isEqualTo(2);
    for (String unit : List.of("housing", "township-1")) {
      desk.complete(unit + "-official", eventNo, "Task_ReportIn", Map.of());
      desk.complete(
          unit + "-official", eventNo, "Task_Act", Map.of("gridFeedback", unit + " 已到现场处置完毕"));
    }
    ProcessInstance dispatch = dispatchProcess(eventNo);
    assertThat(dispatch).isWaitingAt("Task_CloseEvent");
    assertThat(String.valueOf(taskVariable(eventNo, "Task_CloseEvent", "unitFeedback")))
        .contains("【住房和城乡建设局】housing 已到现场处置完毕", "【第一镇】");
    desk.complete("grid-center", eventNo, "Task_CloseEvent", Map.of("evaluation", "SATISFIED"));
    assertThat(dispatch).isEnded();
    GridEvents.Event e = events.find(eventNo).orElseThrow();
    assertThat(e.status()).isEqualTo("CLOSED");
    assertThat(e.evaluation()).isEqualTo("SATISFIED");
    assertThat(events.units(eventNo)).allSatisfy(p -> assertThat(p.reportedInAt()).isNotNull());
  }

  @Test
  @FiresTimers({"Timer_ReportInLate", "Timer_ReportInSupervise"})
  void aUnitThatDoesNotReportInIsRemindedThenSupervised() throws Exception {
    String eventNo = reported(true);
    dispatch(eventNo, "[\"market-regulation\"]");
    timers.fire(eventNo, "Timer_ReportInLate");
    timers.fire(eventNo, "Timer_ReportInSupervise");
    assertThat(queuedSubjects())
        .anySatisfy(s -> assertThat(s).contains(eventNo, "请立即报到"))
        .anySatisfy(s -> assertThat(s).contains("【网格督办】", eventNo));
    assertThat(events.units(eventNo))
        .singleElement()
        .satisfies(p -> assertThat(p.reportedInAt()).isNull());
    assertThat(desk.countVisible("housing-official", eventNo, "Task_SuperviseUnit")).isZero();
    desk.complete(
        "supervisor",
        eventNo,
        "Task_SuperviseUnit",
        Map.of("supervisionMeasure", "CALL", "supervisionNote", "已电话督促市场监督管理局立即报到"));
    assertThat(
            jdbc.sql(
                    "select supervision_measure from grid_event_unit where event_no = ? and unit = ?")
                .params(eventNo, "market-regulation")
                .query(String.class)
                .single())
        .isEqualTo("CALL");
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("grid-response")
                .processInstanceBusinessKey(eventNo)
                .singleResult())
        .isWaitingAt("Task_ReportIn");
  }

  @Test
  void anEventThatNeedsThePetitionTrackBecomesAPetitionWithOneAction() throws Exception {
    String eventNo = reported(false);
    desk.complete("grid-center", eventNo, "Task_Dispatch", Map.of("gridAction", "PETITION"));
    GridEvents.Event e = events.find(eventNo).orElseThrow();
    assertThat(e.status()).isEqualTo("PETITION");
    assertThat(view(e.caseNo()).channel()).isEqualTo("GRID");
    assertThat(view(e.caseNo()).content()).contains(eventNo, "路灯");
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("petition")
                .processInstanceBusinessKey(e.caseNo())
                .singleResult())
        .isWaitingAt("Task_ReviewRegistration");
  }

  @Test
  void aBadReportIsRefusedAndOnlyTheGridCentreReports() throws Exception {
    HttpResponse<String> bad =
        DemoUser.of("grid-center", port)
            .postJson(
                "/api/grid/events",
                "{\"location\":\"\",\"description\":\"x\",\"citizenName\":\"李四\",\"citizenPhone\":\"1\","
                    + "\"photo\":{\"name\":\"a.gif\",\"contentType\":\"image/gif\",\"base64\":\""
                    + PNG
                    + "\"}}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("请填写事件地点", "反映人电话格式不正确", "照片只能是 JPEG 或 PNG");
    assertThat(
            DemoUser.of("registrar", port).postJson("/api/grid/events", body(false)).statusCode())
        .isEqualTo(403);
  }

  private String reported(boolean urgent) throws Exception {
    HttpResponse<String> r =
        DemoUser.of("grid-center", port).postJson("/api/grid/events", body(urgent));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode event = json.readTree(r.body());
    assertThat(event.get("photos").findValuesAsText("")).isEmpty();
    assertThat(event.get("photos").get(0).asText()).isEqualTo("路灯.png");
    String eventNo = event.get("eventNo").asText();
    assertThat(dispatchProcess(eventNo)).isWaitingAt("Task_Dispatch");
    return eventNo;
  }

  private String body(boolean urgent) {
    return "{\"location\":\"第一镇幸福小区 3 号楼东侧\",\"description\":\"路灯损坏一周未修，夜间出行不便\","
        + "\"urgent\":"
        + urgent
        + ",\"citizenName\":\"李四\",\"citizenPhone\":\"13900005555\","
        + "\"photo\":{\"name\":\"路灯.png\",\"contentType\":\"image/png\",\"base64\":\""
        + PNG
        + "\"}}";
  }

  private void dispatch(String eventNo, String units) {
    desk.complete(
        "grid-center",
        eventNo,
        "Task_Dispatch",
        Map.of("gridAction", "DISPATCH", "gridUnits", SpinValues.jsonValue(units).create()));
  }

  private ProcessInstance dispatchProcess(String eventNo) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey("grid-dispatch")
        .processInstanceBusinessKey(eventNo)
        .singleResult();
  }

  private Object taskVariable(String eventNo, String taskKey, String name) {
    return engine
        .getTaskService()
        .getVariable(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(eventNo)
                .taskDefinitionKey(taskKey)
                .singleResult()
                .getId(),
            name);
  }

  private List<String> queuedSubjects() {
    return runtime.createVariableInstanceQuery().variableName(MailVariables.SUBJECT).list().stream()
        .map(v -> String.valueOf(v.getValue()))
        .toList();
  }

  @SuppressWarnings("unused")
  private static byte[] png() {
    return Base64.getDecoder().decode(PNG);
  }
}
