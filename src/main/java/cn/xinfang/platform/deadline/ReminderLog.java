package cn.xinfang.platform.deadline;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which reminders and overdue notices went out ({@code petition_reminder}): one row each, keyed by
 * case, unit, the unit's part, period, step and deadline, so each goes out once, also across
 * restarts and nodes, and again only when the deadline moves.
 */
@Repository
class ReminderLog {

  private final JdbcClient jdbc;

  ReminderLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Notes a reminder as sent; false if it was sent before (the primary key makes that so, also for
   * two nodes racing: the loser's job fails, retries and then sees the row).
   */
  boolean note(
      String caseNo,
      String unit,
      int episode,
      Period period,
      String step,
      LocalDate deadline,
      Instant at) {
    Integer sent =
        jdbc.sql(
                "select count(*) from petition_reminder where case_no = ? and unit = ?"
                    + " and episode = ? and period = ? and step = ? and deadline = ?")
            .params(caseNo, unit, episode, period.name(), step, deadline)
            .query(Integer.class)
            .single();
    if (sent > 0) {
      return false;
    }
    jdbc.sql(
            "insert into petition_reminder (case_no, unit, episode, period, step, deadline,"
                + " sent_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(caseNo, unit, episode, period.name(), step, deadline, Timestamp.from(at))
        .update();
    return true;
  }
}
