package cn.xinfang.platform.deadline;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.calendar.Deadline;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * The statutory deadlines counted from their bases (articles in brackets), in one place: where a
 * case is registered, assigned, signed for or extended, and again when a recount needs them.
 */
@Service
public class StatutoryDeadlines {

  private final BusinessCalendar calendar;
  private final DeadlineSettings settings;

  StatutoryDeadlines(BusinessCalendar calendar, DeadlineSettings settings) {
    this.calendar = calendar;
    this.settings = settings;
  }

  /** The petition bureau forwards or hands over (22), counted from registration. */
  public Deadline forward(LocalDate registered) {
    return calendar.deadlineInDays(registered, settings.forwardDays());
  }

  /** The unit notifies acceptance (23), counted from assignment. */
  public Deadline accept(LocalDate assigned) {
    return calendar.deadlineInDays(assigned, settings.acceptDays());
  }

  /** The unit may object that the matter is outside its remit (23), in working days. */
  public Deadline objection(LocalDate assigned) {
    return calendar.deadlineInWorkingDays(assigned, settings.objectionWorkingDays());
  }

  /** Handling from signing (34), plus the days of an approved extension counted on from there. */
  public Deadline handling(LocalDate started, int extensionDays) {
    Deadline handling = calendar.deadlineInDays(started, settings.handlingDays());
    if (extensionDays == 0) {
      return handling;
    }
    Deadline extended = calendar.deadlineInDays(handling.date(), extensionDays);
    return new Deadline(extended.date(), handling.provisional() || extended.provisional());
  }
}
