package cn.xinfang.platform.security;

import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheckBuilder;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * An official plans their own work: whoever may work on a task (its candidates and assignee) may
 * set its follow-up date (跟进日期) from Tasklist. Everything else about a task stays as the engine
 * guards it; the due date in particular is the statutory deadline and moves only through an
 * extension (or an administrator).
 */
class TaskDatesChecker extends AuthorizationCommandChecker {

  private static final Set<String> PLANNING_ONLY = Set.of(TaskEntity.FOLLOW_UP_DATE);

  @Override
  public void checkTaskAssign(TaskEntity task) {
    keepDueDateThroughTasklistsRoundTrip(task);
    if (onlyPlanningChanged(task) && mayWorkOn(task)) {
      return;
    }
    super.checkTaskAssign(task);
  }

  /**
   * Tasklist sends a task's dates back to the second, without milliseconds: a statutory deadline
   * ending at 23:59:59.999 would come back a moment earlier although nobody touched it.
   */
  private static void keepDueDateThroughTasklistsRoundTrip(TaskEntity task) {
    PropertyChange due = task.getPropertyChanges().get(TaskEntity.DUE_DATE);
    if (due != null
        && due.getOrgValue() instanceof Date before
        && due.getNewValue() instanceof Date after
        && before.getTime() / 1000 == after.getTime() / 1000) {
      task.setDueDate(before);
    }
  }

  private static boolean onlyPlanningChanged(TaskEntity task) {
    return !task.getPropertyChanges().isEmpty()
        && PLANNING_ONLY.containsAll(task.getPropertyChanges().keySet());
  }

  private boolean mayWorkOn(TaskEntity task) {
    if (task.getExecutionId() == null) {
      return false;
    }
    CompositePermissionCheck work =
        new PermissionCheckBuilder()
            .disjunctive()
            .atomicCheckForResourceId(TASK, task.getId(), TaskPermissions.TASK_WORK)
            .atomicCheckForResourceId(TASK, task.getId(), UPDATE)
            .atomicCheckForResourceId(
                PROCESS_DEFINITION,
                task.getProcessDefinition().getKey(),
                ProcessDefinitionPermissions.TASK_WORK)
            .build();
    return getAuthorizationManager().isAuthorized(work);
  }
}
