package cn.xinfang.platform.deadline;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseSummary;
import cn.xinfang.platform.casefile.CaseUnit;
import cn.xinfang.platform.casefile.CaseUnits;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates and timer dates as the BPMN asks for them, e.g. {@code
 * ${caseDeadlines.handlingDue(caseNo, unit)}}: always {@link Date}s at the end of a Beijing day,
 * computed from the case file, so an extension is seen by every timer created after it.
 */
@Component("caseDeadlines")
public class CaseDeadlines {

  private final CaseFiles files;
  private final CaseUnits units;
  private final BusinessCalendar calendar;
  private final DeadlineSettings settings;
  private final StatutoryDeadlines statutory;

  CaseDeadlines(
      CaseFiles files,
      CaseUnits units,
      BusinessCalendar calendar,
      DeadlineSettings settings,
      StatutoryDeadlines statutory) {
    this.files = files;
    this.units = units;
    this.calendar = calendar;
    this.settings = settings;
    this.statutory = statutory;
  }

  public Date forwardDue(String caseNo) {
    return calendar.endOf(summary(caseNo).forwardDeadline());
  }

  public Date forwardReminder(String caseNo, int step) {
    CaseSummary c = summary(caseNo);
    return calendar.fractionOf(c.registeredAt(), c.forwardDeadline(), fraction(step));
  }

  public Date acceptDue(String caseNo, String unit) {
    return calendar.endOf(unit(caseNo, unit).acceptDeadline());
  }

  public Date objectionDue(String caseNo, String unit) {
    return calendar.endOf(unit(caseNo, unit).objectionDeadline());
  }

  public Date acceptReminder(String caseNo, String unit, int step) {
    CaseUnit u = unit(caseNo, unit);
    return calendar.fractionOf(u.assignedAt(), u.acceptDeadline(), fraction(step));
  }

  public Date handlingDue(String caseNo, String unit) {
    return calendar.endOf(unit(caseNo, unit).handlingDeadline());
  }

  public Date handlingReminder(String caseNo, String unit, int step) {
    CaseUnit u = unit(caseNo, unit);
    return calendar.fractionOf(u.handlingStartedAt(), u.handlingDeadline(), fraction(step));
  }

  /** The consolidated reply is due when the lead unit's handling period ends. */
  public Date replyDue(String caseNo) {
    return handlingDue(caseNo, summary(caseNo).leadUnit());
  }

  /** A due date for work without a statutory period, {@code days} calendar days from today. */
  public Date daysFromNow(int days) {
    return calendar.endOf(calendar.plusDays(calendar.today(), days));
  }

  /** Tasklist's 即将超期: the end of the day {@code due-soon-working-days} working days ahead. */
  public Date dueSoonLimit() {
    return calendar.endOf(
        calendar.plusWorkingDays(calendar.today(), settings.dueSoonWorkingDays()));
  }

  public Date now() {
    return Date.from(calendar.now());
  }

  /** The deadline of a period, for reminders and the record. */
  LocalDate deadline(String caseNo, String unit, Period period) {
    return switch (period) {
      case FORWARD -> summary(caseNo).forwardDeadline();
      case ACCEPT -> unit(caseNo, unit).acceptDeadline();
      case HANDLING -> unit(caseNo, unit).handlingDeadline();
    };
  }

  /**
   * The deadline a breach is about: the current one once it has run out. While the current one
   * still runs, an extension moved it after the earlier one had run out but before that one's timer
   * ran, and the breach is about the deadline before the extension.
   */
  LocalDate lapsed(String caseNo, String unit, Period period) {
    LocalDate current = deadline(caseNo, unit, period);
    if (period != Period.HANDLING || !calendar.endOf(current).toInstant().isAfter(calendar.now())) {
      return current;
    }
    CaseUnit u = unit(caseNo, unit);
    return statutory.handling(calendar.dateOf(u.handlingStartedAt()), 0).date();
  }

  /** Which part of the unit's work the period belongs to: 0 for the bureau's forwarding. */
  int episode(String caseNo, String unit, Period period) {
    return period == Period.FORWARD ? 0 : unit(caseNo, unit).episode();
  }

  private double fraction(int step) {
    return settings.reminderFraction(step);
  }

  private CaseSummary summary(String caseNo) {
    return files.find(caseNo).orElseThrow(() -> new IllegalStateException("没有案件 " + caseNo));
  }

  private CaseUnit unit(String caseNo, String unit) {
    return units
        .current(caseNo, unit)
        .orElseThrow(() -> new IllegalStateException(caseNo + " 没有交办给 " + unit));
  }
}
