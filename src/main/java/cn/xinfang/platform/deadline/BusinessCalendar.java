package cn.xinfang.platform.deadline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Statutory day counting in Beijing time, whatever zone the server runs in: a period starts the day
 * after the event; a deadline on a day off rolls to the next working day. Uses the engine clock so
 * tests can move time. Days off are weekends only so far; statutory holidays and make-up working
 * days (调休) come with the clocks issue.
 */
@Component
public class BusinessCalendar {

  private final ZoneId zone;

  public BusinessCalendar(@Value("${platform.zone:Asia/Shanghai}") String zone) {
    this.zone = ZoneId.of(zone);
  }

  public ZoneId zone() {
    return zone;
  }

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public LocalDate today() {
    return LocalDate.ofInstant(now(), zone);
  }

  public LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  /** The deadline of a period of calendar days starting the day after {@code event}. */
  public LocalDate plusDays(LocalDate event, int days) {
    LocalDate deadline = event.plusDays(days);
    while (!isWorkingDay(deadline)) {
      deadline = deadline.plusDays(1);
    }
    return deadline;
  }

  /** The deadline of a period of working days starting the day after {@code event}. */
  public LocalDate plusWorkingDays(LocalDate event, int days) {
    LocalDate day = event;
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  public boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }
}
