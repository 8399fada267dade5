package cn.xinfang.platform.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The head of each case file (案卷, {@code petition_case}): what was petitioned, where the case
 * stands, who leads it. Petitioners, the units' parts and the record have their own repositories.
 */
@Repository
public class CaseFiles {

  private final JdbcClient jdbc;
  private final OpenMatters openMatters;

  CaseFiles(JdbcClient jdbc, OpenMatters openMatters) {
    this.jdbc = jdbc;
    this.openMatters = openMatters;
  }

  public void create(NewCase c) {
    jdbc.sql(
            """
            insert into petition_case (case_no, query_code_hash, channel, category, matter_type,
              law_related, region, headcount, content, hotline_order_no, status, registered_at,
              registered_by, forward_deadline)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            c.caseNo(),
            c.queryCodeHash(),
            c.channel(),
            c.category(),
            c.matterType(),
            c.lawRelated(),
            c.region(),
            c.headcount(),
            c.content(),
            c.hotlineOrderNo(),
            CaseStatus.REGISTERED.name(),
            Timestamp.from(c.registeredAt()),
            c.registeredBy(),
            c.forwardDeadline())
        .update();
  }

  public void attachProcess(String caseNo, String processInstanceId) {
    jdbc.sql("update petition_case set process_instance_id = ? where case_no = ?")
        .params(processInstanceId, caseNo)
        .update();
  }

  public Optional<CaseSummary> find(String caseNo) {
    return jdbc.sql("select * from petition_case where case_no = ?")
        .param(caseNo)
        .query(CaseFiles::summary)
        .optional();
  }

  /** A case that leaves the open statuses frees its petitioners' matter for a new case. */
  public void setStatus(String caseNo, CaseStatus status) {
    jdbc.sql("update petition_case set status = ? where case_no = ?")
        .params(status.name(), caseNo)
        .update();
    if (!status.isOpen()) {
      openMatters.release(caseNo);
    }
  }

  /** The unit that leads the case (首办负责); the units' own lead marks follow it. */
  public void setLeadUnit(String caseNo, String unit) {
    jdbc.sql("update petition_case set lead_unit = ? where case_no = ?")
        .params(unit, caseNo)
        .update();
  }

  /** The unit a case left the petition track for (legal procedure, discipline inspection). */
  public void divertTo(String caseNo, String unit) {
    jdbc.sql("update petition_case set diverted_to = ? where case_no = ?")
        .params(unit, caseNo)
        .update();
  }

  public Optional<String> divertedTo(String caseNo) {
    return jdbc.sql("select diverted_to from petition_case where case_no = ?")
        .param(caseNo)
        .query(String.class)
        .optional();
  }

  public void markForwardOverdue(String caseNo) {
    jdbc.sql("update petition_case set forward_overdue = true where case_no = ?")
        .param(caseNo)
        .update();
  }

  private static CaseSummary summary(ResultSet rs, int row) throws SQLException {
    return new CaseSummary(
        rs.getString("case_no"),
        rs.getString("process_instance_id"),
        rs.getString("channel"),
        rs.getString("category"),
        rs.getString("matter_type"),
        rs.getBoolean("law_related"),
        rs.getString("region"),
        rs.getInt("headcount"),
        rs.getString("content"),
        rs.getString("hotline_order_no"),
        CaseStatus.valueOf(rs.getString("status")),
        rs.getString("lead_unit"),
        rs.getTimestamp("registered_at").toInstant(),
        rs.getString("registered_by"),
        rs.getObject("forward_deadline", LocalDate.class),
        rs.getBoolean("forward_overdue"));
  }
}
