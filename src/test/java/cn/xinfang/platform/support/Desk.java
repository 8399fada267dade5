package cn.xinfang.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;

/**
 * Works a case's tasks as a demo user would in Tasklist: logged in (so the engine's authorizations
 * apply), finds the task among those they may see, claims it and completes it.
 */
public final class Desk {

  private final IdentityService identity;
  private final TaskService tasks;

  public Desk(IdentityService identity, TaskService tasks) {
    this.identity = identity;
    this.tasks = tasks;
  }

  /** Completes the user's task {@code taskKey} of the case with the form's values. */
  public void complete(String user, String caseNo, String taskKey, Map<String, Object> values) {
    asUser(
        user,
        () -> {
          Task task = visibleTask(caseNo, taskKey);
          tasks.claim(task.getId(), user);
          tasks.complete(task.getId(), values);
        });
  }

  /**
   * Completes the user's task {@code taskKey} of the case in the process whose {@code variable} is
   * {@code value}: one of several such tasks, e.g. 送达文书 of one notice among the case's notices.
   */
  public void complete(
      String user,
      String caseNo,
      String taskKey,
      String variable,
      Object value,
      Map<String, Object> values) {
    asUser(
        user,
        () -> {
          List<Task> found =
              tasks
                  .createTaskQuery()
                  .processInstanceBusinessKey(caseNo)
                  .taskDefinitionKey(taskKey)
                  .processVariableValueEquals(variable, value)
                  .list();
          assertThat(found)
              .as("tasks %s of %s with %s=%s visible to %s", taskKey, caseNo, variable, value, user)
              .hasSize(1);
          tasks.claim(found.get(0).getId(), user);
          tasks.complete(found.get(0).getId(), values);
        });
  }

  /** The task as the user sees it; fails when they do not see exactly one. */
  public Task visibleTask(String user, String caseNo, String taskKey) {
    Task[] found = new Task[1];
    asUser(user, () -> found[0] = visibleTask(caseNo, taskKey));
    return found[0];
  }

  /** How many of the case's tasks {@code taskKey} the user sees. */
  public long countVisible(String user, String caseNo, String taskKey) {
    long[] count = new long[1];
    asUser(
        user,
        () ->
            count[0] =
                tasks
                    .createTaskQuery()
                    .processInstanceBusinessKey(caseNo)
                    .taskDefinitionKey(taskKey)
                    .count());
    return count[0];
  }

  /** Open tasks of the case, whoever may see them. */
  public List<Task> openTasks(String caseNo) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNo).list();
  }

  private Task visibleTask(String caseNo, String taskKey) {
    List<Task> found =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(caseNo)
            .taskDefinitionKey(taskKey)
            .list();
    assertThat(found).as("tasks %s of %s visible to %s", taskKey, caseNo, currentUser()).hasSize(1);
    return found.get(0);
  }

  private String currentUser() {
    return identity.getCurrentAuthentication() == null
        ? "nobody"
        : identity.getCurrentAuthentication().getUserId();
  }

  public void asUser(String user, Runnable action) {
    List<String> groups =
        identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      action.run();
    } finally {
      identity.clearAuthentication();
    }
  }
}
