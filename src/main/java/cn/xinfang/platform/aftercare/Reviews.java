package cn.xinfang.platform.aftercare;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reviews and re-examinations ({@code case_review}) and their reminders. */
@Repository
public class Reviews {

  /** One review or re-examination of a case. */
  public record Review(
      long id,
      String caseNo,
      ReviewLevel level,
      String body,
      LocalDate requestedOn,
      String requestText,
      String requestedBy,
      Instant signedAt,
      int hearingDays,
      ReviewDecision decision,
      String decisionText,
      Instant decidedAt,
      Long noticeId) {}

  private final JdbcClient jdbc;

  Reviews(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long add(
      String caseNo,
      ReviewLevel level,
      String body,
      LocalDate requestedOn,
      String text,
      String by,
      Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into case_review (case_no, level, body, requested_on, request_text,"
                + " requested_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(caseNo, level.name(), body, Date.valueOf(requestedOn), text, by, Timestamp.from(at))
        .update(key, "id");
    return key.getKey().longValue();
  }

  public Review get(long id) {
    return jdbc.sql("select * from case_review where id = ?")
        .param(id)
        .query(Reviews::review)
        .single();
  }

  public List<Review> ofCase(String caseNo) {
    return jdbc.sql("select * from case_review where case_no = ? order by id")
        .param(caseNo)
        .query(Reviews::review)
        .list();
  }

  /** The case's last re-examination, decided: after it the matter is closed (art. 36). */
  public Optional<Review> lastReexamination(String caseNo) {
    return ofCase(caseNo).stream()
        .filter(r -> r.level() == ReviewLevel.REEXAMINATION && r.decision() != null)
        .reduce((a, b) -> b);
  }

  void signed(long id, String by, Instant at) {
    jdbc.sql("update case_review set signed_by = ?, signed_at = ? where id = ?")
        .params(by, Timestamp.from(at), id)
        .update();
  }

  void addHearingDays(long id, int days) {
    jdbc.sql("update case_review set hearing_days = hearing_days + ? where id = ?")
        .params(days, id)
        .update();
  }

  void decided(
      long id, ReviewDecision decision, String text, String by, Instant at, long noticeId) {
    jdbc.sql(
            "update case_review set decision = ?, decision_text = ?, decided_by = ?,"
                + " decided_at = ?, notice_id = ? where id = ?")
        .params(decision.name(), text, by, Timestamp.from(at), noticeId, id)
        .update();
  }

  /** Notes reminder {@code step} for {@code due}; false when it was already sent. */
  boolean noteReminder(long id, int step, LocalDate due) {
    return jdbc.sql(
                "insert into case_review_reminder (review_id, step, due) select ?, ?, ? from"
                    + " case_review where id = ? and not exists (select 1 from"
                    + " case_review_reminder where review_id = ? and step = ? and due = ?)")
            .params(id, step, Date.valueOf(due), id, id, step, Date.valueOf(due))
            .update()
        == 1;
  }

  private static Review review(ResultSet rs, int n) throws SQLException {
    Timestamp signed = rs.getTimestamp("signed_at");
    Timestamp decided = rs.getTimestamp("decided_at");
    String decision = rs.getString("decision");
    long notice = rs.getLong("notice_id");
    return new Review(
        rs.getLong("id"),
        rs.getString("case_no"),
        ReviewLevel.valueOf(rs.getString("level")),
        rs.getString("body"),
        rs.getDate("requested_on").toLocalDate(),
        rs.getString("request_text"),
        rs.getString("requested_by"),
        signed == null ? null : signed.toInstant(),
        rs.getInt("hearing_days"),
        decision == null ? null : ReviewDecision.valueOf(decision),
        rs.getString("decision_text"),
        decided == null ? null : decided.toInstant(),
        rs.wasNull() ? null : notice);
  }
}
