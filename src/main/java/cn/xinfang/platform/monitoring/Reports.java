package cn.xinfang.platform.monitoring;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.supervision.LedgerEntry;
import cn.xinfang.platform.supervision.SupervisionLedger;
import cn.xinfang.platform.system.DateRange;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/**
 * Builds 日报告, 周例会 and 月督查: the unit figures of the period, the cases overdue when the report is
 * made, and the accountability ledger's entries of the period.
 */
@Service
public class Reports {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** A column of the unit table: its Chinese header and how a unit's figure reads. */
  private record Column(String header, Function<UnitFigures, Object> figure, boolean rate) {}

  private static final List<Column> UNIT_COLUMNS =
      List.of(
          new Column("收案", UnitFigures::received, false),
          new Column("应受理", UnitFigures::dueToAccept, false),
          new Column("按期受理", UnitFigures::acceptedOnTime, false),
          new Column("按期受理率", UnitFigures::acceptedOnTimeRate, true),
          new Column("办结", UnitFigures::closed, false),
          new Column("按期办结", UnitFigures::closedOnTime, false),
          new Column("按期办结率", UnitFigures::closedOnTimeRate, true),
          new Column("当前超期", UnitFigures::overdueNow, false),
          new Column("延期", UnitFigures::extensions, false),
          new Column("退回", UnitFigures::objections, false),
          new Column("推诿", UnitFigures::buckPassing, false),
          new Column("督办函", UnitFigures::supervisionNotices, false),
          new Column("通报", UnitFigures::publicNotices, false),
          new Column("问责建议", UnitFigures::accountabilityProposals, false),
          new Column("满意率", UnitFigures::satisfactionRate, true),
          new Column("重复信访率", UnitFigures::repeatRate, true),
          new Column("热线响应率", UnitFigures::hotlineResponseRate, true),
          new Column("热线解决率", UnitFigures::hotlineResolutionRate, true),
          new Column("热线满意率", UnitFigures::hotlineSatisfactionRate, true),
          new Column("办结用时中位数（天）", UnitFigures::medianDaysToClose, false));

  private final UnitKpis kpis;
  private final OverdueParts overdue;
  private final SupervisionLedger ledger;
  private final Organisation organisation;
  private final BusinessCalendar calendar;

  Reports(
      UnitKpis kpis,
      OverdueParts overdue,
      SupervisionLedger ledger,
      Organisation organisation,
      BusinessCalendar calendar) {
    this.kpis = kpis;
    this.overdue = overdue;
    this.ledger = ledger;
    this.organisation = organisation;
    this.calendar = calendar;
  }

  /**
   * The report of {@code kind} for the period holding {@code day}, over {@code scope}'s units, with
   * the ledger entries {@code mayRead} lets through (null: the reader may read none).
   */
  public Report build(
      ReportKind kind,
      java.time.LocalDate day,
      KpiScope.Scope scope,
      Predicate<LedgerEntry> mayRead) {
    DateRange period = kind.periodOf(day);
    List<UnitFigures> figures = kpis.between(period, scope.units());
    String level =
        scope.level() == null
            ? organisation.namesOf(scope.units())
            : organisation.level(scope.level()).map(l -> l.name() + "及以下").orElse(scope.level());
    String subtitle =
        "统计周期 "
            + period.from()
            + " 至 "
            + period.to()
            + "；范围："
            + level
            + "；生成时间 "
            + TIME.format(calendar.now().atZone(calendar.zone()))
            + "（北京时间）；“—”表示本期无可统计的数据";
    return new Report(
        kind.title() + "（" + kind.periodName(period) + "）",
        subtitle,
        kind.path() + "-report-" + period.from(),
        List.of(unitTable(figures), overdueTable(scope), ledgerTable(period, scope, mayRead)));
  }

  private Report.Table unitTable(List<UnitFigures> figures) {
    List<String> headers = new ArrayList<>(List.of("单位"));
    UNIT_COLUMNS.forEach(c -> headers.add(c.header()));
    List<List<String>> rows = new ArrayList<>();
    Set<Integer> red = new HashSet<>();
    for (UnitFigures f : figures) {
      List<String> row = new ArrayList<>(List.of(f.unitName()));
      UNIT_COLUMNS.forEach(c -> row.add(shown(c.figure().apply(f), c.rate())));
      if (!f.belowThreshold().isEmpty()) {
        red.add(rows.size());
      }
      rows.add(row);
    }
    return new Report.Table("一、各单位指标", headers, rows, red);
  }

  private Report.Table overdueTable(KpiScope.Scope scope) {
    List<List<String>> rows = new ArrayList<>();
    for (OverdueParts.Overdue o : overdue.of(scope.units())) {
      rows.add(
          List.of(
              o.caseNo(),
              o.unitName(),
              o.stage(),
              o.deadline().toString(),
              String.valueOf(o.days())));
    }
    return new Report.Table(
        "二、超期案件（截至生成时）", List.of("案件编号", "责任单位", "环节", "期限", "超期天数"), rows, Set.of());
  }

  private Report.Table ledgerTable(
      DateRange period, KpiScope.Scope scope, Predicate<LedgerEntry> mayRead) {
    String title = "三、督查督办和问责台账本期新增";
    List<String> headers = List.of("序号", "时间", "单位", "案件编号", "环节", "内容");
    if (mayRead == null) {
      return new Report.Table(title + "（您无权查阅问责台账）", headers, List.of(), Set.of());
    }
    Set<String> units = Set.copyOf(scope.units());
    List<List<String>> rows = new ArrayList<>();
    for (LedgerEntry e : ledger.query(null, null, period.from(), period.to())) {
      if (units.contains(e.unit()) && mayRead.test(e)) {
        rows.add(
            List.of(
                String.valueOf(e.seq()),
                TIME.format(e.at().atZone(calendar.zone())),
                organisation.nameOf(e.unit()),
                e.caseNo(),
                e.rung().label(),
                e.text()));
      }
    }
    return new Report.Table(title, headers, rows, Set.of());
  }

  /** A figure as the reports print it: "—" for none, a rate with its percent sign. */
  static String shown(Object value, boolean rate) {
    if (value == null) {
      return "—";
    }
    String text = value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    return rate ? text + "%" : text;
  }
}
