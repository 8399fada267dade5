package cn.xinfang.platform.ownership;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.casefile.CaseSummary;
import cn.xinfang.platform.notification.MailNotifier;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.supervision.SupervisionReason;
import cn.xinfang.platform.supervision.SupervisionRequests;
import cn.xinfang.platform.supervision.SupervisionSource;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Service;

/**
 * Leader case-ownership (领导包案): opening one per case, the bureau's proposal, the leader's
 * acceptance, the duties (meeting, plan, reports), the one extension, close-out, and a missed
 * milestone handed to supervision. Each step of {@code case-ownership.bpmn} calls one method.
 */
@Service
public class OwnershipService {

  /** The overdue timer of the 3(+1)-month target, moved when the owner extends. */
  static final String TARGET_TIMER = "Timer_OwnershipOverdue";

  /** The outcome of a request: a new ownership, or the open one of the case. */
  record Opened(long id, boolean joined) {}

  private final Ownerships ownerships;
  private final CaseFiles files;
  private final CaseRecord record;
  private final BusinessCalendar calendar;
  private final OwnershipSettings settings;
  private final Organisation organisation;
  private final MailNotifier mail;
  private final SupervisionRequests supervision;
  private final ManagementService management;

  OwnershipService(
      Ownerships ownerships,
      CaseFiles files,
      CaseRecord record,
      BusinessCalendar calendar,
      OwnershipSettings settings,
      Organisation organisation,
      MailNotifier mail,
      SupervisionRequests supervision,
      ManagementService management) {
    this.ownerships = ownerships;
    this.files = files;
    this.record = record;
    this.calendar = calendar;
    this.settings = settings;
    this.organisation = organisation;
    this.mail = mail;
    this.supervision = supervision;
    this.management = management;
  }

  Opened open(
      String caseNo,
      OwnershipReason reason,
      String level,
      String by,
      String why,
      String processInstanceId) {
    if (files.find(caseNo).isEmpty() || !ownerships.lockCase(caseNo)) {
      throw new IllegalArgumentException("信访事项不存在：" + caseNo);
    }
    Optional<Long> open = ownerships.openFor(caseNo);
    if (open.isPresent()) {
      return new Opened(open.get(), true);
    }
    long id = ownerships.open(caseNo, reason, level, calendar.now(), by, processInstanceId);
    record.add(
        caseNo,
        by,
        null,
        CaseAction.OWNERSHIP,
        "需领导包案（"
            + reason.label()
            + "，"
            + levelName(level)
            + "领导）"
            + (why == null ? "" : "：" + why));
    return new Opened(id, false);
  }

  /**
   * The unit whose leaders the bureau is offered first: the case's own township, or the level's
   * government.
   */
  String suggestedUnit(String caseNo, String level) {
    CaseSummary c = files.find(caseNo).orElseThrow();
    return switch (level) {
      case "township" -> townshipOf(c.region()).orElse("district-government");
      case "city" -> "city-government";
      default -> "district-government";
    };
  }

  void propose(long id, String unit, String actor) {
    Ownerships.Ownership o = ownerships.get(id);
    ownerships.propose(id, unit);
    record.add(
        o.caseNo(),
        actor,
        unit,
        CaseAction.OWNERSHIP,
        "信访局提出由" + organisation.nameOf(unit) + "领导包案");
    mail.mailGroup(
        o.caseNo(),
        unit + "-leaders",
        "【领导包案】" + o.caseNo() + " 请签收包案",
        "信访事项 " + o.caseNo() + " 需领导包案（" + o.reason().label() + "），请在任务中心「签收包案」。");
  }

  void accept(long id, String leader) {
    Ownerships.Ownership o = ownerships.get(id);
    LocalDate target = calendar.today().plusMonths(settings.targetMonths());
    ownerships.accept(
        id, leader, calendar.now(), target, calendar.today().plusDays(settings.reportCycleDays()));
    ownerships.event(
        id, calendar.now(), leader, "ACCEPTED", target, "签收包案，目标 " + target + " 前化解销号");
    record.add(
        o.caseNo(), leader, o.ownerUnit(), CaseAction.OWNERSHIP, "签收包案，目标 " + target + " 前化解销号");
    LocalDate today = calendar.today();
    mail.mailGroup(
        o.caseNo(),
        o.ownerUnit() + "-leaders",
        "【领导包案】" + o.caseNo() + " 包案职责",
        "您已签收包案信访事项 "
            + o.caseNo()
            + "：请于 "
            + today.plusDays(settings.meetingDays())
            + " 前接访约访信访人，"
            + today.plusDays(settings.planDays())
            + " 前制定化解方案，此后每 "
            + settings.reportCycleDays()
            + " 日报告进展，"
            + target
            + " 前化解销号。");
  }

  void meet(long id, LocalDate on, String place, String notes, String actor) {
    ownerships.event(id, calendar.now(), actor, "MEETING", null, on + "，" + place + "：" + notes);
  }

  void plan(long id, String measures, String units, String milestones, String actor) {
    String plan = "化解措施：" + measures + "\n责任单位：" + units + "\n节点：" + milestones;
    ownerships.setPlan(id, plan);
    ownerships.event(id, calendar.now(), actor, "PLAN", null, plan);
  }

