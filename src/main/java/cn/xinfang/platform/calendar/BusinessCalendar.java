package cn.xinfang.platform.calendar;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Statutory day counting in Beijing time, whatever zone the server runs in: a period starts the day
 * after the event; a deadline on a day off rolls to the next working day; working days skip
 * weekends and statutory holidays and count make-up working days. Uses the engine clock, so tests
 * move time with {@code ClockUtil}. The holiday folder can be read again while running ({@link
 * #reload()}); a deadline counted through a year without holiday data is marked provisional.
 */
@Component
public class BusinessCalendar {

  private static final Logger LOG = LoggerFactory.getLogger(BusinessCalendar.class);

  private final ZoneId zone;
  private final Path folder;
  private volatile HolidayCalendar holidays;

  @Autowired
  public BusinessCalendar(
      @Value("${platform.zone:Asia/Shanghai}") String zone,
      @Value("${platform.holidays.dir:config/holidays}") String holidays) {
    this(ZoneId.of(zone), Path.of(holidays), HolidayCalendar.load(Path.of(holidays)));
  }

  BusinessCalendar(ZoneId zone, HolidayCalendar holidays) {
    this(zone, null, holidays);
  }

  private BusinessCalendar(ZoneId zone, Path folder, HolidayCalendar holidays) {
    this.zone = zone;
    this.folder = folder;
    this.holidays = holidays;
  }

  /**
   * Reads the holiday folder again if a file was added, changed or removed; true if the calendar
   * now counts with different data. A file that does not read leaves the calendar as it was.
   */
  public synchronized boolean reload() {
    if (folder == null) {
      return false;
    }
    try {
      if (HolidayCalendar.fingerprint(folder).equals(holidays.fingerprint())) {
        return false;
      }
      holidays = HolidayCalendar.load(folder);
      return true;
    } catch (IllegalStateException e) {
      LOG.error("节假日数据未更新，仍按原数据计算期限：{}", e.getMessage());
      return false;
    }
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
    return plusDays(holidays, event, days);
  }

  /** The deadline of a period of working days starting the day after {@code event}. */
  public LocalDate plusWorkingDays(LocalDate event, int days) {
    return plusWorkingDays(holidays, event, days);
  }

  /** The deadline {@code days} calendar days after {@code event}, provisional or not. */
  public Deadline deadlineInDays(LocalDate event, int days) {
    HolidayCalendar data = holidays;
    LocalDate deadline = plusDays(data, event, days);
    return new Deadline(deadline, !hasHolidayData(data, event, deadline));
  }

  /** The deadline {@code days} working days after {@code event}, provisional or not. */
  public Deadline deadlineInWorkingDays(LocalDate event, int days) {
    HolidayCalendar data = holidays;
    LocalDate deadline = plusWorkingDays(data, event, days);
    return new Deadline(deadline, !hasHolidayData(data, event, deadline));
  }

  /** Whether every year from {@code from} to {@code to} has holiday data. */
  public boolean hasHolidayData(LocalDate from, LocalDate to) {
    return hasHolidayData(holidays, from, to);
  }

  public boolean isWorkingDay(LocalDate day) {
    return holidays.isWorkingDay(day);
  }

  private static LocalDate plusDays(HolidayCalendar data, LocalDate event, int days) {
    LocalDate deadline = event.plusDays(days);
    while (!data.isWorkingDay(deadline)) {
      deadline = deadline.plusDays(1);
    }
    return deadline;
  }

  private static LocalDate plusWorkingDays(HolidayCalendar data, LocalDate event, int days) {
    LocalDate day = event;
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (data.isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  private static boolean hasHolidayData(HolidayCalendar data, LocalDate from, LocalDate to) {
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      if (!data.years().contains(year)) {
        return false;
      }
    }
    return true;
  }

  /** The last moment of a day in Beijing time, as timers and due dates need it. */
  /** The first moment of {@code day} in the platform's zone. */
  public Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }

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
