package cn.xinfang.platform.aftercare;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The window open on a case for review or re-examination (the columns {@code window_*} of {@code
 * petition_case}), and how the case closed.
 */
@Repository
class CaseWindows {

  /** The last window opened on a case: its level, the delivery that opened it, its last day. */
  record Window(ReviewLevel level, LocalDate openedOn, LocalDate closesOn) {}

  private final JdbcClient jdbc;

  CaseWindows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void open(String caseNo, ReviewLevel level, LocalDate openedOn, LocalDate closesOn) {
    jdbc.sql(
            "update petition_case set window_level = ?, window_opened_on = ?, window_closes_on = ?"
                + " where case_no = ?")
        .params(level.name(), Date.valueOf(openedOn), Date.valueOf(closesOn), caseNo)
        .update();
  }

  Optional<Window> of(String caseNo) {
    return jdbc.sql(
            "select window_level, window_opened_on, window_closes_on from petition_case"
                + " where case_no = ? and window_level is not null")
        .param(caseNo)
        .query(
            (rs, n) ->
                new Window(
                    ReviewLevel.valueOf(rs.getString(1)),
                    rs.getDate(2).toLocalDate(),
                    rs.getDate(3).toLocalDate()))
        .optional();
  }

  void closed(String caseNo, Instant at, String reason) {
    jdbc.sql("update petition_case set closed_at = ?, closed_reason = ? where case_no = ?")
        .params(Timestamp.from(at), reason, caseNo)
        .update();
  }

  Optional<String> closedReason(String caseNo) {
    return jdbc.sql("select closed_reason from petition_case where case_no = ?")
        .param(caseNo)
        .query(String.class)
        .optional();
  }
}
