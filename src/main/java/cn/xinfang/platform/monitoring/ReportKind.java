package cn.xinfang.platform.monitoring;

import cn.xinfang.platform.system.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/** The three reports of petition work: 日报告, 周例会 (Monday to Sunday), 月督查 (calendar month). */
public enum ReportKind {
  DAILY("daily", "信访工作日报告"),
  WEEKLY("weekly", "信访工作周例会报告"),
  MONTHLY("monthly", "信访工作月督查报告");

  private final String path;
  private final String title;

  ReportKind(String path, String title) {
    this.path = path;
    this.title = title;
  }

  public String path() {
    return path;
  }

  public String title() {
    return title;
  }

  public static Optional<ReportKind> ofPath(String path) {
    for (ReportKind kind : values()) {
      if (kind.path.equals(path)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** The period of this kind that holds {@code day}. */
  public DateRange periodOf(LocalDate day) {
    return switch (this) {
      case DAILY -> new DateRange(day, day);
      case WEEKLY -> {
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        yield new DateRange(monday, monday.plusDays(6));
      }
      case MONTHLY -> new DateRange(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()));
    };
  }

  /** How the period is named in the title: 2026-11-30, 2026-11-30 至 2026-12-06, 2026年11月. */
  public String periodName(DateRange period) {
    return switch (this) {
      case DAILY -> period.from().toString();
      case WEEKLY -> period.from() + " 至 " + period.to();
      case MONTHLY -> period.from().getYear() + "年" + period.from().getMonthValue() + "月";
    };
  }
}
