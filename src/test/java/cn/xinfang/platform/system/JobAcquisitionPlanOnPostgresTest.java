package cn.xinfang.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.support.PostgresPlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The job executor's acquisition query with many open timers (every running case keeps its clocks
 * there): it must find the locked jobs and the due jobs through db/engine/postgresql/V2's indexes,
 * not by reading the whole of ACT_RU_JOB for every three jobs it takes (109 ms a time at 157,000
 * jobs in the timer benchmark, see docs/benchmarks.md).
 */
@PostgresPlatformTest
class JobAcquisitionPlanOnPostgresTest {

  private static final int TIMERS = 20_000;
  private static final String FAKE = "xf-plan-test-";

  /**
   * As the engine (7.24) sends it, its SQL log's values in place (deployment-unaware, no cleanup).
   */
  private static final String ACQUISITION =
      """
      select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_
        from ACT_RU_JOB RES
       where (RES.RETRIES_ > 0)
         and ( RES.DUEDATE_ is null or RES.DUEDATE_ <= now() )
         and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < now())
         and RES.SUSPENSION_STATE_ = 1
         and ( ( RES.EXCLUSIVE_ = true
                 and not exists( select J2.ID_ from ACT_RU_JOB J2
                                  where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_
                                    and ( J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= now() )
                                    and J2.EXCLUSIVE_ = true ) )
               or RES.EXCLUSIVE_ = false )
         and HANDLER_TYPE_ != 'history-cleanup'
       LIMIT 3
      """;

  @Autowired JdbcClient jdbc;

  @AfterEach
  void removeTimers() {
    jdbc.sql("delete from act_ru_job where id_ like ?").param(FAKE + "%").update();
  }

  @Test
  void lockedAndDueJobsAreFoundByIndexNotByReadingTheTable() {
    // timers of open cases, due in a year, none of them acquirable now; five of them locked
    jdbc.sql(
            "insert into act_ru_job (id_, rev_, type_, retries_, exclusive_, duedate_,"
                + " suspension_state_, handler_type_, process_instance_id_, priority_)"
                + " select ? || n, 1, 'timer', 3, true, now() + interval '365 days', 1,"
                + " 'timer-intermediate-transition', ? || (n / 2), 0"
                + " from generate_series(1, ?) n")
        .params(FAKE, FAKE + "pi-", TIMERS)
        .update();
    jdbc.sql(
            "update act_ru_job set lock_owner_ = 'other-node',"
                + " lock_exp_time_ = now() + interval '5 minutes'"
                + " where id_ in (?, ?, ?, ?, ?)")
        .params(FAKE + 1, FAKE + 2, FAKE + 3, FAKE + 4, FAKE + 5)
        .update();
    jdbc.sql("analyze act_ru_job").update();

    String plan = String.join("\n", jdbc.sql("explain " + ACQUISITION).query(String.class).list());

    assertThat(plan)
        .as("the jobs locked now found through their partial index")
        .contains("xf_job_locked")
        .as("the due jobs found through the due-date index")
        .contains("xf_job_due_date")
        .doesNotContain("Seq Scan");
    assertThat(jdbc.sql(ACQUISITION).query().listOfRows())
        .as("none of the year-ahead timers is acquirable")
        .noneMatch(row -> String.valueOf(row.get("id_")).startsWith(FAKE));
  }
}
