package cn.xinfang.platform.fivechiefs;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The walk-ins received on service days ({@code five_chiefs_reception}). */
@Repository
class FiveChiefsReceptions {

  /** One reception: the day, the chief, the outcome and the reply. */
  record Reception(
      String caseNo,
      LocalDate serviceDay,
      String chiefUnit,
      String chiefTitle,
      String chiefName,
      String outcome,
      LocalDate replyDue,
      Instant repliedAt) {}

  private final JdbcClient jdbc;

  FiveChiefsReceptions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void received(String caseNo, LocalDate day, FiveChiefsSettings.Chief chief) {
    jdbc.sql(
            "insert into five_chiefs_reception (case_no, service_day, chief_unit, chief_title,"
                + " chief_name, chief_account) values (?, ?, ?, ?, ?, ?)")
        .params(
            caseNo, Date.valueOf(day), chief.unit(), chief.title(), chief.name(), chief.account())
        .update();
  }

  void decided(String caseNo, String outcome, String explanation, Instant at, LocalDate replyDue) {
    jdbc.sql(
            "update five_chiefs_reception set outcome = ?, explanation = ?, decided_at = ?,"
                + " reply_due = ? where case_no = ?")
        .params(
            outcome,
            explanation,
            Timestamp.from(at),
            replyDue == null ? null : Date.valueOf(replyDue),
            caseNo)
        .update();
  }

  void replied(String caseNo, Instant at) {
    jdbc.sql("update five_chiefs_reception set replied_at = ? where case_no = ?")
        .params(Timestamp.from(at), caseNo)
        .update();
  }

  Optional<Reception> of(String caseNo) {
    return jdbc.sql("select * from five_chiefs_reception where case_no = ?")
        .param(caseNo)
        .query(FiveChiefsReceptions::reception)
        .optional();
  }

  List<Reception> between(LocalDate from, LocalDate to) {
    return jdbc.sql(
            "select * from five_chiefs_reception where service_day >= ? and service_day <= ?"
                + " order by service_day, case_no")
        .params(Date.valueOf(from), Date.valueOf(to))
        .query(FiveChiefsReceptions::reception)
        .list();
  }

  private static Reception reception(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    Date due = rs.getDate("reply_due");
    Timestamp replied = rs.getTimestamp("replied_at");
    return new Reception(
        rs.getString("case_no"),
        rs.getDate("service_day").toLocalDate(),
        rs.getString("chief_unit"),
        rs.getString("chief_title"),
        rs.getString("chief_name"),
        rs.getString("outcome"),
        due == null ? null : due.toLocalDate(),
        replied == null ? null : replied.toInstant());
  }
}
