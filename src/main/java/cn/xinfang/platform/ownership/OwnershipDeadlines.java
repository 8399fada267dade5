package cn.xinfang.platform.ownership;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.deadline.DeadlineSettings;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates of {@code case-ownership}, for its expressions: each ends at 24:00 Beijing time. The
 * target and report dates come from the ownership, so an extension or a report moves them.
 */
@Component("ownershipDeadlines")
public class OwnershipDeadlines {

  private final BusinessCalendar calendar;
  private final OwnershipSettings settings;
  private final Ownerships ownerships;
  private final DeadlineSettings reminders;

  OwnershipDeadlines(
      BusinessCalendar calendar,
      OwnershipSettings settings,
      Ownerships ownerships,
      DeadlineSettings reminders) {
    this.calendar = calendar;
    this.settings = settings;
    this.ownerships = ownerships;
    this.reminders = reminders;
  }

  public Date assignDue() {
    return calendar.endOf(calendar.plusWorkingDays(calendar.today(), settings.assignWorkingDays()));
  }

  public Date meetingDue() {
    return calendar.endOf(calendar.today().plusDays(settings.meetingDays()));
  }

  public Date planDue() {
    return calendar.endOf(calendar.today().plusDays(settings.planDays()));
  }

  public Date reportDue(long ownershipId) {
    return calendar.endOf(ownerships.get(ownershipId).nextReportDue());
  }

  /**
   * Reminder {@code step} of the meeting (0: half the period gone, 1: nearly due), at the fractions
   * handling is reminded at ({@code platform.deadlines.reminder-fractions}).
   */
  public Date meetingReminder(int step) {
    return reminder(calendar.today().plusDays(settings.meetingDays()), step);
  }

  /** Reminder {@code step} of the resolution plan. */
  public Date planReminder(int step) {
    return reminder(calendar.today().plusDays(settings.planDays()), step);
  }

  /** Reminder {@code step} of the progress report now due. */
  public Date reportReminder(long ownershipId, int step) {
    return reminder(ownerships.get(ownershipId).nextReportDue(), step);
  }

  private Date reminder(LocalDate due, int step) {
    return calendar.fractionOf(calendar.now(), due, reminders.reminderFraction(step));
  }

  public Date targetDue(long ownershipId) {
    return calendar.endOf(ownerships.get(ownershipId).targetDate());
  }

  /** Nearly due (the last reminder fraction): the owner is reminded of the target. */
  public Date targetReminder(long ownershipId) {
    return reminder(ownerships.get(ownershipId).targetDate(), 1);
  }
}
