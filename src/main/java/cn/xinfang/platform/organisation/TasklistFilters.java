package cn.xinfang.platform.organisation;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every official shares. Created once; a filter that exists is left as
 * administrators may have tuned it.
 */
@Component
class TasklistFilters {

  private record Spec(String name, String description, int priority, TaskQuery query) {}

  private final FilterService filters;
  private final AuthorizationService authorizations;
  private final TaskService tasks;

  TasklistFilters(FilterService filters, AuthorizationService authorizations, TaskService tasks) {
    this.filters = filters;
    this.authorizations = authorizations;
    this.tasks = tasks;
  }

  void ensureShared() {
    List<Spec> specs =
        List.of(
            new Spec(
                "我的待办",
                "已由我签收、正在办理的任务",
                -10,
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
            new Spec(
                "本单位待办",
                "本单位（我所在的组）可以办理的全部任务",
                -5,
                tasks
                    .createTaskQuery()
                    .taskCandidateGroupInExpression("${currentUserGroups()}")
                    .includeAssignedTasks()),
            new Spec(
                "即将超期",
                "本单位 3 个工作日内到期的任务",
                -3,
                tasks
                    .createTaskQuery()
                    .taskCandidateGroupInExpression("${currentUserGroups()}")
                    .includeAssignedTasks()
                    .dueAfterExpression("${caseDeadlines.now()}")
                    .dueBeforeExpression("${caseDeadlines.dueSoonLimit()}")),
            new Spec(
                "已超期",
                "本单位已过期限仍未办结的任务",
                -1,
                tasks
                    .createTaskQuery()
                    .taskCandidateGroupInExpression("${currentUserGroups()}")
                    .includeAssignedTasks()
                    .dueBeforeExpression("${caseDeadlines.now()}")));
    for (Spec spec : specs) {
      if (filters.createFilterQuery().filterName(spec.name()).count() == 0) {
        create(spec);
      }
    }
  }

  private void create(Spec spec) {
    Filter filter = filters.newTaskFilter(spec.name());
    filter.setQuery(spec.query());
    filter.setProperties(
        Map.of("description", spec.description(), "priority", spec.priority(), "refresh", true));
    filters.saveFilter(filter);
    Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    everyone.setResource(Resources.FILTER);
    everyone.setResourceId(filter.getId());
    everyone.addPermission(Permissions.READ);
    authorizations.saveAuthorization(everyone);
  }
}
