package cn.xinfang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.inquiry.Inquiry;
import cn.xinfang.platform.support.DemoUser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The engine REST API: authenticated, and an official reaches only the tasks of their units. */
abstract class AbstractRestApiSecurityTest {

  @LocalServerPort int port;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  DemoUser as(String id) {
    return DemoUser.of(id, port);
  }

  @Test
  void anonymousRequestsAreRefused() {
    HttpResponse<String> response =
        as("nobody").send(HttpRequest.newBuilder(as("nobody").uri("/engine-rest/task")).GET());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
  }

  @Test
  void aWrongPasswordIsRefused() {
    HttpResponse<String> response =
        as("court-official")
            .send(
                HttpRequest.newBuilder(as("court-official").uri("/engine-rest/task"))
                    .header("Authorization", "Basic Y291cnQtb2ZmaWNpYWw6d3Jvbmc=")
                    .GET());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void aDemoUserIsAuthenticatedAsThemselves() {
    HttpResponse<String> profile =
        as("court-official").get("/engine-rest/user/court-official/profile");

    assertThat(as("court-official").get("/engine-rest/task").statusCode()).isEqualTo(200);
    assertThat(profile.statusCode()).isEqualTo(200);
    assertThat(profile.body()).contains("\"firstName\":\"人民法院\"").contains("\"lastName\":\"承办人\"");
  }

  @Test
  void anOfficialOfAnotherUnitCanNeitherSeeNorCompleteTheTask() {
    String taskId = registerInquiryFor("court");

    DemoUser police = as("police-official");
    assertThat(police.get("/engine-rest/task").body()).doesNotContain(taskId);
    assertThat(police.get("/engine-rest/task/" + taskId).statusCode()).isEqualTo(404);
    HttpResponse<String> completion =
        police.postJson(
            "/engine-rest/task/" + taskId + "/submit-form",
            "{\"variables\":{\"answer\":{\"value\":\"公安分局代为答复，依据有关规定。\"}}}");
    assertThat(completion.statusCode()).isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

    DemoUser court = as("court-official");
    assertThat(court.get("/engine-rest/task").body()).contains(taskId);
    assertThat(
            court
                .postJson(
                    "/engine-rest/task/" + taskId + "/submit-form",
                    "{\"variables\":{\"answer\":{\"value\":\"已核实，补偿款将于本月底前发放到户。\"}}}")
                .statusCode())
        .isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
  }

  @Test
  void onlyDesignersAndAdministratorsMayDeploy() {
    assertThat(deployAs("registrar").statusCode()).isEqualTo(403);
    assertThat(deployAs("court-leader").statusCode()).isEqualTo(403);
    assertThat(deployAs("manager").statusCode()).isEqualTo(403);

    HttpResponse<String> designer = deployAs("designer");
    assertThat(designer.statusCode()).isEqualTo(200);
    assertThat(designer.body()).contains("rest-deploy-check");
    HttpResponse<String> admin = deployAs("admin");
    assertThat(admin.statusCode()).isEqualTo(200);
  }

  @Test
  void nobodyButAdministratorsStartsThePlatformsOwnMailProcess() {
    String mail =
        "{\"variables\":{\"recipients\":{\"value\":\"someone@example.org\"},"
            + "\"subject\":{\"value\":\"伪造\"},\"body\":{\"value\":\"伪造\"}}}";

    assertThat(
            as("registrar")
                .postJson("/engine-rest/process-definition/key/mail-delivery/start", mail)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            as("registrar")
                .get(
                    "/engine-rest/process-definition?latestVersion=true&startableInTasklist=true&startablePermissionCheck=true")
                .body())
        .contains("\"key\":\"petition\"", "\"key\":\"inquiry\"")
        .doesNotContain("mail-delivery", "department-handling");
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void javaSerializedVariablesAreRefusedEvenForAdministrators(CapturedOutput log) {
    String instanceId =
        tasks
            .createTaskQuery()
            .taskId(registerInquiryFor("court"))
            .singleResult()
            .getProcessInstanceId();
    // an ArrayList serialized by Java: the kind of payload deserialization attacks use
    String javaObject =
        "{\"value\":\"rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==\","
            + "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList\","
            + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}";

    HttpResponse<String> response =
        as("admin")
            .send(
                as("admin")
                    .request("/engine-rest/process-instance/" + instanceId + "/variables/payload")
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(javaObject)));

    assertThat(response.statusCode()).isEqualTo(500);
    // the reason is the administrator's to read, in the log under the answer's error number
    String id = response.headers().firstValue("X-Correlation-Id").orElseThrow();
    assertThat(log.getAll()).containsPattern("(?i)\\[" + id + "\\][^\\n]*serializ");
    assertThat(
            as("admin")
                .get("/engine-rest/process-instance/" + instanceId + "/variables/payload")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void onlyHealthAndInfoOfTheActuatorAreExposed() {
    assertThat(as("nobody").get("/actuator/health").statusCode()).isEqualTo(200);
    assertThat(as("nobody").get("/actuator/info").statusCode()).isEqualTo(200);
    assertThat(as("admin").get("/actuator/env").statusCode()).isEqualTo(404);
    assertThat(as("admin").get("/actuator/beans").statusCode()).isEqualTo(404);
  }

  @Test
  void healthDetailsAreForAdministratorsOnly() {
    HttpResponse<String> anonymous =
        as("nobody").send(HttpRequest.newBuilder(as("nobody").uri("/actuator/health")).GET());
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(anonymous.body()).isEqualTo("{\"status\":\"UP\"}");
    assertThat(as("registrar").get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
    // (a wrong password locks the account for a few seconds: not the admin others here need)
    HttpResponse<String> wrongPassword =
        as("supervisor")
            .send(
                HttpRequest.newBuilder(as("supervisor").uri("/actuator/health"))
                    .header("Authorization", "Basic c3VwZXJ2aXNvcjp3cm9uZw==")
                    .GET());
    assertThat(wrongPassword.body()).isEqualTo("{\"status\":\"UP\"}");

    assertThat(as("admin").get("/actuator/health").body())
        .contains("\"holidayCalendar\"", "\"years\":[2024,2025,2026", "\"missingYears\"");
  }

  private String registerInquiryFor(String unit) {
    HttpResponse<String> started =
        as("registrar")
            .postJson(
                "/engine-rest/process-definition/key/inquiry/submit-form",
                Inquiry.to(unit).submitFormJson());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instanceId = started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    executeJobsOf(instanceId);
    Task task = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(task).isNotNull();
    return task.getId();
  }

  private void executeJobsOf(String processInstanceId) {
    management
        .createJobQuery()
        .processInstanceId(processInstanceId)
        .list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  private HttpResponse<String> deployAs(String user) {
    String bpmn =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="check">
          <process id="rest-deploy-check" name="部署检查" isExecutable="true"
            camunda:historyTimeToLive="1">
            <startEvent id="Start_Check" name="开始"/>
          </process>
        </definitions>
        """;
    return as(user).deploy(user + "-check", "check.bpmn", bpmn);
  }
}
