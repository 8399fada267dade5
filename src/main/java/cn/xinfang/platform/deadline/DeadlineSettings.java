package cn.xinfang.platform.deadline;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The statutory and local periods, from {@code config/deadlines.yaml} (articles in brackets). */
@ConfigurationProperties("platform.deadlines")
public record DeadlineSettings(
    /* The petition bureau forwards or hands over within 15 days (22). */
    @DefaultValue("15") int forwardDays,
    /* A unit receiving a forwarded petition notifies acceptance within 15 days (23). */
    @DefaultValue("15") int acceptDays,
    /* A unit objects that a matter is outside its remit within 5 working days (23). */
    @DefaultValue("5") int objectionWorkingDays,
    /* Handling period from acceptance (34). */
    @DefaultValue("60") int handlingDays,
    /* One extension of at most 30 days (34). */
    @DefaultValue("30") int extensionMaxDays,
    /* Reminders at these fractions of each period, then at breach. */
    @DefaultValue({"0.5", "0.8"}) List<Double> reminderFractions,
    /* Tasklist's 即将超期 filter: due within this many working days. */
    @DefaultValue("3") int dueSoonWorkingDays,
    /* A notice (文书) is to be delivered to the petitioner within this many days of issue. */
    @DefaultValue("5") int noticeDeliveryDays) {

  /** The fraction of a period at which reminder {@code step} (0: 过半, 1: 将届满) is sent. */
  public double reminderFraction(int step) {
    return reminderFractions.get(Math.min(step, reminderFractions.size() - 1));
  }
}
