package cn.xinfang.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.inquiry.Inquiry;
import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.PlatformTest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What Tasklist shows an official whose form the server refuses: Chinese only, as a 400. */
@PlatformTest
class FormErrorMessagesTest {

  @LocalServerPort int port;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @Test
  void aRefusedTaskFormAnswers400WithTheChineseMessageAlone() {
    HttpResponse<String> started =
        as("registrar")
            .postJson(
                "/engine-rest/process-definition/key/inquiry/submit-form",
                Inquiry.to("court").submitFormJson());
    String instanceId = started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    management
        .createJobQuery()
        .processInstanceId(instanceId)
        .list()
        .forEach(j -> management.executeJob(j.getId()));
    String taskId = tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getId();

    HttpResponse<String> refused =
        as("court-official")
            .postJson(
                "/engine-rest/task/" + taskId + "/submit-form",
                "{\"variables\":{\"answer\":{\"value\":\"已阅\"}}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("\"message\":\"填写有误：答复意见至少 10 个字，请写明依据和结论\"")
        .doesNotContain("ENGINE-", "Cannot submit");
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void aRefusedStartFormAnswers400WithTheChineseMessageAlone() {
    HttpResponse<String> refused =
        as("registrar")
            .postJson(
                "/engine-rest/process-definition/key/inquiry/submit-form",
                Inquiry.to("court").with("inquirerPhone", "123").submitFormJson());

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("填写有误：联系电话格式不正确").doesNotContain("Cannot instantiate");
  }

  @Test
  void otherErrorsAreLeftAsTheEngineAnswersThem() {
    HttpResponse<String> missing =
        as("registrar").postJson("/engine-rest/task/no-such-task/submit-form", "{}");

    assertThat(missing.statusCode()).isNotEqualTo(400);
    assertThat(missing.body()).doesNotContain("填写有误");
  }

  private DemoUser as(String user) {
    return DemoUser.of(user, port);
  }
}
