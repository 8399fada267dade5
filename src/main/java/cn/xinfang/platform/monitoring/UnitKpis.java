package cn.xinfang.platform.monitoring;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.hotline.HotlineRates;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.system.DateRange;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures managers judge units by, per unit over a period of Beijing days, counted from the
 * case file. Each unit's part of a case ({@code petition_unit}, one row per unit and episode) is
 * what the unit received:
 *
 * <ul>
 *   <li>收案 received: parts handed to the unit in the period;
 *   <li>按期受理 accepted on time: of those, parts the unit signed for (签收) by their 15-day accept
 *       deadline; the rate is over the parts due to be accepted: signed for, or past the deadline
 *       still unsigned (parts returned or lifted before signing, and parts still within the
 *       deadline, are not due);
 *   <li>办结 closed: parts the unit finished (its leader approved its reply) in the period; 按期办结:
 *       finished by the handling deadline (60 days from signing, moved by an approved extension);
 *   <li>超期 overdue now: parts still unsigned after their accept deadline, or still in handling
 *       after their handling deadline, today (whenever the period is);
 *   <li>延期, 退回, 推诿: the case record's 批准延期, 申请退回 and 推诿 entries for the unit in the period;
 *   <li>督办函, 通报, 问责建议: the supervision documents issued to the unit in the period ("—" when the
 *       supervision process is not deployed);
 *   <li>满意率: ratings of the unit in the period (follow-ups and the petitioner's own) that said 满意
 *       or 基本满意, over ratings;
 *   <li>重复信访率: parts received in the period whose case drew a repeat petition (重复信访，并入在办案件) before
 *       the period ended, over parts received;
 *   <li>the hotline's 响应率、解决率、满意率 over the 12345 orders the unit leads ({@link HotlineRates});
 *   <li>办结用时中位数: the median, in days, from handing over to finishing, of the parts closed.
 * </ul>
 */
@Service
public class UnitKpis {

  /** The process whose documents the supervision figures count. */
  static final String SUPERVISION_PROCESS = "supervision";

  private final JdbcClient jdbc;
  private final BusinessCalendar calendar;
  private final Organisation organisation;
  private final HotlineRates hotline;
  private final RepositoryService repository;
  private final KpiSettings settings;

  UnitKpis(
      JdbcClient jdbc,
      BusinessCalendar calendar,
      Organisation organisation,
      HotlineRates hotline,
      RepositoryService repository,
      KpiSettings settings) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.organisation = organisation;
    this.hotline = hotline;
    this.repository = repository;
    this.settings = settings;
  }

  /** A unit's running counts while the period's rows are read. */
  private static final class Tally {
    int received;
    int dueToAccept;
    int acceptedOnTime;
    int closed;
    int closedOnTime;
    int overdueNow;
    int extensions;
    int objections;
    int buckPassing;
    int notices;
    int publicNotices;
    int proposals;
    int rated;
    int satisfied;
    int repeatCases;
    final List<Long> closingSeconds = new ArrayList<>();
  }

  /** The figures of these units over the period, sorted by overdue now (most first). */
  public List<UnitFigures> between(DateRange period, Collection<String> units) {
    Instant start = period.start(calendar.zone());
    Instant end = period.end(calendar.zone());
    Map<String, Tally> tallies = new HashMap<>();
    units.forEach(u -> tallies.put(u, new Tally()));
    LocalDate today = calendar.today();
    countParts(start, end, today, tallies);
    countOverdue(today, tallies);
    countEvents(start, end, tallies);
    countDocuments(start, end, tallies);
    countRatings(start, end, tallies);
    countRepeats(start, end, tallies);
    Map<String, HotlineRates.UnitRates> rates = new HashMap<>();
    hotline.between(start, end).forEach(r -> rates.put(r.unit(), r));
    boolean supervision =
        repository.createProcessDefinitionQuery().processDefinitionKey(SUPERVISION_PROCESS).count()
            > 0;
    List<UnitFigures> figures = new ArrayList<>();
    for (String unit : units) {
      figures.add(figures(unit, tallies.get(unit), rates.get(unit), supervision));
    }
    figures.sort(
        Comparator.comparingInt(UnitFigures::overdueNow)
            .reversed()
            .thenComparing(Comparator.comparingInt(UnitFigures::received).reversed())
            .thenComparing(UnitFigures::unit));
    return figures;
  }

  private void countParts(Instant start, Instant end, LocalDate today, Map<String, Tally> tallies) {
    jdbc.sql(
            """
            select unit, status, assigned_at, accept_deadline, handling_deadline,
              handling_started_at, finished_at
            from petition_unit
            where (assigned_at >= ? and assigned_at < ?) or (finished_at >= ? and finished_at < ?)
            """)
        .params(
            Timestamp.from(start), Timestamp.from(end), Timestamp.from(start), Timestamp.from(end))
        .query(
            rs -> {
              Tally t = tallies.get(rs.getString("unit"));
              if (t == null) {
                return;
              }
              Instant assigned = rs.getTimestamp("assigned_at").toInstant();
              Timestamp signedAt = rs.getTimestamp("handling_started_at");
              Timestamp finishedAt = rs.getTimestamp("finished_at");
              LocalDate acceptDeadline = rs.getDate("accept_deadline").toLocalDate();
              if (!assigned.isBefore(start) && assigned.isBefore(end)) {
                t.received++;
                String status = rs.getString("status");
                if (signedAt != null) {
                  t.dueToAccept++;
                  if (!calendar.dateOf(signedAt.toInstant()).isAfter(acceptDeadline)) {
                    t.acceptedOnTime++;
                  }
                } else if (OverdueParts.UNSIGNED.contains(status)
                    && today.isAfter(acceptDeadline)) {
                  t.dueToAccept++;
                }
              }
              if (finishedAt != null
                  && !finishedAt.toInstant().isBefore(start)
                  && finishedAt.toInstant().isBefore(end)) {
                t.closed++;
                java.sql.Date deadline = rs.getDate("handling_deadline");
                if (deadline != null
                    && !calendar.dateOf(finishedAt.toInstant()).isAfter(deadline.toLocalDate())) {
                  t.closedOnTime++;
                }
                t.closingSeconds.add(
                    Duration.between(assigned, finishedAt.toInstant()).toSeconds());
              }
            });
  }

  private void countOverdue(LocalDate today, Map<String, Tally> tallies) {
    OverdueParts.bind(
            jdbc.sql(
                "select unit, count(*) as n from petition_unit where "
                    + OverdueParts.condition("")
                    + " group by unit"),
            today)
        .query(
            rs -> {
              Tally t = tallies.get(rs.getString("unit"));
              if (t != null) {
                t.overdueNow = rs.getInt("n");
              }
            });
  }

  /** What one row (unit, key, count) adds to its unit's tally. */
  private interface Count {
    void add(Tally tally, String key, int n);
  }

  /** Runs a query answering (unit, key, count) rows; each row of a unit shown is counted. */
  private static void grouped(
      JdbcClient.StatementSpec query, Map<String, Tally> tallies, Count count) {
    query.query(
        rs -> {
          Tally t = tallies.get(rs.getString(1));
          if (t != null) {
            count.add(t, rs.getString(2), rs.getInt(3));
          }
        });
  }

  private void countEvents(Instant start, Instant end, Map<String, Tally> tallies) {
    grouped(
        jdbc.sql(
                """
                select unit, action, count(*) from petition_event
                where action in (:actions) and occurred_at >= :start and occurred_at < :end
                group by unit, action
                """)
            .param(
                "actions",
                List.of(
                    CaseAction.EXTENSION_APPROVED.name(),
                    CaseAction.OBJECTED.name(),
                    CaseAction.BUCK_PASSING.name()))
            .param("start", Timestamp.from(start))
            .param("end", Timestamp.from(end)),
        tallies,
        (t, action, n) -> {
          switch (CaseAction.valueOf(action)) {
            case EXTENSION_APPROVED -> t.extensions = n;
            case OBJECTED -> t.objections = n;
            default -> t.buckPassing = n;
          }
        });
  }

  private void countDocuments(Instant start, Instant end, Map<String, Tally> tallies) {
    grouped(
        jdbc.sql(
                """
                select unit, kind, count(*) from supervision_document
                where issued_at >= ? and issued_at < ? group by unit, kind
                """)
            .params(Timestamp.from(start), Timestamp.from(end)),
        tallies,
        (t, kind, n) -> {
          switch (kind) {
            case "NOTICE", "FLAGGED_NOTICE" -> t.notices += n;
            case "PUBLIC_NOTICE" -> t.publicNotices += n;
            case "PROPOSAL" -> t.proposals += n;
            default -> {}
          }
        });
  }

  private void countRatings(Instant start, Instant end, Map<String, Tally> tallies) {
    grouped(
        jdbc.sql(
                """
                select unit, rating, count(*) from case_satisfaction
                where rated_at >= ? and rated_at < ? group by unit, rating
                """)
            .params(Timestamp.from(start), Timestamp.from(end)),
        tallies,
        (t, rating, n) -> {
          t.rated += n;
          if (!"DISSATISFIED".equals(rating)) {
            t.satisfied += n;
          }
        });
  }

  private void countRepeats(Instant start, Instant end, Map<String, Tally> tallies) {
    jdbc.sql(
            """
            select p.unit, count(*) as n from petition_unit p
            where p.assigned_at >= :start and p.assigned_at < :end
              and exists (select 1 from petition_event e where e.case_no = p.case_no
                and e.action = :repeat and e.occurred_at < :end)
            group by p.unit
            """)
        .param("start", Timestamp.from(start))
        .param("end", Timestamp.from(end))
        .param("repeat", CaseAction.DUPLICATE_LINKED.name())
        .query(
            rs -> {
              Tally t = tallies.get(rs.getString("unit"));
              if (t != null) {
                t.repeatCases = rs.getInt("n");
              }
            });
  }

  private UnitFigures figures(
      String unit, Tally t, HotlineRates.UnitRates rates, boolean supervision) {
    BigDecimal accepted = percent(t.acceptedOnTime, t.dueToAccept);
    BigDecimal onTime = percent(t.closedOnTime, t.closed);
    BigDecimal satisfaction = percent(t.satisfied, t.rated);
    List<String> red = new ArrayList<>();
    below(accepted, settings.acceptedOnTimeRate(), "按期受理率", red);
    below(onTime, settings.closedOnTimeRate(), "按期办结率", red);
    below(satisfaction, settings.satisfactionRate(), "满意率", red);
    return new UnitFigures(
        unit,
        organisation.nameOf(unit),
        organisation.unit(unit).map(Organisation.Unit::level).orElse(null),
        t.received,
        t.dueToAccept,
        t.acceptedOnTime,
        accepted,
        t.closed,
        t.closedOnTime,
        onTime,
        t.overdueNow,
        t.extensions,
        t.objections,
        t.buckPassing,
        supervision ? t.notices : null,
        supervision ? t.publicNotices : null,
        supervision ? t.proposals : null,
        t.rated,
        t.satisfied,
        satisfaction,
        t.repeatCases,
        percent(t.repeatCases, t.received),
        rates == null ? null : rates.orders(),
        rates == null ? null : rates.responseRate(),
        rates == null ? null : rates.resolutionRate(),
        rates == null ? null : rates.satisfactionRate(),
        Medians.of(t.closingSeconds, 86_400),
        red);
  }

  private static void below(BigDecimal rate, BigDecimal threshold, String name, List<String> red) {
    if (rate != null && rate.compareTo(threshold) < 0) {
      red.add(name + " " + rate.toPlainString() + "% 低于 " + threshold.toPlainString() + "%");
    }
  }

  /** {@code part} over {@code whole} in percent with one decimal, or null when whole is 0. */
  static BigDecimal percent(int part, int whole) {
    return HotlineRates.percent(part, whole);
  }
}
