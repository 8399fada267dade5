package cn.xinfang.platform.fivechiefs;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.casefile.CaseStatus;
import cn.xinfang.platform.deadline.DeadlineSettings;
import cn.xinfang.platform.notice.Notices;
import cn.xinfang.platform.notification.MailNotifier;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.routing.UnitAssignments;
import cn.xinfang.platform.supervision.SupervisionReason;
import cn.xinfang.platform.supervision.SupervisionRequests;
import cn.xinfang.platform.supervision.SupervisionSource;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Service;

/**
 * A walk-in on a service day: the duty chief decides whether it is within their unit's remit; if so
 * the on-site explanation (释法说理) is recorded and the unit replies within 20 days (a clock with
 * reminders), or it goes into legal procedure; if not, the petition bureau forwards it as usual.
 */
@Service
class FiveChiefsService {

  /** The unit's reply to a matter within its remit, from the service day. */
  static final int REPLY_DAYS = 20;

  private final FiveChiefsReceptions receptions;
  private final FiveChiefsRoster roster;
  private final CaseFiles files;
  private final CaseRecord record;
  private final BusinessCalendar calendar;
  private final Organisation organisation;
  private final UnitAssignments assignments;
  private final Notices notices;
  private final MailNotifier mail;
  private final SupervisionRequests supervision;
  private final DeadlineSettings reminders;

  FiveChiefsService(
      FiveChiefsReceptions receptions,
      FiveChiefsRoster roster,
      CaseFiles files,
      CaseRecord record,
      BusinessCalendar calendar,
      Organisation organisation,
      UnitAssignments assignments,
      Notices notices,
      MailNotifier mail,
      SupervisionRequests supervision,
      DeadlineSettings reminders) {
    this.receptions = receptions;
    this.roster = roster;
    this.files = files;
    this.record = record;
    this.calendar = calendar;
    this.organisation = organisation;
    this.assignments = assignments;
    this.notices = notices;
    this.mail = mail;
    this.supervision = supervision;
    this.reminders = reminders;
  }

  /** The case goes to today's duty chief; refused if today is not a service day. */
  FiveChiefsSettings.Chief receive(String caseNo) {
    FiveChiefsRoster.Duty duty = roster.today();
    if (!duty.serviceDay()) {
      throw new IllegalStateException("今天不是五长服务日：" + duty.reason());
    }
    receptions.received(caseNo, duty.date(), duty.chief());
    record.add(
        caseNo,
        null,
        duty.chief().unit(),
        CaseAction.ROUTED,
        "五长服务日（" + duty.date() + "）由" + duty.chief().title() + duty.chief().name() + "接待");
    return duty.chief();
  }

  /** The chief's decision, recorded with the on-site explanation. */
  void decide(String caseNo, String decision, String explanation, String actor) {
    FiveChiefsReceptions.Reception r = receptions.of(caseNo).orElseThrow();
    LocalDate replyDue = "HANDLE".equals(decision) ? r.serviceDay().plusDays(REPLY_DAYS) : null;
    receptions.decided(caseNo, decision, explanation, calendar.now(), replyDue);
    String unitName = organisation.nameOf(r.chiefUnit());
    switch (decision) {
      case "HANDLE" -> {
        files.setLeadUnit(caseNo, r.chiefUnit());
        files.setStatus(caseNo, CaseStatus.HANDLING);
        record.add(
            caseNo,
            actor,
            r.chiefUnit(),
            CaseAction.ASSIGNED,
            "五长接待：属"
                + unitName
                + "职责，释法说理："
                + explanation
                + "；由"
                + unitName
                + "信访办登记办理，应于 "
                + replyDue
                + " 前答复");
      }
      case "LEGAL" -> {
        record.add(
            caseNo, actor, r.chiefUnit(), CaseAction.LEGAL_PROCEDURE, "五长接待：释法说理：" + explanation);
        assignments.divertToLegalProcedure(
            caseNo, actor, "五长服务日接待，" + unitName + "决定导入法律程序：" + explanation);
      }
      default ->
          record.add(
              caseNo,
              actor,
              r.chiefUnit(),
              CaseAction.ROUTED,
              "五长接待：不属" + unitName + "职责（" + explanation + "），填写联合接待服务案件登记表，由信访局按责任清单转送");
    }
  }

  /** The unit's reply: issued as the 答复意见书; returns its id, whose delivery the case awaits. */
  long reply(String caseNo, String text, String actor) {
    FiveChiefsReceptions.Reception r = receptions.of(caseNo).orElseThrow();
    receptions.replied(caseNo, calendar.now());
    files.setStatus(caseNo, CaseStatus.REPLIED);
    return notices.reply(caseNo, r.chiefUnit(), actor, text);
  }

  Date replyDue(String caseNo) {
    return calendar.endOf(receptions.of(caseNo).orElseThrow().replyDue());
  }

  Date replyReminder(String caseNo, int step) {
    FiveChiefsReceptions.Reception r = receptions.of(caseNo).orElseThrow();
    return calendar.fractionOf(
        calendar.startOf(r.serviceDay()), r.replyDue(), reminders.reminderFraction(step));
  }

  void remind(String caseNo) {
    FiveChiefsReceptions.Reception r = receptions.of(caseNo).orElseThrow();
    String text = "五长服务日接待事项须于 " + r.replyDue() + " 前答复，请抓紧办理";
    record.add(caseNo, null, r.chiefUnit(), CaseAction.REMINDED, text);
    mail.mailGroup(
        caseNo, r.chiefUnit(), "【期限提醒】" + caseNo + " 五长接待事项将于 " + r.replyDue() + " 到期", text);
  }

  void overdue(String caseNo) {
    FiveChiefsReceptions.Reception r = receptions.of(caseNo).orElseThrow();
    String text = "五长服务日接待事项未在 " + r.replyDue() + " 前答复，已超期";
    record.add(caseNo, null, r.chiefUnit(), CaseAction.OVERDUE, text);
    supervision.request(
        caseNo, r.chiefUnit(), SupervisionReason.UNIT_OVERDUE, SupervisionSource.CLOCK, text, null);
  }
}
