package cn.xinfang.platform.proxy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Proxy cases ({@code proxy_case}) and the levels they reached ({@code proxy_step}). */
@Repository
class ProxyCases {

  record ProxyCase(
      String caseNo,
      String agent,
      String village,
      ProxyLevel level,
      String outcome,
      Instant filedAt,
      Instant closedAt) {}

  private final JdbcClient jdbc;

  ProxyCases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void filed(String caseNo, String agent, String village, Instant at) {
    jdbc.sql(
            "insert into proxy_case (case_no, agent, village, level, filed_at) values (?, ?, ?, ?, ?)")
        .params(caseNo, agent, village, ProxyLevel.VILLAGE.name(), Timestamp.from(at))
        .update();
  }

  void step(String caseNo, ProxyLevel level, String body, Instant at) {
    jdbc.sql("update proxy_case set level = ? where case_no = ?")
        .params(level.name(), caseNo)
        .update();
    jdbc.sql("insert into proxy_step (case_no, level, body, started_at) values (?, ?, ?, ?)")
        .params(caseNo, level.name(), body, Timestamp.from(at))
        .update();
  }

  void decided(
      String caseNo,
      String outcome,
      LocalDate mediatedOn,
      String parties,
      String text,
      String by,
      Instant at) {
    jdbc.sql(
            "update proxy_step set outcome = ?, mediated_on = ?, parties = ?, record_text = ?,"
                + " decided_by = ?, decided_at = ? where case_no = ? and decided_at is null")
        .params(
            outcome,
            mediatedOn == null ? null : Date.valueOf(mediatedOn),
            parties,
            text,
            by,
            Timestamp.from(at),
            caseNo)
        .update();
  }

  void closed(String caseNo, String outcome, Instant at) {
    jdbc.sql("update proxy_case set outcome = ?, closed_at = ? where case_no = ?")
        .params(outcome, at == null ? null : Timestamp.from(at), caseNo)
        .update();
  }

  Optional<ProxyCase> of(String caseNo) {
    return jdbc.sql("select * from proxy_case where case_no = ?")
        .param(caseNo)
        .query(ProxyCases::row)
        .optional();
  }

  List<ProxyCase> filedBetween(Instant from, Instant to) {
    return jdbc.sql(
            "select * from proxy_case where filed_at >= ? and filed_at < ? order by agent, case_no")
        .params(Timestamp.from(from), Timestamp.from(to))
        .query(ProxyCases::row)
        .list();
  }

  private static ProxyCase row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    Timestamp closed = rs.getTimestamp("closed_at");
    return new ProxyCase(
        rs.getString("case_no"),
        rs.getString("agent"),
        rs.getString("village"),
        ProxyLevel.valueOf(rs.getString("level")),
        rs.getString("outcome"),
        rs.getTimestamp("filed_at").toInstant(),
        closed == null ? null : closed.toInstant());
  }
}
