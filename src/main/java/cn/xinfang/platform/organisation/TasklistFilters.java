package cn.xinfang.platform.organisation;

import cn.xinfang.platform.casefile.TaskListLabels;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The Tasklist filters every official shares, with the case number, the petitioner (masked) and the
 * summary as columns of their lists. Created once; a filter that exists is left as administrators
 * may have tuned it, except that one without columns (created before there were any) gets them.
 */
@Component
class TasklistFilters {

  /**
   * The columns ({@code variables} of a filter's properties: name and label, as Tasklist reads).
   */
  static final List<Map<String, String>> COLUMNS =
      List.of(
          column(TaskListLabels.CASE_NO, "案件编号"),
          column(TaskListLabels.PETITIONER_LABEL, "信访人"),
          column(TaskListLabels.CASE_SUMMARY, "摘要"));

  static final String COLUMNS_PROPERTY = "variables";

  /** Descriptions of earlier versions, replaced where an administrator left them as they were. */
  private static final Set<String> SUPERSEDED_DESCRIPTIONS =
      Set.of("已由我签收、正在办理的任务"); // claim is 认领; 签收 is the product's own step

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
                "已由我认领、正在办理的任务",
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
      List<Filter> existing = filters.createFilterQuery().filterName(spec.name()).list();
      if (existing.isEmpty()) {
        create(spec);
      }
      existing.forEach(filter -> upgrade(filter, spec));
    }
  }

  /** A filter of an older version gets the columns, and the wording officials now see. */
  private void upgrade(Filter filter, Spec spec) {
    Map<String, Object> properties = new HashMap<>();
    if (filter.getProperties() != null) {
      properties.putAll(filter.getProperties());
    }
    boolean changed = properties.putIfAbsent(COLUMNS_PROPERTY, COLUMNS) == null;
    if (SUPERSEDED_DESCRIPTIONS.contains(properties.get("description"))) {
      properties.put("description", spec.description());
      changed = true;
    }
    if (changed) {
      filter.setProperties(properties);
      filters.saveFilter(filter);
    }
  }

  private static Map<String, String> column(String variable, String label) {
    Map<String, String> column = new LinkedHashMap<>();
    column.put("name", variable);
    column.put("label", label);
    return column;
  }

  private void create(Spec spec) {
    Filter filter = filters.newTaskFilter(spec.name());
    filter.setQuery(spec.query());
    filter.setProperties(
        Map.of(
            "description",
            spec.description(),
            "priority",
            spec.priority(),
            "refresh",
            true,
            COLUMNS_PROPERTY,
            COLUMNS));
    filters.saveFilter(filter);
    Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    everyone.setResource(Resources.FILTER);
    everyone.setResourceId(filter.getId());
    everyone.addPermission(Permissions.READ);
    authorizations.saveAuthorization(everyone);
  }
}
