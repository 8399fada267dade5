package cn.xinfang.platform.fivechiefs;

import cn.xinfang.platform.calendar.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Who sits on which service day (五长服务日): every Thursday that is not a statutory holiday, the chiefs
 * in turn from the first Thursday of the rotation; a holiday Thursday has no service day and takes
 * no turn; a swap puts someone else in on one day.
 */
@Service
public class FiveChiefsRoster {

  /** The answer for a day: a service day with its chief, or why not. */
  public record Duty(
      LocalDate date, boolean serviceDay, String reason, FiveChiefsSettings.Chief chief) {}

  private final FiveChiefsSettings settings;
  private final BusinessCalendar calendar;

  FiveChiefsRoster(FiveChiefsSettings settings, BusinessCalendar calendar) {
    this.settings = settings;
    this.calendar = calendar;
  }

  public Duty duty(LocalDate date) {
    if (date.getDayOfWeek() != DayOfWeek.THURSDAY) {
      return new Duty(date, false, date + " 不是星期四：五长服务日为每周四", null);
    }
    if (!calendar.isWorkingDay(date)) {
      return new Duty(date, false, date + " 是法定节假日，不设五长服务日", null);
    }
    Optional<FiveChiefsSettings.Swap> swap =
        settings.swaps().stream().filter(s -> s.date().equals(date)).findFirst();
    if (swap.isPresent()) {
      return new Duty(date, true, "调班", swap.get().chief());
    }
    if (settings.chiefs().isEmpty() || settings.firstThursday() == null) {
      return new Duty(date, false, "五长轮值表未配置（config/five-chiefs.yaml）", null);
    }
    if (date.isBefore(settings.firstThursday())) {
      return new Duty(date, false, date + " 早于轮值起点 " + settings.firstThursday(), null);
    }
    int turns = 0;
    for (LocalDate d = settings.firstThursday(); d.isBefore(date); d = d.plusWeeks(1)) {
      if (calendar.isWorkingDay(d)) {
        turns++;
      }
    }
    return new Duty(date, true, "轮值", settings.chiefs().get(turns % settings.chiefs().size()));
  }

  /** Today's duty, in Beijing time. */
  public Duty today() {
    return duty(calendar.today());
  }
}
