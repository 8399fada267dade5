package cn.xinfang.platform.handling;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.calendar.Deadline;
import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.casefile.CaseStatus;
import cn.xinfang.platform.casefile.CaseUnit;
import cn.xinfang.platform.casefile.CaseUnits;
import cn.xinfang.platform.casefile.UnitStatus;
import cn.xinfang.platform.deadline.DeadlineSettings;
import cn.xinfang.platform.deadline.StatutoryDeadlines;
import cn.xinfang.platform.notice.Notices;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.routing.PetitionRouting;
import cn.xinfang.platform.routing.UnitAssignments;
import cn.xinfang.platform.supervision.SupervisionReason;
import cn.xinfang.platform.supervision.SupervisionRequests;
import cn.xinfang.platform.supervision.SupervisionSource;
import cn.xinfang.platform.validation.FormInput;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** One unit's part of a case: signing for it, objecting, handling, its leader's approval. */
@Service
class UnitHandling {

  private final CaseFiles files;
  private final CaseUnits units;
  private final CaseRecord record;
  private final BusinessCalendar calendar;
  private final DeadlineSettings deadlines;
  private final StatutoryDeadlines statutory;
  private final Organisation organisation;
  private final UnitAssignments assignments;
  private final PetitionRouting routing;
  private final Notices notices;
  private final SupervisionRequests supervision;

  UnitHandling(
      CaseFiles files,
      CaseUnits units,
      CaseRecord record,
      BusinessCalendar calendar,
      DeadlineSettings deadlines,
      StatutoryDeadlines statutory,
      Organisation organisation,
      UnitAssignments assignments,
      PetitionRouting routing,
      Notices notices,
      SupervisionRequests supervision) {
    this.files = files;
    this.units = units;
    this.record = record;
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.statutory = statutory;
    this.organisation = organisation;
    this.assignments = assignments;
    this.routing = routing;
    this.notices = notices;
    this.supervision = supervision;
  }

  CaseUnit unit(String caseNo, String unit) {
    return units
        .current(caseNo, unit)
        .orElseThrow(() -> new IllegalStateException(caseNo + " 没有交办给 " + unit));
  }

  /** Why the unit may no longer object, or empty while it may (5 working days, article 23). */
  Optional<String> objectionClosed(String caseNo, String unit) {
    LocalDate deadline = unit(caseNo, unit).objectionDeadline();
    return calendar.today().isAfter(deadline)
        ? Optional.of("退回期限（" + deadline + "，交办后 5 个工作日）已过，不能退回，请签收办理")
        : Optional.empty();
  }

  void signFor(String caseNo, String unit, String actor) {
    Deadline deadline = statutory.handling(calendar.today(), 0);
    units.startHandling(caseNo, unit, calendar.now(), deadline);
    record.add(caseNo, actor, unit, CaseAction.SIGNED_FOR, "受理办理，办理期限至 " + deadline.date());
    notices.acceptance(caseNo, unit, actor, deadline.date());
  }

  /** Records the objection; a second one by the same unit on the same case is passing the buck. */
  void object(String caseNo, String unit, String actor, String reason) {
    int objections = units.countObjection(caseNo, unit);
    record.add(caseNo, actor, unit, CaseAction.OBJECTED, "理由：" + reason);
    if (objections >= 2) {
      units.flagBuckPassing(caseNo, unit);
      String text = organisation.nameOf(unit) + "第 " + objections + " 次申请退回本案，记为推诿，提请督查督办";
      record.add(caseNo, actor, unit, CaseAction.BUCK_PASSING, text);
      supervision.request(
          caseNo, unit, SupervisionReason.BUCK_PASSING, SupervisionSource.OBJECTION, text, actor);
    }
  }

  void agreeObjection(String caseNo, String unit, String actor, String newUnit) {
    record.add(
        caseNo,
        actor,
        unit,
        CaseAction.OBJECTION_AGREED,
        "同意" + organisation.nameOf(unit) + "退回，改派" + organisation.nameOf(newUnit));
  }

  void refuseObjection(String caseNo, String unit, String actor, String answer) {
    units.setStatus(caseNo, unit, UnitStatus.ASSIGNED);
    record.add(caseNo, actor, unit, CaseAction.OBJECTION_REFUSED, "不同意退回，请签收办理。理由：" + answer);
  }