  /** A progress report; the next one is due one cycle later. */
  void report(long id, String text, String actor) {
    ownerships.event(id, calendar.now(), actor, "REPORT", null, text);
    ownerships.setNextReport(id, calendar.today().plusDays(settings.reportCycleDays()));
  }

  /** Why an extension is refused, if it is: only one, of at most a month. */
  Optional<String> extensionRefused(long id, Integer days) {
    if (ownerships.get(id).extensionDays() != null) {
      return Optional.of("本案已延期一次，不能再次延期");
    }
    if (days == null || days < 1 || days > settings.extensionMaxDays()) {
      return Optional.of("延期天数应为 1 至 " + settings.extensionMaxDays() + " 日");
    }
    return Optional.empty();
  }

  /** The owner extends the target once; the target's clock moves with it. */
  void extend(long id, int days, String reason, String actor, String processInstanceId) {
    Ownerships.Ownership o = ownerships.get(id);
    LocalDate target = o.targetDate().plusDays(days);
    ownerships.extend(id, days, target);
    ownerships.event(
        id,
        calendar.now(),
        actor,
        "EXTENSION",
        target,
        "延期 " + days + " 日至 " + target + "：" + reason);
    ownerships.setNextReport(id, calendar.today().plusDays(settings.reportCycleDays()));
    management.createJobQuery().processInstanceId(processInstanceId).timers().list().stream()
        .filter(
            j ->
                TARGET_TIMER.equals(
                    ((org.camunda.bpm.engine.impl.persistence.entity.TimerEntity) j)
                        .getActivityId()))
        .forEach(j -> management.setJobDuedate(j.getId(), calendar.endOf(target)));
  }

  void applyCloseOut(long id, String way, String text, String actor) {
    ownerships.setStatus(id, "CLOSE_OUT");
    ownerships.event(
        id,
        calendar.now(),
        actor,
        "CLOSE_OUT",
        null,
        OwnershipVariables.CLOSE_OUT_WAYS.get(way) + "：" + text);
  }

  void checkCloseOut(long id, boolean accepted, String comment, String actor) {
    Ownerships.Ownership o = ownerships.get(id);
    if (accepted) {
      ownerships.close(id, "已销号", calendar.now());
      ownerships.event(
          id,
          calendar.now(),
          actor,
          "CLOSE_OUT_ACCEPTED",
          null,
          comment == null ? "同意销号" : comment);
      record.add(o.caseNo(), actor, o.ownerUnit(), CaseAction.OWNERSHIP, "包案销号");
    } else {
      ownerships.setStatus(id, "OWNED");
      ownerships.event(id, calendar.now(), actor, "CLOSE_OUT_RETURNED", null, comment);
      mail.mailGroup(
          o.caseNo(),
          o.ownerUnit() + "-leaders",
          "【领导包案】" + o.caseNo() + " 销号申请被退回",
          "信访局退回销号申请：" + comment);
    }
  }

  /** A duty or the target is overdue: recorded, and the owner's unit goes to supervision. */
  void missed(long id, String what) {
    Ownerships.Ownership o = ownerships.get(id);
    String text = "包案" + what + "超期（包案领导：" + organisation.nameOf(o.ownerUnit()) + "）";
    ownerships.event(id, calendar.now(), CaseRecord.SYSTEM, "MISSED", null, text);
    record.add(o.caseNo(), null, o.ownerUnit(), CaseAction.OWNERSHIP, text + "，提请督查督办");
    supervision.request(
        o.caseNo(),
        o.ownerUnit(),
        SupervisionReason.OWNERSHIP_MILESTONE,
        SupervisionSource.PROCESS,
        text,
        null);
  }

  /**
   * Reminds the owner that {@code what} is due on {@code due}: on the case record, in the ledger
   * and by mail to the owner.
   */
  void remind(long id, String what, LocalDate due) {
    Ownerships.Ownership o = ownerships.get(id);
    String text = "包案" + what + "须于 " + due + " 前完成，请抓紧推进";
    ownerships.event(id, calendar.now(), CaseRecord.SYSTEM, "REMINDED", due, text);
    record.add(o.caseNo(), null, o.ownerUnit(), CaseAction.REMINDED, text);
    mail.mailUser(
        o.caseNo(),
        o.owner(),
        "【领导包案】" + o.caseNo() + " " + what + "将于 " + due + " 到期",
        "您包案的信访事项 " + o.caseNo() + "：" + text + "。");
  }

  Ownerships.Ownership get(long id) {
    return ownerships.get(id);
  }

  private Optional<String> townshipOf(String region) {
    return organisation
        .unit(region)
        .flatMap(
            u ->
                "township".equals(u.level())
                    ? Optional.of(u.code())
                    : "village".equals(u.level())
                        ? Optional.ofNullable(u.parent())
                        : Optional.empty());
  }

  private static String levelName(String level) {
    return switch (level) {
      case "township" -> "乡镇";
      case "city" -> "市级";
      default -> "区级";
    };
  }
}
