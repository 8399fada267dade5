package cn.xinfang.platform.ownership;

import cn.xinfang.platform.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
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

  OwnershipDeadlines(BusinessCalendar calendar, OwnershipSettings settings, Ownerships ownerships) {
    this.calendar = calendar;
    this.settings = settings;
    this.ownerships = ownerships;
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

  public Date targetDue(long ownershipId) {
    return calendar.endOf(ownerships.get(ownershipId).targetDate());
  }

  /** Four fifths of the way to the target: the owner is reminded. */
  public Date targetReminder(long ownershipId) {
    LocalDate target = ownerships.get(ownershipId).targetDate();
    Instant now = calendar.now();
    Instant end = calendar.endOf(target).toInstant();
    return Date.from(now.plus(Duration.between(now, end).multipliedBy(4).dividedBy(5)));
  }
}