  /** Hands the unit's part to another unit, which inherits the lead if the first one had it. */
  void reroute(String caseNo, String from, String to) {
    boolean lead = unit(caseNo, from).lead();
    units.setStatus(caseNo, from, UnitStatus.RETURNED);
    assignments.assignOne(caseNo, to, lead);
    if (lead) {
      files.setLeadUnit(caseNo, to);
      units.setLead(caseNo, to);
    }
  }

  boolean isOnCase(String caseNo, String unit) {
    return units.current(caseNo, unit).map(u -> u.status() != UnitStatus.RETURNED).orElse(false);
  }

  void handled(
      String caseNo, String unit, String actor, String findings, String measures, String draft) {
    units.saveHandling(caseNo, unit, findings, measures, draft);
    record.add(caseNo, actor, unit, CaseAction.HANDLED, "答复意见（草稿）：" + draft);
  }

  void approved(String caseNo, String unit, String actor, String comment) {
    units.finish(caseNo, unit, calendar.now());
    record.add(
        caseNo, actor, unit, CaseAction.UNIT_REPLY_APPROVED, comment == null ? "同意" : comment);
  }

  void returned(String caseNo, String unit, String actor, String comment) {
    units.setStatus(caseNo, unit, UnitStatus.HANDLING);
    record.add(caseNo, actor, unit, CaseAction.UNIT_REPLY_RETURNED, "退回修改：" + comment);
  }

  /** Why the unit may not ask for an extension (only once, article 34), or empty. */
  Optional<String> extensionClosed(String caseNo, String unit) {
    return unit(caseNo, unit).extendedDays() > 0
        ? Optional.of("本案已延期一次，不能再次申请延期")
        : Optional.empty();
  }

  void extensionRequested(String caseNo, String unit, String actor, int days, String reason) {
    record.add(
        caseNo, actor, unit, CaseAction.EXTENSION_REQUESTED, "申请延期 " + days + " 日，理由：" + reason);
  }

  /** Moves the handling deadline; a 延期告知书 tells the petitioner why (article 34). */
  void extend(String caseNo, String unit, String actor, int days, String reason) {
    CaseUnit part = unit(caseNo, unit);
    LocalDate previous = part.handlingDeadline();
    Deadline deadline = statutory.handling(calendar.dateOf(part.handlingStartedAt()), days);
    units.extendHandling(caseNo, unit, days, deadline);
    record.add(
        caseNo,
        actor,
        unit,
        CaseAction.EXTENSION_APPROVED,
        "延期 " + days + " 日，办理期限延至 " + deadline.date() + "；延期理由：" + reason);
    notices.extension(caseNo, unit, actor, days, reason, previous, deadline.date());
  }

  void extensionRefused(String caseNo, String unit, String actor, String comment) {
    record.add(caseNo, actor, unit, CaseAction.EXTENSION_REFUSED, "不批准延期：" + comment);
  }

  /**
   * The extension days asked for, checked against the statutory cap (article 34): a whole number
   * from 1 to the maximum; null, with the problem noted, otherwise.
   */
  Integer extensionDays(Object days, FormInput input) {
    int max = deadlines.extensionMaxDays();
    if (!(days instanceof Number n)
        || n.doubleValue() != Math.rint(n.doubleValue())
        || n.intValue() < 1
        || n.intValue() > max) {
      input.reject("延期天数应为 1 至 " + max + " 的整数");
      return null;
    }
    return n.intValue();
  }

  void replyDrafting(String caseNo) {
    files.setStatus(caseNo, CaseStatus.REPLYING);
  }

  void replyDrafted(String caseNo, String actor, String reply) {
    record.add(caseNo, actor, routing.leadUnit(caseNo), CaseAction.REPLY_DRAFTED, reply);
  }

  void replyApproved(String caseNo, String actor, String comment) {
    record.add(
        caseNo,
        actor,
        routing.leadUnit(caseNo),
        CaseAction.REPLY_APPROVED,
        comment == null ? "同意" : comment);
  }

  void replyReturned(String caseNo, String actor, String comment) {
    record.add(
        caseNo, actor, routing.leadUnit(caseNo), CaseAction.REPLY_RETURNED, "退回修改：" + comment);
  }

  /** The approved reply becomes the 答复意见书, issued by the lead unit and then delivered. */
  /** Issues the approved reply; returns the 答复意见书's id, whose delivery the case waits for. */
  long replied(String caseNo, String reply) {
    files.setStatus(caseNo, CaseStatus.REPLIED);
    return notices.reply(caseNo, routing.leadUnit(caseNo), null, reply);
  }
}
