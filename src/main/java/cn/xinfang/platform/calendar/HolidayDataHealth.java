package cn.xinfang.platform.calendar;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} → {@code holidayCalendar}: the years with holiday data and those a
 * deadline was counted in without it (weekends only). Stays UP: a missing year is a warning.
 */
@Component("holidayCalendar")
class HolidayDataHealth implements HealthIndicator {

  private final BusinessCalendar calendar;

  HolidayDataHealth(BusinessCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public Health health() {
    HolidayCalendar holidays = calendar.holidays();
    Health.Builder health =
        Health.up()
            .withDetail("years", holidays.years())
            .withDetail("missingYears", holidays.missingYearsUsed());
    if (!holidays.missingYearsUsed().isEmpty()) {
      health.withDetail("warning", "以下年份没有节假日数据，期限只按周末计算：" + holidays.missingYearsUsed());
    }
    return health.build();
  }
}
