package cn.xinfang.platform.notice;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.deadline.DeadlineSettings;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates of {@code notice-delivery} as its BPMN asks for them ({@code
 * ${noticeDeadlines.deliveryDue(noticeId)}}): the end of the Beijing day {@code
 * notice-delivery-days} after the notice was issued.
 */
@Component("noticeDeadlines")
public class NoticeDeadlines {

  private final NoticeStore store;
  private final BusinessCalendar calendar;
  private final DeadlineSettings settings;

  NoticeDeadlines(NoticeStore store, BusinessCalendar calendar, DeadlineSettings settings) {
    this.store = store;
    this.calendar = calendar;
    this.settings = settings;
  }

  public Date deliveryDue(long noticeId) {
    Notice notice = store.get(noticeId);
    return calendar.endOf(
        calendar.plusDays(calendar.dateOf(notice.issuedAt()), settings.noticeDeliveryDays()));
  }
}
