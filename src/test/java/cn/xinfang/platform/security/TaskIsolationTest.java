package cn.xinfang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xinfang.platform.inquiry.Inquiry;
import cn.xinfang.platform.inquiry.InquiryVariables;
import cn.xinfang.platform.support.Definitions;
import cn.xinfang.platform.support.PlatformTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Through the engine API, as Tasklist calls it: a unit's tasks belong to that unit. */
@PlatformTest
class TaskIsolationTest {

  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired RepositoryService repository;
  @Autowired ManagementService management;

  String taskId;

  @BeforeEach
  void registerInquiryForTheCourt() {
    String definitionId = Definitions.latest(repository, InquiryVariables.PROCESS_ID);
    ProcessInstance inquiry =
        actingAs(
            "registrar",
            () -> forms.submitStartForm(definitionId, Inquiry.to("court").variables()));
    management
        .createJobQuery()
        .processInstanceId(inquiry.getId())
        .list()
        .forEach(job -> management.executeJob(job.getId()));
    taskId = tasks.createTaskQuery().processInstanceId(inquiry.getId()).singleResult().getId();
  }

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  @Test
  void anOfficialOfAnotherUnitDoesNotSeeTheTask() {
    List<Task> visible = actingAs("police-official", () -> tasks.createTaskQuery().list());

    assertThat(visible).extracting(Task::getId).doesNotContain(taskId);
  }

  @Test
  void anOfficialOfAnotherUnitCannotClaimOrCompleteTheTask() {
    identity.setAuthentication("police-official", List.of("police"));

    assertThatThrownBy(() -> tasks.claim(taskId, "police-official"))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> tasks.complete(taskId, Map.of("answer", "越权答复，不应成功。")))
        .isInstanceOf(AuthorizationException.class);
    identity.clearAuthentication();
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
  }

  @Test
  void anOfficialOfTheUnitSeesClaimsAndCompletesTheTask() {
    identity.setAuthentication("court-official", List.of("court"));

    assertThat(tasks.createTaskQuery().list()).extracting(Task::getId).contains(taskId);
    tasks.claim(taskId, "court-official");
    tasks.complete(taskId, Map.of("answer", "已核实，补偿款将于本月底前发放到户。"));

    identity.clearAuthentication();
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
  }

  private <T> T actingAs(String userId, java.util.function.Supplier<T> action) {
    List<String> groups =
        identity.createGroupQuery().groupMember(userId).list().stream()
            .map(g -> g.getId())
            .toList();
    identity.setAuthentication(userId, groups);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
