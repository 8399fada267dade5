package cn.xinfang.platform.routing;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.calendar.Deadline;
import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.casefile.CaseStatus;
import cn.xinfang.platform.casefile.CaseSummary;
import cn.xinfang.platform.casefile.CaseUnits;
import cn.xinfang.platform.deadline.StatutoryDeadlines;
import cn.xinfang.platform.notice.Notices;
import cn.xinfang.platform.notification.MailNotifier;
import cn.xinfang.platform.organisation.Organisation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Hands a case to its responsible units, or out of the petition track, and tells them. */
@Service
public class UnitAssignments {

  private final CaseFiles files;
  private final CaseUnits units;
  private final CaseRecord record;
  private final BusinessCalendar calendar;
  private final StatutoryDeadlines deadlines;
  private final Organisation organisation;
  private final MailNotifier mail;
  private final Notices notices;
  private final String tasklistUrl;

  UnitAssignments(
      CaseFiles files,
      CaseUnits units,
      CaseRecord record,
      BusinessCalendar calendar,
      StatutoryDeadlines deadlines,
      Organisation organisation,
      MailNotifier mail,
      Notices notices,
      @Value("${platform.mail.tasklist-url}") String tasklistUrl) {
    this.files = files;
    this.units = units;
    this.record = record;
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.organisation = organisation;
    this.mail = mail;
    this.notices = notices;
    this.tasklistUrl = tasklistUrl;
  }

  /** 交办: every unit gets its statutory dates; the case is now being handled. */
  public void assign(String caseNo, List<String> responsible, String lead) {
    files.setStatus(caseNo, CaseStatus.HANDLING);
    for (String unit : responsible) {
      assignOne(caseNo, unit, unit.equals(lead));
    }
    files.setLeadUnit(caseNo, lead);
    units.setLead(caseNo, lead);
  }

  /** One more unit on the case (a re-routed objection), or a new part for a unit that had one. */
  public void assignOne(String caseNo, String unit, boolean lead) {
    Instant now = calendar.now();
    LocalDate today = calendar.dateOf(now);
    Deadline acceptDeadline = deadlines.accept(today);
    Deadline objectionDeadline = deadlines.objection(today);
    units.add(caseNo, unit, lead, now, acceptDeadline, objectionDeadline);
    LocalDate accept = acceptDeadline.date();
    LocalDate objection = objectionDeadline.date();
    record.add(
        caseNo,
        null,
        unit,
        CaseAction.ASSIGNED,
        organisation.nameOf(unit)
            + (lead ? "（牵头）" : "")
            + "：请于 "
            + accept
            + " 前签收受理；如不属本单位职责，须于 "
            + objection
            + " 前申请退回并说明理由");
    String summary = files.find(caseNo).map(CaseSummary::content).orElse("");
    mail.mailGroup(
        caseNo,
        unit,
        "【信访交办】" + caseNo + " 请签收",
        organisation.nameOf(unit)
            + "：\n\n信访事项 "
            + caseNo
            + " 已交由贵单位"
            + (lead ? "牵头" : "")
            + "办理，请于 "
            + accept
            + " 前在任务中心签收；如不属贵单位职责，请于 "
            + objection
            + " 前申请退回并说明理由。\n\n事项内容：\n"
            + summary
            + "\n\n任务中心："
            + tasklistUrl);
  }

  /**
   * The matter goes into a legal procedure: forwarded to the political-legal unit (22, 28, 31); a
   * 不予受理告知书 tells the petitioner which way to take.
   */
  public void divertToLegalProcedure(String caseNo, String actor, String note) {
    leave(
        caseNo,
        actor,
        "political-legal",
        CaseStatus.LEGAL_PROCEDURE,
        CaseAction.LEGAL_PROCEDURE,
        note);
    notices.notAcceptedForLegalProcedure(caseNo, actor, "political-legal", note);
  }

  /** An accusation against officials goes to discipline inspection (30); the petitioner is told. */
  public void forwardToDiscipline(String caseNo, String actor, String note) {
    leave(caseNo, actor, "discipline", CaseStatus.TO_DISCIPLINE, CaseAction.TO_DISCIPLINE, note);
    notices.notAcceptedForDiscipline(caseNo, actor, "discipline", note);
  }

  private void leave(
      String caseNo, String actor, String unit, CaseStatus status, CaseAction action, String note) {
    files.setStatus(caseNo, status);
    files.divertTo(caseNo, unit);
    record.add(caseNo, actor, unit, action, "转" + organisation.nameOf(unit) + "：" + note);
    mail.mailGroup(
        caseNo,
        unit,
        "【信访转送】" + caseNo,
        organisation.nameOf(unit) + "：\n\n信访事项 " + caseNo + " 已转送贵单位依法处理。\n\n处理意见：" + note);
  }
}
