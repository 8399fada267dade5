package cn.xinfang.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * No internal error reaches a user: whatever fails behind a task or an API call, the answer is
 * Chinese with an error number (correlation id), and the detail is in the log under that number.
 */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
@Import(ErrorAnswersTest.Breakage.class)
class ErrorAnswersTest {

  /** A user task whose completion runs a statement the database refuses. */
  static final String FAILING_PROCESS = "failing-step";

  static final String FAILING_SQL = "insert into petition_case (case_no) values (?)";

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  final ObjectMapper json = new ObjectMapper();

  @TestConfiguration
  static class Breakage {

    /** The listener of the failing step: a NOT NULL violation, as a broken listener would cause. */
    @Bean
    TaskListener failingStepListener(JdbcTemplate jdbc) {
      return task -> jdbc.update(FAILING_SQL, "XF-0000-000000");
    }

    @Bean
    BrokenApi brokenApi() {
      return new BrokenApi();
    }
  }

  /** A product endpoint that fails unexpectedly. */
  @RestController
  static class BrokenApi {

    @GetMapping("/api/broken")
    String broken() {
      throw new BadSqlGrammarException(
          "读取", "select secret from nowhere", new java.sql.SQLException("Table NOWHERE not found"));
    }
  }

  @BeforeEach
  void deployTheFailingStep() {
    if (repository.createProcessDefinitionQuery().processDefinitionKey(FAILING_PROCESS).count()
        == 0) {
      repository
          .createDeployment()
          .addModelInstance(
              FAILING_PROCESS + ".bpmn",
              Bpmn.createExecutableProcess(FAILING_PROCESS)
                  .name("出错的流程")
                  .camundaHistoryTimeToLive(1)
                  .startEvent("Start_Test")
                  .name("开始")
                  .userTask("Task_FailingStep")
                  .name("出错的环节")
                  .camundaCandidateGroups("registrars")
                  // as every deployment must (DeploymentChecks): a form and a due date
                  .camundaFormRef("sign-for")
                  .camundaFormRefBinding("latest")
                  .camundaDueDate("${now()}")
                  .camundaTaskListenerDelegateExpression(
                      TaskListener.EVENTNAME_COMPLETE, "${failingStepListener}")
                  .endEvent("End_Test")
                  .name("结束")
                  .done())
          .deploy();
    }
  }

