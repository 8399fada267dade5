package cn.xinfang.platform.calendar;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks at the holiday folder every {@code platform.holidays.check-interval}: a new or changed file
 * is read without a restart and announced, so deadlines counted without it can be counted again.
 */
@Component
public class HolidayFolderWatch {

  private final BusinessCalendar calendar;
  private final ApplicationEventPublisher events;

  HolidayFolderWatch(BusinessCalendar calendar, ApplicationEventPublisher events) {
    this.calendar = calendar;
    this.events = events;
  }

  @Scheduled(
      initialDelayString = "${platform.holidays.check-interval:PT10M}",
      fixedDelayString = "${platform.holidays.check-interval:PT10M}")
  public void check() {
    if (calendar.reload()) {
      events.publishEvent(new HolidayDataChanged(calendar.holidays().years()));
    }
  }
}
