package cn.xinfang.platform.notice;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.casefile.CaseSummary;
import cn.xinfang.platform.casefile.CaseUnit;
import cn.xinfang.platform.casefile.CaseUnits;
import cn.xinfang.platform.casefile.Petitioner;
import cn.xinfang.platform.casefile.Petitioners;
import cn.xinfang.platform.deadline.DeadlineSettings;
import cn.xinfang.platform.organisation.Organisation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Issues the notices (文书) the statute requires: fills the kind's template with the case's facts,
 * stores the result on the case, records that it was issued and is to be delivered (待送达), and hands
 * its delivery to the issuing unit ({@code notice-delivery}). The petitioners are addressed by
 * name; their ID numbers and phones are never put in a notice.
 */
@Service
public class Notices {

  /** The petition bureau, which issues what does not go to a responsible unit. */
  static final String PETITION_BUREAU = "petition-bureau";

  private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final CaseFiles files;
  private final Petitioners petitioners;
  private final CaseUnits units;
  private final CaseRecord record;
  private final BusinessCalendar calendar;
  private final DeadlineSettings deadlines;
  private final Organisation organisation;
  private final NoticeStore store;
  private final NoticeTemplates templates;
  private final NoticeDelivery delivery;

  Notices(
      CaseFiles files,
      Petitioners petitioners,
      CaseUnits units,
      CaseRecord record,
      BusinessCalendar calendar,
      DeadlineSettings deadlines,
      Organisation organisation,
      NoticeStore store,
      NoticeTemplates templates,
      NoticeDelivery delivery) {
    this.files = files;
    this.petitioners = petitioners;
    this.units = units;
    this.record = record;
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.organisation = organisation;
    this.store = store;
    this.templates = templates;
    this.delivery = delivery;
  }

  /** 受理告知书 (23): the unit signed for the case and handles it until {@code deadline}. */
  public void acceptance(String caseNo, String unit, String actor, LocalDate deadline) {
    CaseUnit part =
        units
            .current(caseNo, unit)
            .orElseThrow(() -> new IllegalStateException(caseNo + " 没有交办给 " + unit));
    Map<String, Object> facts = new HashMap<>();
    facts.put("receivedOn", chinese(calendar.dateOf(part.assignedAt())));
    facts.put("handlingDays", deadlines.handlingDays());
    facts.put("extensionMaxDays", deadlines.extensionMaxDays());
    facts.put("deadline", chinese(deadline));
    issue(caseNo, NoticeKind.ACCEPTANCE, unit, actor, facts);
  }

  /** 不予受理告知书 (23): the matter goes into legal procedure, to {@code toUnit} (22, 31). */
  public void notAcceptedForLegalProcedure(
      String caseNo, String actor, String toUnit, String note) {
    notAccepted(caseNo, actor, "LEGAL_PROCEDURE", toUnit, note);
  }

  /** 不予受理告知书 (23): an accusation against officials goes to {@code toUnit} (30). */
  public void notAcceptedForDiscipline(String caseNo, String actor, String toUnit, String note) {
    notAccepted(caseNo, actor, "DISCIPLINE", toUnit, note);
  }

  /** 延期告知书 (34): the unit's leader extended the handling period by {@code days}. */
  public void extension(
      String caseNo,
      String unit,
      String actor,
      int days,
      String reason,
      LocalDate previousDeadline,
      LocalDate newDeadline) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("days", days);
    facts.put("reason", reason);
    facts.put("previousDeadline", chinese(previousDeadline));
    facts.put("deadline", chinese(newDeadline));
    issue(caseNo, NoticeKind.EXTENSION, unit, actor, facts);
  }

  /** 答复意见书: the lead unit's written reply, as its leader approved it; returns its id. */
  public long reply(String caseNo, String leadUnit, String actor, String replyText) {
    return issue(caseNo, NoticeKind.REPLY, leadUnit, actor, Map.of("reply", replyText)).id();
  }

  /**
   * 复查意见书 or 复核意见书 (35, 36): {@code body}'s decision on the petitioner's request of {@code
   * requestedOn}; returns its id.
   */
  public long reviewDecision(
      String caseNo,
      String body,
      String actor,
      boolean reexamination,
      LocalDate requestedOn,
      String decision,
      String text,
      String nextStep) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("requestedOn", chinese(requestedOn));
    facts.put("level", reexamination ? "复核" : "复查");
    facts.put("decision", decision);
    facts.put("text", text);
    facts.put("nextStep", nextStep);
    NoticeKind kind = reexamination ? NoticeKind.REEXAM_DECISION : NoticeKind.REVIEW_DECISION;
    return issue(caseNo, kind, body, actor, facts).id();
  }

  private void notAccepted(String caseNo, String actor, String route, String toUnit, String note) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("route", route);
    facts.put("toUnit", organisation.nameOf(toUnit));
    facts.put("note", note);
    issue(caseNo, NoticeKind.NON_ACCEPTANCE, PETITION_BUREAU, actor, facts);
  }

  private Notice issue(
      String caseNo,
      NoticeKind kind,
      String unit,
      String fallbackActor,
      Map<String, Object> kindFacts) {
    CaseSummary c =
        files.find(caseNo).orElseThrow(() -> new IllegalStateException("案件不存在：" + caseNo));
    String addressee = addressee(c, petitioners.of(caseNo));
    Instant now = calendar.now();
    String actor = record.actor(fallbackActor);
    Map<String, Object> facts = new HashMap<>(kindFacts);
    facts.put("title", kind.title());
    facts.put("caseNo", caseNo);
    facts.put("addressee", addressee);
    facts.put("registeredOn", chinese(calendar.dateOf(c.registeredAt())));
    facts.put("content", c.content());
    facts.put("issuer", organisation.nameOf(unit));
    facts.put("issuedOn", chinese(calendar.dateOf(now)));
    Notice notice = store.add(caseNo, kind, unit, templates.render(kind, facts), now, actor);
    record.add(caseNo, actor, unit, kind.issuedAs(), "出具《" + kind.title() + "》（待送达）");
    delivery.start(notice, addressee);
    return notice;
  }

  /** The petitioners by name; a collective visit's representatives as such. */
  static String addressee(CaseSummary c, List<Petitioner> petitioners) {
    String names = petitioners.stream().map(Petitioner::name).collect(Collectors.joining("、"));
    return c.headcount() >= 5 ? names + "（集体访代表）" : names;
  }

  static String chinese(LocalDate date) {
    return date.format(CHINESE_DATE);
  }
}
