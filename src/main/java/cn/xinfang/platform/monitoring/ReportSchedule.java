package cn.xinfang.platform.monitoring;

import cn.xinfang.platform.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * When {@code processes/monthly-report.bpmn} runs: its timer starts it every day at 08:00 Beijing
 * time, and it mails only on the first working day of the month (the holiday calendar decides:
 * after the National Day holiday, the first working day of October is the 8th or 9th).
 */
@Component("reportSchedule")
public class ReportSchedule {

  /** The hour of the day, in Beijing, when the report goes out. */
  static final int HOUR = 8;

  private final BusinessCalendar calendar;

  ReportSchedule(BusinessCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * The timer's cron expression: 08:00 in Beijing, written in the server's own time zone, which is
   * the one the engine reads a cron in (these machines run in UTC: 00:00).
   */
  public String dailyCron() {
    int hour =
        ZonedDateTime.now(calendar.zone())
            .withHour(HOUR)
            .withMinute(0)
            .withZoneSameInstant(ZoneId.systemDefault())
            .getHour();
    return "0 0 " + hour + " * * ?";
  }

  /** Whether today (Beijing) is the month's first working day. */
  public boolean firstWorkingDayOfMonth() {
    LocalDate today = calendar.today();
    if (!calendar.isWorkingDay(today)) {
      return false;
    }
    for (LocalDate d = today.withDayOfMonth(1); d.isBefore(today); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        return false;
      }
    }
    return true;
  }
}
