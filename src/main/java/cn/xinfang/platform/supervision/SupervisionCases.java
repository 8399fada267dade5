package cn.xinfang.platform.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The supervision cases ({@code supervision_case}) and which one is open per unit and petition
 * ({@code supervision_open}).
 */
@Repository
class SupervisionCases {

  private final JdbcClient jdbc;

  SupervisionCases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Locks the petition's row until the transaction ends, so requests for the same petition on any
   * node are decided one after the other: the second one sees the first one's open case.
   */
  boolean lockPetition(String caseNo) {
    return !jdbc.sql("select case_no from petition_case where case_no = ? for update")
        .param(caseNo)
        .query(String.class)
        .list()
        .isEmpty();
  }

  Optional<Long> openFor(String caseNo, String unit) {
    return jdbc.sql("select supervision_id from supervision_open where case_no = ? and unit = ?")
        .params(caseNo, unit)
        .query(Long.class)
        .optional();
  }

  long open(
      String caseNo,
      String unit,
      SupervisionReason reason,
      SupervisionSource source,
      Instant at,
      String by,
      String processInstanceId) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into supervision_case (case_no, unit, reason, source, opened_at, opened_by,"
                + " process_instance_id) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            caseNo, unit, reason.name(), source.name(), Timestamp.from(at), by, processInstanceId)
        .update(key, "id");
    long id = key.getKey().longValue();
    jdbc.sql("insert into supervision_open (case_no, unit, supervision_id) values (?, ?, ?)")
        .params(caseNo, unit, id)
        .update();
    return id;
  }

  void countTrigger(long id) {
    jdbc.sql("update supervision_case set triggers = triggers + 1 where id = ?").param(id).update();
  }

  /** Supervision cases of the unit opened since {@code since}, this one excepted. */
  int countForUnitSince(String unit, Instant since, long except) {
    return jdbc.sql(
            "select count(*) from supervision_case where unit = ? and opened_at >= ? and id <> ?")
        .params(unit, Timestamp.from(since), except)
        .query(Integer.class)
        .single();
  }

  void setStartRung(long id, String rung) {
    jdbc.sql("update supervision_case set start_rung = ? where id = ?").params(rung, id).update();
  }

  void setAnswerDue(long id, LocalDate due) {
    jdbc.sql("update supervision_case set answer_due = ? where id = ?").params(due, id).update();
  }

  void markSanctioned(long id) {
    jdbc.sql("update supervision_case set sanctioned = true where id = ?").param(id).update();
  }

  /** Closes the case and frees its slot: a later slip of the unit opens a new one. */
  void close(long id, String outcome, Instant at) {
    jdbc.sql("update supervision_case set closed_at = ?, outcome = ? where id = ?")
        .params(Timestamp.from(at), outcome, id)
        .update();
    jdbc.sql("delete from supervision_open where supervision_id = ?").param(id).update();
  }

  SupervisionCase get(long id) {
    return jdbc.sql("select * from supervision_case where id = ?")
        .param(id)
        .query(SupervisionCases::row)
        .optional()
        .orElseThrow(() -> new IllegalStateException("督办案件不存在：" + id));
  }

  List<SupervisionCase> ofCase(String caseNo) {
    return jdbc.sql("select * from supervision_case where case_no = ? order by id")
        .param(caseNo)
        .query(SupervisionCases::row)
        .list();
  }

  private static SupervisionCase row(ResultSet rs, int n) throws SQLException {
    Timestamp closed = rs.getTimestamp("closed_at");
    java.sql.Date due = rs.getDate("answer_due");
    return new SupervisionCase(
        rs.getLong("id"),
        rs.getString("case_no"),
        rs.getString("unit"),
        SupervisionReason.valueOf(rs.getString("reason")),
        SupervisionSource.of(rs.getString("source")),
        rs.getString("start_rung"),
        rs.getTimestamp("opened_at").toInstant(),
        rs.getString("opened_by"),
        rs.getString("process_instance_id"),
        due == null ? null : due.toLocalDate(),
        rs.getBoolean("sanctioned"),
        rs.getInt("triggers"),
        closed == null ? null : closed.toInstant(),
        rs.getString("outcome"));
  }
}
