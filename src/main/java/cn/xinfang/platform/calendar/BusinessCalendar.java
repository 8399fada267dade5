package cn.xinfang.platform.calendar;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Statutory day counting in Beijing time, whatever zone the server runs in: a period starts the day
 * after the event; a deadline on a day off rolls to the next working day; working days skip
 * weekends and statutory holidays and count make-up working days. Uses the engine clock, so tests
 * move time with {@code ClockUtil}.
 */
@Component
public class BusinessCalendar {

  private final ZoneId zone;
  private final HolidayCalendar holidays;

  @Autowired
  public BusinessCalendar(
      @Value("${platform.zone:Asia/Shanghai}") String zone,
      @Value("${platform.holidays.dir:config/holidays}") String holidays) {
    this(ZoneId.of(zone), HolidayCalendar.load(Path.of(holidays)));
  }

  BusinessCalendar(ZoneId zone, HolidayCalendar holidays) {
    this.zone = zone;
    this.holidays = holidays;
  }

  public ZoneId zone() {
    return zone;
  }

  public HolidayCalendar holidays() {
    return holidays;
  }

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public LocalDate today() {
    return dateOf(now());
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
    return holidays.isWorkingDay(day);
  }

  /** The last moment of a day in Beijing time, as timers and due dates need it. */
  public Date endOf(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(zone).minusNanos(1_000_000).toInstant());
  }

  /**
   * The moment a fraction of the period from {@code start} to the end of {@code deadline} has
   * passed.
   */
  public Date fractionOf(Instant start, LocalDate deadline, double fraction) {
    Instant end = endOf(deadline).toInstant();
    long millis = end.toEpochMilli() - start.toEpochMilli();
    return Date.from(start.plusMillis(Math.round(millis * fraction)));
  }
}
