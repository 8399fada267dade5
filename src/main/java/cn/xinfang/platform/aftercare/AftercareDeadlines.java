package cn.xinfang.platform.aftercare;

import cn.xinfang.platform.calendar.BusinessCalendar;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Due dates of closing the loop, for the models' expressions: each ends at 24:00 Beijing time. */
@Component("aftercareDeadlines")
public class AftercareDeadlines {

  private final BusinessCalendar calendar;
  private final AftercareSettings settings;
  private final AftercareService aftercare;
  private final ReviewService reviews;

  AftercareDeadlines(
      BusinessCalendar calendar,
      AftercareSettings settings,
      AftercareService aftercare,
      ReviewService reviews) {
    this.calendar = calendar;
    this.settings = settings;
    this.aftercare = aftercare;
    this.reviews = reviews;
  }

  /** 回访: within 5 working days of today's delivery. */
  public Date followUpDue() {
    return calendar.endOf(
        calendar.plusWorkingDays(calendar.today(), settings.followUpWorkingDays()));
  }

  /** The last moment to ask for review or re-examination of the case. */
  public Date windowCloses(String caseNo) {
    return calendar.endOf(aftercare.windowCloses(caseNo));
  }

  /** The reviewing body signs for the request. */
  public Date signDue() {
    return calendar.endOf(calendar.plusWorkingDays(calendar.today(), settings.signWorkingDays()));
  }

  /** The decision of review {@code reviewId}: 30 days from signing, plus hearing days. */
  public Date reviewDue(long reviewId) {
    return calendar.endOf(reviews.due(reviews.get(reviewId)));
  }

  /** Reminder {@code step} (0: half the period gone, 1: nearly due) of the decision. */
  public Date reviewReminder(long reviewId, int step) {
    return reviews.reminderAt(reviewId, step);
  }

  /** A reply revoked on review is handled again and replied within 60 days. */
  public Date rehandlingDue() {
    return calendar.endOf(calendar.today().plusDays(settings.rehandlingDays()));
  }
}
