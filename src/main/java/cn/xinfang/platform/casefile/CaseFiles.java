package cn.xinfang.platform.casefile;

import cn.xinfang.platform.calendar.Deadline;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
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
              registered_by, forward_deadline, forward_deadline_provisional, high_risk)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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
            c.forwardDeadline().date(),
            c.forwardDeadline().provisional(),
            c.highRisk())
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

  /** Cases still waiting to be forwarded whose forward deadline is provisional. */
  public List<String> withProvisionalForwardDeadline() {
    return jdbc.sql(
            "select case_no from petition_case where forward_deadline_provisional = true"
                + " and status = ? order by case_no")
        .param(CaseStatus.REGISTERED.name())
        .query(String.class)
        .list();
  }

  /**
   * The forward deadline counted again. Written only while it still is the provisional {@code
   * from}, so two nodes recounting at once change it once; true if this call changed it.
   */
  public boolean recountForwardDeadline(String caseNo, LocalDate from, Deadline to) {
    return jdbc.sql(
                "update petition_case set forward_deadline = ?, forward_deadline_provisional = ?"
                    + " where case_no = ? and forward_deadline = ?"
                    + " and forward_deadline_provisional = true")
            .params(to.date(), to.provisional(), caseNo, from)
            .update()
        == 1;
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
        rs.getBoolean("forward_overdue"),
        rs.getBoolean("forward_deadline_provisional"),
        rs.getBoolean("high_risk"));
  }
}
