package cn.xinfang.platform.notice;

import static cn.xinfang.platform.notice.NoticeDeliveryVariables.*;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.casefile.TaskListLabels;
import cn.xinfang.platform.system.PlatformRights;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * A notice's way to the petitioner: each issued notice starts a {@code notice-delivery} instance
 * whose task 送达文书 waits in the issuing unit's Tasklist until whoever delivered it records the day
 * and the way.
 */
@Service
class NoticeDelivery {

  private final NoticeStore store;
  private final CaseRecord record;
  private final BusinessCalendar calendar;
  private final RuntimeService runtime;
  private final TaskListLabels labels;

  NoticeDelivery(
      NoticeStore store,
      CaseRecord record,
      BusinessCalendar calendar,
      RuntimeService runtime,
      TaskListLabels labels) {
    this.store = store;
    this.record = record;
    this.calendar = calendar;
    this.runtime = runtime;
    this.labels = labels;
  }

  /**
   * Starts the delivery in the caller's transaction, so it exists exactly when the notice does; the
   * platform starts it on behalf of whoever issued the notice, not with their rights.
   */
  void start(Notice notice, String addressee) {
    VariableMap variables =
        Variables.createVariables()
            .putValue(NOTICE_ID, notice.id())
            .putValue(NOTICE_TITLE, notice.title())
            .putValue(ADDRESSEE, addressee)
            .putValue(NOTICE_URL, notice.url())
            .putValue(ISSUING_UNIT, notice.issuingUnit());
    variables.putAll(labels.of(notice.caseNo()));
    PlatformRights.run(
        () ->
            runtime
                .createProcessInstanceByKey(PROCESS_ID)
                .businessKey(notice.caseNo())
                .setVariables(variables)
                .execute());
  }

  /** Why {@code day} cannot be the day the notice was delivered, or empty if it can. */
  Optional<String> dayRefused(long noticeId, LocalDate day) {
    LocalDate issued = calendar.dateOf(notice(noticeId).issuedAt());
    if (day.isAfter(calendar.today())) {
      return Optional.of("送达日期不能晚于今天（" + calendar.today() + "）");
    }
    if (day.isBefore(issued)) {
      return Optional.of("送达日期不能早于文书出具日期（" + issued + "）");
    }
    return Optional.empty();
  }

  /** Records the delivery once, and on the case record who delivered it, when and how. */
  void delivered(long noticeId, LocalDate day, DeliveryWay way, String actor, String note) {
    Notice notice = notice(noticeId);
    store.addDelivery(new Delivery(noticeId, day, way, actor, calendar.now(), note));
    record.add(
        notice.caseNo(),
        actor,
        notice.issuingUnit(),
        CaseAction.NOTICE_DELIVERED,
        "《"
            + notice.title()
            + "》已于 "
            + day
            + " "
            + way.label()
            + (note == null ? "" : "（" + note + "）"));
    // the process waiting for this notice (the reply, a review decision) goes on from its delivery
    PlatformRights.run(
        () ->
            runtime
                .createMessageCorrelation(DELIVERED_MESSAGE)
                .processInstanceVariableEquals(AWAITED_NOTICE_ID, noticeId)
                .setVariable(DELIVERED_ON, day.toString())
                .correlateAllWithResult());
  }

  private Notice notice(long noticeId) {
    return store.get(noticeId);
  }
}
