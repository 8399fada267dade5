package cn.xinfang.platform.notice;

import static cn.xinfang.platform.notice.NoticeDeliveryVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.validation.FormInput;
import cn.xinfang.platform.validation.TextField;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_DeliverNotice} (送达文书): whoever delivered the notice records the day and
 * the way; checked again here, as Tasklist can be bypassed.
 */
@Component("deliverNoticeListener")
class DeliverNoticeListener implements TaskListener {

  private final NoticeDelivery delivery;
  private final CaseRecord record;

  DeliverNoticeListener(NoticeDelivery delivery, CaseRecord record) {
    this.delivery = delivery;
    this.record = record;
  }

  @Override
  public void notify(DelegateTask task) {
    long noticeId = Long.parseLong(text(task, NOTICE_ID));
    FormInput input = FormInput.of(task);
    String way = input.requiredChoice(DELIVERY_WAY, "送达方式", DeliveryWay.CHOICES);
    LocalDate day = input.requiredDate(DELIVERED_ON, "送达日期");
    String text = input.optionalText(TextField.DELIVERY_NOTE);
    if (day != null) {
      delivery.dayRefused(noticeId, day).ifPresent(input::reject);
    }
    input.check();
    delivery.delivered(
        noticeId, day, DeliveryWay.valueOf(way), record.actor(task.getAssignee()), text);
  }
}
