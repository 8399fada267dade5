package cn.xinfang.platform.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case files (案卷) in the product's own tables, beside the engine's. */
@Repository
public class CaseFiles {

  private final JdbcClient jdbc;

  CaseFiles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The next case number of the year, e.g. XF-2026-000123; unique across nodes (row lock). */
  public String nextCaseNo(int year) {
    int updated =
        jdbc.sql("update petition_case_counter set last_no = last_no + 1 where case_year = ?")
            .param(year)
            .update();
    if (updated == 0) {
      jdbc.sql("insert into petition_case_counter (case_year, last_no) values (?, 1)")
          .param(year)
          .update();
    }
    int number =
        jdbc.sql("select last_no from petition_case_counter where case_year = ?")
            .param(year)
            .query(Integer.class)
            .single();
    return String.format("XF-%d-%06d", year, number);
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
    int seq = 0;
    for (Petitioner p : c.petitioners()) {
      jdbc.sql(
              "insert into petition_petitioner (case_no, seq, name, id_number, phone, address)"
                  + " values (?, ?, ?, ?, ?, ?)")
          .params(c.caseNo(), ++seq, p.name(), p.idNumber(), p.phone(), p.address())
          .update();
    }
  }

  public void attachProcess(String caseNo, String processInstanceId) {
    jdbc.sql("update petition_case set process_instance_id = ? where case_no = ?")
        .params(processInstanceId, caseNo)
        .update();
  }

  /** An open case of one of these petitioners about the same matter type. */
  public Optional<String> findOpenDuplicate(Collection<String> idNumbers, String matterType) {
    if (idNumbers.isEmpty()) {
      return Optional.empty();
    }
    List<String> open = List.of(openStatuses());
    return jdbc
        .sql(
            """
            select c.case_no from petition_case c
            join petition_petitioner p on p.case_no = c.case_no
            where p.id_number in (:ids) and c.matter_type = :matterType and c.status in (:open)
            order by c.registered_at
            """)
        .param("ids", List.copyOf(idNumbers))
        .param("matterType", matterType)
        .param("open", open)
        .query(String.class)
        .list()
        .stream()
        .findFirst();
  }

  private static String[] openStatuses() {
    return java.util.Arrays.stream(CaseStatus.values())
        .filter(CaseStatus::isOpen)
        .map(Enum::name)
        .toArray(String[]::new);
  }

  public Optional<CaseSummary> find(String caseNo) {
    return jdbc.sql("select * from petition_case where case_no = ?")
        .param(caseNo)
        .query(CaseFiles::summary)
        .optional();
  }

  public List<Petitioner> petitioners(String caseNo) {
    return jdbc.sql("select * from petition_petitioner where case_no = ? order by seq")
        .param(caseNo)
        .query(
            (rs, i) ->
                new Petitioner(
                    rs.getString("name"),
                    rs.getString("id_number"),
                    rs.getString("phone"),
                    rs.getString("address")))
        .list();
  }

  public void setStatus(String caseNo, CaseStatus status) {
    jdbc.sql("update petition_case set status = ? where case_no = ?")
        .params(status.name(), caseNo)
        .update();
  }

  public void setLeadUnit(String caseNo, String unit) {
    jdbc.sql("update petition_case set lead_unit = ? where case_no = ?")
        .params(unit, caseNo)
        .update();
    jdbc.sql("update petition_unit set lead = (unit = ?) where case_no = ?")
        .params(unit, caseNo)
        .update();
  }

