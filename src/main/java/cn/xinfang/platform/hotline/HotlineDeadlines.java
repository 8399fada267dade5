package cn.xinfang.platform.hotline;

import cn.xinfang.platform.calendar.BusinessCalendar;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Due dates of {@code hotline-reopen}, for its expressions. */
@Component("hotlineDeadlines")
public class HotlineDeadlines {

  private final HotlineOrders orders;
  private final HotlineSettings settings;
  private final BusinessCalendar calendar;

  HotlineDeadlines(HotlineOrders orders, HotlineSettings settings, BusinessCalendar calendar) {
    this.orders = orders;
    this.settings = settings;
    this.calendar = calendar;
  }

  /** A reopened order is answered again within its first period: 24 hours, 7 or 15 days. */
  public Date reopenDue(String orderNo) {
    HotlineOrders.Order o = orders.find(orderNo).orElseThrow();
    if ("URGENT".equals(o.urgency())) {
      return Date.from(calendar.now().plusSeconds(settings.urgentHours() * 3600L));
    }
    int days = "COMPLEX".equals(o.complexity()) ? settings.complexDays() : settings.generalDays();
    return calendar.endOf(calendar.today().plusDays(days));
  }
}
