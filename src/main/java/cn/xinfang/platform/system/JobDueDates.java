package cn.xinfang.platform.system;

import java.sql.Timestamp;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The job executor takes due jobs oldest first ({@code jobExecutorAcquireByDueDate}, served by the
 * due-date index of db/engine/postgresql/V2), so that in a burst of deadlines no reminder waits
 * behind mails queued after it and no mail behind timers due after it (docs/benchmarks.md, timers).
 * For that order every job needs a due date: with {@code ensureJobDueDateNotNull} the engine gives
 * each new job its creation time, and its acquisition no longer takes a job without one. Jobs
 * queued before (a database from an earlier version: mails, async steps) get theirs here, when a
 * node starts and before its job executor does (this bean needs the engine; the executor starts
 * once the application is ready).
 */
@Component
class JobDueDates {

  private static final Logger log = LoggerFactory.getLogger(JobDueDates.class);

  private final JdbcClient jdbc;

  JobDueDates(ProcessEngine engine, JdbcClient jdbc) {
    this.jdbc = jdbc;
    int dated = dateUndatedJobs();
    if (dated > 0) {
      log.info("{} queued jobs without a due date are due now (acquired oldest first)", dated);
    }
  }

  /** Makes every job without a due date due now; the number of jobs changed. */
  int dateUndatedJobs() {
    return jdbc.sql("update act_ru_job set duedate_ = ? where duedate_ is null")
        .param(Timestamp.from(ClockUtil.getCurrentTime().toInstant()))
        .update();
  }
}