  @Test
  void aDatabaseErrorInAListenerReachesTheRestClientAsAChineseErrorNumber(CapturedOutput log)
      throws Exception {
    String taskId = failingTask();

    HttpResponse<String> response =
        as("registrar").postJson("/engine-rest/task/" + taskId + "/complete", "{}");

    assertThat(response.statusCode()).isEqualTo(500);
    String id = assertNoInternals(response);
    assertThat(json.readTree(response.body()).get("message").asText()).startsWith("系统内部错误");
    assertLoggedUnder(id, log, FAILING_SQL);
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void aDatabaseErrorInAListenerReachesTasklistAsAChineseErrorNumber(CapturedOutput log)
      throws Exception {
    String taskId = failingTask();

    HttpResponse<String> response =
        as("registrar")
            .browserIn("tasklist")
            .postJson(
                "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
                "{\"variables\":{}}");

    assertThat(response.statusCode()).isEqualTo(500);
    String id = assertNoInternals(response);
    assertLoggedUnder(id, log, FAILING_SQL);
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void anUnknownTaskIsNotFoundInChinese() throws Exception {
    HttpResponse<String> response = as("registrar").get("/engine-rest/task/no-such-task");

    assertThat(response.statusCode()).isEqualTo(404);
    assertNoInternals(response);
    assertThat(json.readTree(response.body()).get("message").asText()).startsWith("要访问的内容不存在");
  }

  @Test
  void aMissingPermissionIsChineseAndKeepsWhatTheWebappsShow() throws Exception {
    String taskId = failingTask();

    HttpResponse<String> response =
        as("court-official").postJson("/engine-rest/task/" + taskId + "/complete", "{}");

    assertThat(response.statusCode()).isEqualTo(403);
    JsonNode body = json.readTree(response.body());
    assertThat(body.get("type").asText()).isEqualTo("AuthorizationException");
    assertThat(body.get("message").asText()).startsWith("没有执行此操作的权限");
    assertThat(body.get("missingAuthorizations").findValuesAsText("permissionName")).isNotEmpty();
    assertThat(body.get("correlationId").asText())
        .isEqualTo(response.headers().firstValue(CorrelationId.HEADER).orElseThrow());
    assertThat(response.body()).doesNotContain("ENGINE-", "The user with id");
  }

  @Test
  void aModelErrorTellsTheDesignerWhereInChinese() throws Exception {
    HttpResponse<String> response =
        deployAs(
            "designer",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
              xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="check">
              <process id="broken-model" name="有误的模型" isExecutable="true"
                camunda:historyTimeToLive="1">
                <startEvent id="Start_Check" name="开始"/>
                <sequenceFlow id="Flow_Nowhere" sourceRef="Start_Check" targetRef="Task_Missing"/>
              </process>
            </definitions>
            """);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = json.readTree(response.body());
    assertThat(body.get("message").asText()).startsWith("模型有误");
    assertThat(body.get("details").findValuesAsText("mainElementId")).contains("Flow_Nowhere");
    assertThat(body.get("correlationId").asText()).isNotBlank();
  }

  @Test
  void anUnexpectedExceptionInTheProductsApiIsAChineseProblem(CapturedOutput log) throws Exception {
    HttpResponse<String> response = as("registrar").get("/api/broken");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    String id = assertNoInternals(response);
    assertThat(json.readTree(response.body()).get("title").asText()).isEqualTo("系统内部错误");
    assertLoggedUnder(id, log, "select secret from nowhere");
  }

  @Test
  void springsOwnRefusalsAreChineseToo() throws Exception {
    HttpResponse<String> wrongMethod =
        as("registrar").send(as("registrar").request("/api/petitions").DELETE());
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertNoInternals(wrongMethod);
    assertThat(wrongMethod.body()).contains("不支持该请求方式").doesNotContainIgnoringCase("not supported");

    // outside the APIs Spring Boot's /error page answers
    HttpResponse<String> fallback =
        as("nobody").send(as("nobody").request("/actuator/health").DELETE());
    assertThat(fallback.statusCode()).isEqualTo(405);
    assertThat(fallback.body())
        .contains("不支持该请求方式", "\"correlationId\"")
        .doesNotContain("Method Not Allowed", "not supported");
    HttpResponse<String> page =
        as("nobody")
            .send(as("nobody").request("/actuator/health").header("Accept", "text/html").DELETE());
    assertThat(page.body()).contains("不支持该请求方式").doesNotContain("Whitelabel", "Method Not Allowed");
  }

  @Test
  void aCallersCorrelationIdIsKeptOnlyIfItIsSafe() {
    HttpResponse<String> kept =
        as("registrar")
            .send(
                as("registrar")
                    .request("/engine-rest/task/no-such-task")
                    .header(CorrelationId.HEADER, "gateway-4711-abcd"));
    HttpResponse<String> replaced =
        as("registrar")
            .send(
                as("registrar")
                    .request("/engine-rest/task/no-such-task")
                    .header(CorrelationId.HEADER, "x\"}<script>"));

    assertThat(kept.headers().firstValue(CorrelationId.HEADER)).hasValue("gateway-4711-abcd");
    assertThat(kept.body()).contains("\"correlationId\":\"gateway-4711-abcd\"");
    assertThat(replaced.headers().firstValue(CorrelationId.HEADER).orElseThrow())
        .matches("[0-9a-f]{16}");
    assertThat(replaced.body()).doesNotContain("script");
  }

  /** The body says nothing internal; returns its correlation id, which is also the header's. */
  private String assertNoInternals(HttpResponse<String> response) throws Exception {
    assertThat(response.body())
        .doesNotContainIgnoringCase("sql")
        .doesNotContainIgnoringCase("insert into")
        .doesNotContainIgnoringCase("select ")
        .doesNotContain("ENGINE-", "Exception", "\tat ", ".java:", "petition_case")
        .doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z][A-Za-z]+");
    String id = json.readTree(response.body()).get("correlationId").asText();
    assertThat(id).isNotBlank();
    assertThat(response.headers().firstValue(CorrelationId.HEADER)).hasValue(id);
    return id;
  }

  /** The log has the detail in the lines of the error number. */
  private static void assertLoggedUnder(String id, CapturedOutput log, String detail) {
    String all = log.getAll();
    int at = all.indexOf("[" + id + "]");
    assertThat(at).as("a log line with [%s]", id).isNotNegative();
    assertThat(all.substring(at, Math.min(all.length(), at + 3000))).contains(detail);
  }

  private String failingTask() {
    String instance = runtime.startProcessInstanceByKey(FAILING_PROCESS).getId();
    return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private HttpResponse<String> deployAs(String user, String bpmn) {
    return as(user).deploy("broken", "broken.bpmn", bpmn);
  }

  private DemoUser as(String user) {
    return DemoUser.of(user, port);
  }
}
