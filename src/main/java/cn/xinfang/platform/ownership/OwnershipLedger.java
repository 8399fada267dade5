package cn.xinfang.platform.ownership;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.organisation.Organisation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The ownership ledger (包案台账): every owned case with its owner, reason, plan, reports, status, days
 * open and what is due next, and what the owner did, in order.
 */
@Service
public class OwnershipLedger {

  static final Map<String, String> STATUS_LABELS =
      Map.of(
          "REQUESTED", "待确定包案领导",
          "PROPOSED", "待签收包案",
          "OWNED", "包案中",
          "CLOSE_OUT", "待销号审核",
          "CLOSED", "已销号");

  static final Map<String, String> EVENT_LABELS =
      Map.ofEntries(
          Map.entry("ACCEPTED", "签收包案"),
          Map.entry("MEETING", "接访约访"),
          Map.entry("PLAN", "化解方案"),
          Map.entry("REPORT", "进展报告"),
          Map.entry("EXTENSION", "延期"),
          Map.entry("CLOSE_OUT", "申请销号"),
          Map.entry("CLOSE_OUT_ACCEPTED", "销号"),
          Map.entry("CLOSE_OUT_RETURNED", "销号退回"),
          Map.entry("MISSED", "节点超期"),
          Map.entry("REMINDED", "期限提醒"),
          Map.entry("REPEAT", "再次信访"));

  private static final java.time.format.DateTimeFormatter TIME =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** One owned case as the ledger lists it. */
  public record Row(
      long id,
      String caseNo,
      String owner,
      String ownerName,
      String ownerUnit,
      String ownerUnitName,
      String reason,
      String status,
      String statusLabel,
      String plan,
      int reports,
      long daysOpen,
      LocalDate nextDue,
      LocalDate targetDate) {}

  /** What the owner (or the bureau, or the clock) did. */
  public record Event(String at, String actor, String kind, String label, String text) {}

  private final JdbcClient jdbc;
  private final IdentityService identity;
  private final Organisation organisation;
  private final BusinessCalendar calendar;

  OwnershipLedger(
      JdbcClient jdbc,
      IdentityService identity,
      Organisation organisation,
      BusinessCalendar calendar) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.organisation = organisation;
    this.calendar = calendar;
  }

  /** Ownerships by owner, the owner's unit and status; every filter optional. */
  public List<Row> query(String leader, String unit, String status) {
    StringBuilder sql = new StringBuilder("select * from case_ownership where 1 = 1");
    List<Object> params = new ArrayList<>();
    for (var filter :
        new Object[][] {{"owner", leader}, {"owner_unit", unit}, {"status", status}}) {
      if (filter[1] != null && !filter[1].toString().isBlank()) {
        sql.append(" and ").append(filter[0]).append(" = ?");
        params.add(filter[1]);
      }
    }
    return jdbc.sql(sql.append(" order by id").toString()).params(params).query(this::row).list();
  }

  public List<Row> ofCase(String caseNo) {
    return jdbc.sql("select * from case_ownership where case_no = ? order by id")
        .param(caseNo)
        .query(this::row)
        .list();
  }

  public List<Event> events(long ownershipId) {
    return jdbc.sql(
            "select * from case_ownership_event where ownership_id = ? order by occurred_at, id")
        .param(ownershipId)
        .query(
            (rs, n) ->
                new Event(
                    TIME.format(rs.getTimestamp("occurred_at").toInstant().atZone(calendar.zone())),
                    name(rs.getString("actor")),
                    rs.getString("kind"),
                    EVENT_LABELS.getOrDefault(rs.getString("kind"), rs.getString("kind")),
                    rs.getString("text")))
        .list();
  }

  private Row row(ResultSet rs, int n) throws SQLException {
    long id = rs.getLong("id");
    String status = rs.getString("status");
    Timestamp closed = rs.getTimestamp("closed_at");
    LocalDate from = calendar.dateOf(rs.getTimestamp("requested_at").toInstant());
    LocalDate until = closed == null ? calendar.today() : calendar.dateOf(closed.toInstant());
    LocalDate target = date(rs, "target_date");
    LocalDate report = date(rs, "next_report_due");
    boolean open = !"CLOSED".equals(status);
    LocalDate next =
        open
            ? Stream.of(report, target)
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(null)
            : null;
    String owner = rs.getString("owner");
    String unit = rs.getString("owner_unit");
    return new Row(
        id,
        rs.getString("case_no"),
        owner,
        owner == null ? null : name(owner),
        unit,
        unit == null ? null : organisation.nameOf(unit),
        rs.getString("reason_label"),
        status,
        STATUS_LABELS.getOrDefault(status, status),
        rs.getString("plan"),
        jdbc.sql(
                "select count(*) from case_ownership_event where ownership_id = ? and kind = 'REPORT'")
            .param(id)
            .query(Integer.class)
            .single(),
        ChronoUnit.DAYS.between(from, until),
        next,
        target);
  }

  private String name(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null
        ? userId
        : Objects.toString(user.getFirstName(), "")
            + Objects.toString(user.getLastName(), "")
            + "（"
            + userId
            + "）";
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    java.sql.Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
