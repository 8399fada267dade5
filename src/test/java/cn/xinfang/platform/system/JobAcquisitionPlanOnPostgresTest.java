package cn.xinfang.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.support.PostgresPlatformTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The job executor's acquisition query with many open timers (every running case keeps its clocks
 * there): it must find the locked jobs and the due jobs through db/engine/postgresql/V2's indexes,
 * not by reading the whole of ACT_RU_JOB for every three jobs it takes (109 ms a time at 157,000
 * jobs in the timer benchmark, see docs/benchmarks.md). And it takes the due jobs oldest first, so
 * that in a burst of deadlines no job waits behind those queued after it; every job has a due date
 * for that ({@link JobDueDates}).
 */
@PostgresPlatformTest
class JobAcquisitionPlanOnPostgresTest {

  private static final int TIMERS = 20_000;
  private static final String FAKE = "xf-plan-test-";

  /**
   * As the engine (7.24) sends it, its SQL log's values in place (deployment-unaware, no cleanup;
   * acquired by due date, every job with one: Job.xml's selectNextJobsToExecute).
   */
  private static final String ACQUISITION =
      """
      select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_
        from ACT_RU_JOB RES
       where (RES.RETRIES_ > 0)
         and ( RES.DUEDATE_ <= now() )
         and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < now())
         and RES.SUSPENSION_STATE_ = 1
         and ( ( RES.EXCLUSIVE_ = true
                 and not exists( select J2.ID_ from ACT_RU_JOB J2
                                  where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_
                                    and ( J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= now() )
                                    and J2.EXCLUSIVE_ = true ) )
               or RES.EXCLUSIVE_ = false )
         and HANDLER_TYPE_ != 'history-cleanup'
       ORDER BY RES.DUEDATE_ asc
       LIMIT 3
      """;

  @Autowired JdbcClient jdbc;
  @Autowired ProcessEngine engine;
  @Autowired JobDueDates dueDates;

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

  @Test
  void dueJobsAreAcquiredOldestFirst() {
    // ten due jobs of ten instances, queued newest first (the table's own order), long overdue so
    // that no job another test left comes before them
    for (int n = 10; n >= 1; n--) {
      insertJob(n, Timestamp.from(Instant.parse("2000-01-01T00:00:00Z").plusSeconds(60L * n)));
    }

    assertThat(acquire(3))
        .as("the three longest due, in order")
        .containsExactly(FAKE + 1, FAKE + 2, FAKE + 3);
  }

  @Test
  void jobsQueuedWithoutADueDateAreMadeDueWhenANodeStarts() {
    assertThat(configuration().isEnsureJobDueDateNotNull())
        .as("the engine gives each new job a due date, and acquires only jobs with one")
        .isTrue();
    insertJob(1, null);
    insertJob(2, Timestamp.from(Instant.parse("2000-01-01T00:00:00Z")));
    assertThat(acquire(10))
        .as("a job without a due date is never acquired")
        .doesNotContain(FAKE + 1);

    assertThat(dueDates.dateUndatedJobs()).isGreaterThanOrEqualTo(1);

    Timestamp due =
        jdbc.sql("select duedate_ from act_ru_job where id_ = ?")
            .param(FAKE + 1)
            .query(Timestamp.class)
            .single();
    assertThat(due.toInstant())
        .isBeforeOrEqualTo(Instant.now())
        .isAfter(Instant.now().minusSeconds(60));
    assertThat(
            jdbc.sql("select duedate_ from act_ru_job where id_ = ?")
                .param(FAKE + 2)
                .query(Timestamp.class)
                .single())
        .as("a job's own due date stays")
        .isEqualTo(Timestamp.from(Instant.parse("2000-01-01T00:00:00Z")));
    assertThat(
            jdbc.sql("select count(*) from act_ru_job where duedate_ is null")
                .query(Long.class)
                .single())
        .isZero();
  }

  /** A due message job (a queued mail's kind) of its own instance, not exclusive. */
  private void insertJob(int n, Timestamp due) {
    jdbc.sql(
            "insert into act_ru_job (id_, rev_, type_, retries_, exclusive_, duedate_,"
                + " suspension_state_, handler_type_, process_instance_id_, priority_)"
                + " values (?, 1, 'message', 3, false, ?, 1, 'async-continuation', ?, 0)")
        .params(FAKE + n, due, FAKE + "pi-" + n)
        .update();
  }

  /** What the job executor's acquisition takes and locks, as it sends it; the ids in order. */
  private List<String> acquire(int jobs) {
    ProcessEngineConfigurationImpl configuration = configuration();
    return configuration
        .getCommandExecutorTxRequired()
        .execute(new AcquireJobsCmd(configuration.getJobExecutor(), jobs))
        .getJobIdBatches()
        .stream()
        .flatMap(List::stream)
        .filter(id -> id.startsWith(FAKE))
        .toList();
  }

  private ProcessEngineConfigurationImpl configuration() {
    return ((ProcessEngineImpl) engine).getProcessEngineConfiguration();
  }
}
