package cn.xinfang.platform.casefile;

import cn.xinfang.platform.calendar.Deadline;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The responsible units' parts of each case ({@code petition_unit}). A unit may hold several parts
 * of one case over time (returned, then routed back to it): each is an episode, and the latest is
 * the one the unit works on now. Everything here addresses that current part unless it says
 * otherwise.
 */
@Repository
public class CaseUnits {

  /** The latest episode of a unit on a case, as a condition on {@code petition_unit}. */
  private static final String CURRENT =
      " case_no = ? and unit = ? and episode = (select max(episode) from petition_unit"
          + " where case_no = ? and unit = ?)";

  private final JdbcClient jdbc;

  CaseUnits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Hands the unit a (new) part of the case: its first, or the next after it returned one. */
  public void add(
      String caseNo,
      String unit,
      boolean lead,
      Instant assignedAt,
      Deadline acceptDeadline,
      Deadline objectionDeadline) {
    int episode =
        jdbc.sql(
                "select coalesce(max(episode), 0) + 1 from petition_unit"
                    + " where case_no = ? and unit = ?")
            .params(caseNo, unit)
            .query(Integer.class)
            .single();
    jdbc.sql(
            """
            insert into petition_unit (case_no, unit, episode, lead, status, assigned_at,
              accept_deadline, accept_deadline_provisional, objection_deadline,
              objection_deadline_provisional)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            caseNo,
            unit,
            episode,
            lead,
            UnitStatus.ASSIGNED.name(),
            Timestamp.from(assignedAt),
            acceptDeadline.date(),
            acceptDeadline.provisional(),
            objectionDeadline.date(),
            objectionDeadline.provisional())
        .update();
  }

  /** Every part every unit has had on the case, in the order they were handed out. */
  public List<CaseUnit> of(String caseNo) {
    return jdbc.sql(
            "select * from petition_unit where case_no = ? order by assigned_at, unit, episode")
        .param(caseNo)
        .query(CaseUnits::unit)
        .list();
  }

  /** The unit's current part of the case. */
  public Optional<CaseUnit> current(String caseNo, String unit) {
    return jdbc.sql("select * from petition_unit where" + CURRENT)
        .params(caseNo, unit, caseNo, unit)
        .query(CaseUnits::unit)
        .optional();
  }

  /** Marks which unit leads: the current part of {@code unit}, no other part. */
  public void setLead(String caseNo, String unit) {
    jdbc.sql("update petition_unit set lead = false where case_no = ?").param(caseNo).update();
    update("lead = true", caseNo, unit);
  }

  public void setStatus(String caseNo, String unit, UnitStatus status) {
    update("status = ?", caseNo, unit, status.name());
  }

  /** The unit's leader approved its reply: its part is finished (本单位办结) at {@code at}. */
  public void finish(String caseNo, String unit, Instant at) {
    update("status = ?, finished_at = ?", caseNo, unit, UnitStatus.DONE.name(), Timestamp.from(at));
  }

  /** The unit signed for the case: handling runs from now to the deadline. */
  public void startHandling(String caseNo, String unit, Instant start, Deadline deadline) {
    update(
        "status = ?, handling_started_at = ?, handling_deadline = ?,"
            + " handling_deadline_provisional = ?",
        caseNo,
        unit,
        UnitStatus.HANDLING.name(),
        Timestamp.from(start),
        deadline.date(),
        deadline.provisional());
  }

  /**
   * An approved extension (延期): the new deadline and the days granted. An overdue mark stays: the
   * unit did miss the deadline it had.
   */
  public void extendHandling(String caseNo, String unit, int days, Deadline deadline) {
    update(
        "extended_days = ?, handling_deadline = ?, handling_deadline_provisional = ?",
        caseNo,
        unit,
        days,
        deadline.date(),
        deadline.provisional());
  }

  /** A unit's statutory dates, as its part of the case keeps them. */
  public enum Dated {
    ACCEPT("accept_deadline"),
    OBJECTION("objection_deadline"),
    HANDLING("handling_deadline");

    private final String column;

    Dated(String column) {
      this.column = column;
    }
  }

  /**
   * Cases with a part still running (not returned, done or lifted) that has a provisional deadline.
   */
  public List<String> withProvisionalDeadlines() {
    return jdbc.sql(
            "select distinct case_no from petition_unit where status not in (?, ?, ?) and"
                + " (accept_deadline_provisional = true or objection_deadline_provisional = true"
                + " or handling_deadline_provisional = true) order by case_no")
        .params(UnitStatus.RETURNED.name(), UnitStatus.DONE.name(), UnitStatus.LIFTED.name())
        .query(String.class)
        .list();
  }

  /**
   * A deadline of one part counted again. Written only while it still is the provisional {@code
   * from}, so two nodes recounting at once change it once; true if this call changed it.
   */
  public boolean recount(
      String caseNo, String unit, int episode, Dated which, LocalDate from, Deadline to) {
    String column = which.column;
    return jdbc.sql(
                "update petition_unit set "
                    + column
                    + " = ?, "
                    + column
                    + "_provisional = ? where case_no = ? and unit = ? and episode = ? and "
                    + column
                    + " = ? and "
                    + column
                    + "_provisional = true")
            .params(to.date(), to.provisional(), caseNo, unit, episode, from)
            .update()
        == 1;
  }

  public void markAcceptOverdue(String caseNo, String unit) {
    update("accept_overdue = true", caseNo, unit);
  }

  public void markHandlingOverdue(String caseNo, String unit) {
    update("handling_overdue = true", caseNo, unit);
  }

  public void flagBuckPassing(String caseNo, String unit) {
    update("buck_passing = true", caseNo, unit);
  }

  /**
   * Counts an objection of the unit; returns how many it has made on this case, over all its parts:
   * objecting again after the case came back is still objecting twice.
   */
  public int countObjection(String caseNo, String unit) {
    update("objections = objections + 1, status = ?", caseNo, unit, UnitStatus.OBJECTED.name());
    return jdbc.sql("select sum(objections) from petition_unit where case_no = ? and unit = ?")
        .params(caseNo, unit)
        .query(Integer.class)
        .single();
  }

  /** The unit's handling result: findings, measures taken and its draft reply opinion. */
  public void saveHandling(
      String caseNo, String unit, String findings, String measures, String draftReply) {
    update(
        "findings = ?, measures = ?, draft_reply = ?, status = ?",
        caseNo,
        unit,
        findings,
        measures,
        draftReply,
        UnitStatus.AWAITING_APPROVAL.name());
  }

  /** Each unit's approved result, for the lead unit's consolidated reply. */
  public List<HandlingResult> handlingResults(String caseNo) {
    return jdbc.sql(
            "select unit, findings, measures, draft_reply from petition_unit"
                + " where case_no = ? and status = ? order by lead desc, unit, episode")
        .params(caseNo, UnitStatus.DONE.name())
        .query(
            (rs, i) ->
                new HandlingResult(
                    rs.getString("unit"),
                    rs.getString("findings"),
                    rs.getString("measures"),
                    rs.getString("draft_reply")))
        .list();
  }

  private void update(String assignments, String caseNo, String unit, Object... values) {
    Object[] params = new Object[values.length + 4];
    System.arraycopy(values, 0, params, 0, values.length);
    params[values.length] = caseNo;
    params[values.length + 1] = unit;
    params[values.length + 2] = caseNo;
    params[values.length + 3] = unit;
    jdbc.sql("update petition_unit set " + assignments + " where" + CURRENT)
        .params(params)
        .update();
  }

  private static CaseUnit unit(ResultSet rs, int row) throws SQLException {
    return new CaseUnit(
        rs.getString("unit"),
        rs.getInt("episode"),
        rs.getBoolean("lead"),
        UnitStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("assigned_at").toInstant(),
        rs.getObject("accept_deadline", LocalDate.class),
        rs.getObject("objection_deadline", LocalDate.class),
        rs.getObject("handling_deadline", LocalDate.class),
        rs.getInt("objections"),
        rs.getBoolean("buck_passing"),
        instant(rs.getTimestamp("handling_started_at")),
        rs.getBoolean("accept_overdue"),
        rs.getBoolean("handling_overdue"),
        rs.getInt("extended_days"),
        rs.getBoolean("accept_deadline_provisional"),
        rs.getBoolean("objection_deadline_provisional"),
        rs.getBoolean("handling_deadline_provisional"));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
