package cn.xinfang.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.support.PostgresPlatformTest;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A unit with thousands of open tasks: the count Tasklist asks for with every list (authorization
 * checks on) must look each task's authorization up by its id, not compare every task with every
 * authorization of the unit (seconds at 20,000 tasks, see docs/benchmarks.md). That plan needs
 * db/engine/postgresql/V1's statistics and the planner settings of application-postgres.yaml;
 * without either, PostgreSQL materialises the authorizations and loops over them for every task.
 */
@PostgresPlatformTest
class TaskListPlanOnPostgresTest {

  private static final int TASKS = 3000;

  /**
   * The count the engine (7.24) sends for a 本单位待办 list of {@code police-official} (groups {@code
   * police}, {@code personal-data-export}), as its SQL log shows it, values in place.
   */
  private static final String TASKLIST_COUNT =
      """
      SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from ACT_RU_TASK RES
       left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
       left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
       left join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2
         AND ( A.USER_ID_ in ( 'police-official', '*')
               OR A.GROUP_ID_ IN ( 'personal-data-export' , 'police' ) )
         AND ( ( A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2
                 OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64 ) ) ) AUTH
         ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))
       WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate'
               and ( I.GROUP_ID_ IN ( 'police' , 'personal-data-export' ) ) )
               and RES.SUSPENSION_STATE_ = 1 )
         and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) )
         and (RES.TENANT_ID_ is null ) ) countDistinct
      """;

  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;

  private final List<String> created = new ArrayList<>();

  @AfterEach
  void removeTasks() {
    tasks.deleteTasks(created, true);
  }

  @Test
  void theUnitsTaskCountLooksEachAuthorizationUp() {
    for (int i = 0; i < TASKS; i++) {
      Task task = tasks.newTask();
      task.setName("规划测试任务 " + i);
      tasks.saveTask(task);
      tasks.addCandidateGroup(task.getId(), "police");
      created.add(task.getId());
    }
    assertThat(
            jdbc.sql(
                    "select count(*) from act_ru_authorization where group_id_ = 'police'"
                        + " and resource_type_ = 7 and resource_id_ <> '*'")
                .query(Long.class)
                .single())
        .as("the engine grants the candidate group each task")
        .isGreaterThanOrEqualTo(TASKS);
    jdbc.sql("analyze act_ru_authorization").update();
    jdbc.sql("analyze act_ru_task").update();
    jdbc.sql("analyze act_ru_identitylink").update();

    String plan =
        String.join("\n", jdbc.sql("explain " + TASKLIST_COUNT).query(String.class).list());

    assertThat(plan)
        .as("each task's authorization looked up by its id")
        .contains("act_idx_auth_resource_id")
        .doesNotContain("Materialize");
    assertThat(jdbc.sql(TASKLIST_COUNT).query(Long.class).single()).isEqualTo(TASKS);
  }

  @Test
  void theStatisticsAndPlannerSettingsAreInPlace() {
    assertThat(
            jdbc.sql(
                    "select indexname from pg_indexes where tablename = 'act_ru_authorization'"
                        + " and indexname like 'xf_auth_perms_%' order by 1")
                .query(String.class)
                .list())
        .containsExactly("xf_auth_perms_read", "xf_auth_perms_read_task");
    assertThat(
            jdbc.sql("select count(*) from pg_indexes where indexname = 'xf_task_due_date'")
                .query(Long.class)
                .single())
        .as("即将超期 and 已超期 find tasks by their due date")
        .isEqualTo(1L);
    assertThat(jdbc.sql("show random_page_cost").query(String.class).single()).isEqualTo("1.1");
    assertThat(jdbc.sql("show plan_cache_mode").query(String.class).single())
        .isEqualTo("force_custom_plan");
  }
}