  public void addUnit(
      String caseNo,
      String unit,
      boolean lead,
      Instant assignedAt,
      LocalDate acceptDeadline,
      LocalDate objectionDeadline) {
    jdbc.sql(
            """
            insert into petition_unit (case_no, unit, lead, status, assigned_at, accept_deadline,
              objection_deadline)
            values (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            caseNo,
            unit,
            lead,
            UnitStatus.ASSIGNED.name(),
            Timestamp.from(assignedAt),
            acceptDeadline,
            objectionDeadline)
        .update();
  }

  public List<CaseUnit> units(String caseNo) {
    return jdbc.sql("select * from petition_unit where case_no = ? order by assigned_at, unit")
        .param(caseNo)
        .query(CaseFiles::unit)
        .list();
  }

  public Optional<CaseUnit> unit(String caseNo, String unit) {
    return jdbc.sql("select * from petition_unit where case_no = ? and unit = ?")
        .params(caseNo, unit)
        .query(CaseFiles::unit)
        .optional();
  }

  public void setUnitStatus(String caseNo, String unit, UnitStatus status) {
    jdbc.sql("update petition_unit set status = ? where case_no = ? and unit = ?")
        .params(status.name(), caseNo, unit)
        .update();
  }

  /** The unit signed for the case: handling runs from now to the deadline. */
  public void startHandling(String caseNo, String unit, Instant start, LocalDate deadline) {
    jdbc.sql(
            "update petition_unit set handling_started_at = ?, handling_deadline = ?"
                + " where case_no = ? and unit = ?")
        .params(Timestamp.from(start), deadline, caseNo, unit)
        .update();
  }

  /** An approved extension (延期): the new deadline and the days granted. */
  public void extendHandling(String caseNo, String unit, int days, LocalDate deadline) {
    jdbc.sql(
            "update petition_unit set extended_days = ?, handling_deadline = ?,"
                + " handling_overdue = false where case_no = ? and unit = ?")
        .params(days, deadline, caseNo, unit)
        .update();
  }

  public void markForwardOverdue(String caseNo) {
    jdbc.sql("update petition_case set forward_overdue = true where case_no = ?")
        .param(caseNo)
        .update();
  }

  public void markAcceptOverdue(String caseNo, String unit) {
    raise(UnitFlag.ACCEPT_OVERDUE, caseNo, unit);
  }

  public void markHandlingOverdue(String caseNo, String unit) {
    raise(UnitFlag.HANDLING_OVERDUE, caseNo, unit);
  }

  /**
   * Notes a reminder as sent; false if it was sent before (the primary key makes that so, also for
   * two nodes racing: the loser's job fails, retries and then sees the row).
   */
  public boolean noteReminder(
      String caseNo, String unit, String period, String step, LocalDate deadline, Instant at) {
    Integer sent =
        jdbc.sql(
                "select count(*) from petition_reminder where case_no = ? and unit = ?"
                    + " and period = ? and step = ? and deadline = ?")
            .params(caseNo, unit, period, step, deadline)
            .query(Integer.class)
            .single();
    if (sent > 0) {
      return false;
    }
    jdbc.sql(
            "insert into petition_reminder (case_no, unit, period, step, deadline, sent_at)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(caseNo, unit, period, step, deadline, Timestamp.from(at))
        .update();
    return true;
  }

  /** Counts an objection of the unit; returns how many it has made on this case. */
  public int countObjection(String caseNo, String unit) {
    jdbc.sql(
            "update petition_unit set objections = objections + 1, status = ?"
                + " where case_no = ? and unit = ?")
        .params(UnitStatus.OBJECTED.name(), caseNo, unit)
        .update();
    return unit(caseNo, unit).orElseThrow().objections();
  }

  /** The unit's handling result: findings, measures taken and its draft reply opinion. */
  public void saveHandling(
      String caseNo, String unit, String findings, String measures, String draftReply) {
    jdbc.sql(
            "update petition_unit set findings = ?, measures = ?, draft_reply = ?"
                + " where case_no = ? and unit = ?")
        .params(findings, measures, draftReply, caseNo, unit)
        .update();
  }

  /** Each unit's draft reply opinion, for the lead unit's consolidated reply. */
  public List<HandlingResult> handlingResults(String caseNo) {
    return jdbc.sql(
            "select unit, findings, measures, draft_reply from petition_unit"
                + " where case_no = ? and status = ? order by lead desc, unit")
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

  public void flagBuckPassing(String caseNo, String unit) {
    raise(UnitFlag.BUCK_PASSING, caseNo, unit);
  }

  /** The yes/no marks a unit's part of a case carries; each names its column. */
  private enum UnitFlag {
    ACCEPT_OVERDUE("accept_overdue"),
    HANDLING_OVERDUE("handling_overdue"),
    BUCK_PASSING("buck_passing");

    private final String column;

    UnitFlag(String column) {
      this.column = column;
    }
  }

  private void raise(UnitFlag flag, String caseNo, String unit) {
    jdbc.sql("update petition_unit set " + flag.column + " = true where case_no = ? and unit = ?")
        .params(caseNo, unit)
        .update();
  }

  public void record(String caseNo, CaseEvent event) {
    jdbc.sql(
            "insert into petition_event (case_no, occurred_at, actor, unit, action, detail)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(
            caseNo,
            Timestamp.from(event.at()),
            event.actor(),
            event.unit(),
            event.action().name(),
            event.detail())
        .update();
  }

  public List<CaseEvent> record(String caseNo) {
    return jdbc.sql("select * from petition_event where case_no = ? order by occurred_at, id")
        .param(caseNo)
        .query(
            (rs, i) ->
                new CaseEvent(
                    rs.getTimestamp("occurred_at").toInstant(),
                    rs.getString("actor"),
                    rs.getString("unit"),
                    CaseAction.valueOf(rs.getString("action")),
                    rs.getString("detail")))
        .list();
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

  private static CaseUnit unit(ResultSet rs, int row) throws SQLException {
    return new CaseUnit(
        rs.getString("unit"),
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
        rs.getInt("extended_days"));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
