package cn.xinfang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.Browser;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.DemoUser;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webapps offer an action only when the engine says the user may take it (shared/rights.js asks
 * authorization/check for the logged-in user): a read-only manager or supervisor gets no for every
 * modifying action of Cockpit, an official no for 创建任务, the administrator yes. A refusal that still
 * happens reads as a Chinese message, as Cockpit shows it.
 */
class WebappRightsTest extends CaseTest {

  private static final String ENGINE = "/camunda/api/engine/engine/default";

  @LocalServerPort int port;

  @ParameterizedTest(name = "{0} in {1}: {2} on {3} → {4}")
  @CsvSource({
    // Cockpit: cancel, suspend, variables, job retries, definitions, deployments, batches
    "manager,          cockpit,  DELETE,          ProcessInstance,   false",
    "manager,          cockpit,  DELETE_INSTANCE, ProcessDefinition, false",
    "manager,          cockpit,  SUSPEND,         ProcessInstance,   false",
    "manager,          cockpit,  UPDATE_VARIABLE, ProcessInstance,   false",
    "manager,          cockpit,  UPDATE_INSTANCE, ProcessDefinition, false",
    "manager,          cockpit,  RETRY_JOB,       ProcessInstance,   false",
    "manager,          cockpit,  UPDATE,          ProcessDefinition, false",
    "manager,          cockpit,  UPDATE,          Task,              false",
    "manager,          cockpit,  DELETE,          Deployment,        false",
    "manager,          cockpit,  CREATE,          Batch,             false",
    "supervisor,       cockpit,  UPDATE_VARIABLE, ProcessInstance,   false",
    "supervisor,       cockpit,  DELETE,          ProcessInstance,   false",
    "admin,            cockpit,  DELETE,          ProcessInstance,   true",
    "admin,            cockpit,  UPDATE_VARIABLE, ProcessInstance,   true",
    "admin,            cockpit,  UPDATE,          ProcessDefinition, true",
    "admin,            cockpit,  CREATE,          Batch,             true",
    // Tasklist: 创建任务
    "housing-official, tasklist, CREATE,          Task,              false",
    "housing-leader,   tasklist, CREATE,          Task,              false",
    "registrar,        tasklist, CREATE,          Task,              false",
    "admin,            tasklist, CREATE,          Task,              true",
  })
  void theEngineTellsTheWebappWhatTheUserMayDo(
      String user, String app, String permission, String resource, boolean authorized) {
    Browser browser = DemoUser.of(user, port).browserIn(app);

    HttpResponse<String> answer =
        browser.get(
            ENGINE
                + "/authorization/check?permissionName="
                + permission
                + "&resourceName="
                + resource
                + "&resourceType="
                + resourceType(resource));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("\"authorized\":" + authorized);
  }

  @Test
  void aRefusedChangeInCockpitReadsAsAChineseMessage() {
    Registration r = flow.register(Petitions.claim(811).build());
    Browser manager = DemoUser.of("manager", port).browserIn("cockpit");

    HttpResponse<String> refused =
        manager.postJson(
            ENGINE + "/process-instance/" + r.processInstanceId() + "/variables",
            "{\"modifications\": {\"summary\": {\"value\": \"改写\", \"type\": \"String\"}}}");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body())
        .contains("\"type\":\"AuthorizationException\"", "没有执行此操作的权限")
        .doesNotContain("ENGINE-");
  }

  @Test
  void theWebappsLoadTheirDictionaryForEnglishNoLocaleFileReaches() {
    Browser manager = DemoUser.of("manager", port).browserIn("cockpit");

    HttpResponse<String> dictionary = manager.get("/camunda/app/shared/vendor-zh.json");

    assertThat(dictionary.statusCode()).isEqualTo(200);
    assertThat(dictionary.body()).contains("\"zoom in\": \"放大\"");
  }

  private static int resourceType(String resourceName) {
    return Arrays.stream(Resources.values())
        .filter(resource -> resource.resourceName().equals(resourceName))
        .findFirst()
        .orElseThrow()
        .resourceType();
  }
}
