package cn.xinfang.platform.monitoring;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.casefile.UnitStatus;
import cn.xinfang.platform.organisation.Organisation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The units' parts overdue today (the figure 超期 of {@link UnitKpis}, one row each): still unsigned
 * after the accept deadline, or still in handling after the handling deadline. Each row names the
 * case's process instance, so the dashboard links it to Cockpit.
 */
@Service
public class OverdueParts {

  /** One overdue part; {@code stage} is 签收 or 办理, {@code days} the calendar days past. */
  public record Overdue(
      String caseNo,
      String unit,
      String unitName,
      String stage,
      LocalDate deadline,
      long days,
      String matterType,
      String processInstanceId) {}

  /** Parts the unit has not signed for yet. */
  static final List<String> UNSIGNED =
      List.of(UnitStatus.ASSIGNED.name(), UnitStatus.OBJECTED.name());

  /** Parts the unit signed for and is handling. */
  static final List<String> IN_HANDLING =
      List.of(UnitStatus.HANDLING.name(), UnitStatus.AWAITING_APPROVAL.name());

  /**
   * The one definition of overdue on {@code petition_unit} (columns prefixed with {@code p}, e.g.
   * "p." or ""): unsigned after the accept deadline, or in handling after the handling deadline.
   * Its parameters are set by {@link #bind}.
   */
  static String condition(String p) {
    return "(("
        + p
        + "status in (:unsigned) and "
        + p
        + "accept_deadline < :today)"
        + " or ("
        + p
        + "status in (:handling) and "
        + p
        + "handling_deadline < :today))";
  }

  static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec query, LocalDate today) {
    return query
        .param("unsigned", UNSIGNED)
        .param("handling", IN_HANDLING)
        .param("today", java.sql.Date.valueOf(today));
  }

  private final JdbcClient jdbc;
  private final BusinessCalendar calendar;
  private final Organisation organisation;

  OverdueParts(JdbcClient jdbc, BusinessCalendar calendar, Organisation organisation) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.organisation = organisation;
  }

  /** The overdue parts of these units, the longest overdue first. */
  public List<Overdue> of(Collection<String> units) {
    Set<String> wanted = Set.copyOf(units);
    LocalDate today = calendar.today();
    return jdbc
        .sql(
            """
            select p.case_no, p.unit, p.status, p.accept_deadline, p.handling_deadline,
              c.matter_type, c.process_instance_id
            from petition_unit p join petition_case c on c.case_no = p.case_no
            where (p.status in (:unsigned) and p.accept_deadline < :today)
               or (p.status in (:handling) and p.handling_deadline < :today)
            """)
        .param("unsigned", List.of(UnitStatus.ASSIGNED.name(), UnitStatus.OBJECTED.name()))
        .param("handling", List.of(UnitStatus.HANDLING.name(), UnitStatus.AWAITING_APPROVAL.name()))
        .param("today", java.sql.Date.valueOf(today))
        .query(
            (rs, n) -> {
              String status = rs.getString("status");
              boolean unsigned =
                  status.equals(UnitStatus.ASSIGNED.name())
                      || status.equals(UnitStatus.OBJECTED.name());
              LocalDate deadline =
                  rs.getDate(unsigned ? "accept_deadline" : "handling_deadline").toLocalDate();
              String unit = rs.getString("unit");
              return new Overdue(
                  rs.getString("case_no"),
                  unit,
                  organisation.nameOf(unit),
                  unsigned ? "签收" : "办理",
                  deadline,
                  ChronoUnit.DAYS.between(deadline, today),
                  rs.getString("matter_type"),
                  rs.getString("process_instance_id"));
            })
        .list()
        .stream()
        .filter(o -> wanted.contains(o.unit()))
        .sorted(
            java.util.Comparator.comparingLong(Overdue::days)
                .reversed()
                .thenComparing(Overdue::caseNo)
                .thenComparing(Overdue::unit))
        .toList();
  }

  /** The case numbers with any overdue part, of any unit. */
  Set<String> overdueCases() {
    return Set.copyOf(
        bind(
                jdbc.sql("select distinct case_no from petition_unit where " + condition("")),
                calendar.today())
            .query(String.class)
            .list());
  }
}
