package cn.xinfang.platform.hotline;

import cn.xinfang.platform.calendar.BusinessCalendar;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Due dates of {@code hotline-reopen}, for its expressions. */
@Component("hotlineDeadlines")
public class HotlineDeadlines {

  private final HotlineOrders orders;
  private final HotlineService hotline;
  private final BusinessCalendar calendar;

  HotlineDeadlines(HotlineOrders orders, HotlineService hotline, BusinessCalendar calendar) {
    this.orders = orders;
    this.hotline = hotline;
    this.calendar = calendar;
  }

  /** A reopened order is answered again within its first period: 24 hours, 7 or 15 days. */
  public Date reopenDue(String orderNo) {
    HotlineOrders.Order o = orders.find(orderNo).orElseThrow();
    return Date.from(hotline.feedbackDue(calendar.now(), o.urgency(), o.complexity()));
  }
}
