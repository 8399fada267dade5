package cn.xinfang.platform.supervision;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.casefile.CaseSummary;
import cn.xinfang.platform.intake.MatterType;
import cn.xinfang.platform.notification.MailNotifier;
import cn.xinfang.platform.organisation.Organisation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The rungs of supervision (督办函 → 书面答复 → 审核 → 约谈/通报/限期整改 → 问责建议 → 问责决定): each step of {@code
 * supervision.bpmn} calls one method here; each writes the accountability ledger, issues its
 * document where there is one, and mails whoever must act next.
 */
@Service
public class SupervisionLadder {

  /** Who signs supervision documents. */
  static final String ISSUER = "督查室";

  static final String SUPERVISORS = "supervisors";
  static final String DISCIPLINE = "discipline";

  private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  /** The outcome of a request: a new supervision case, or the open one it joined. */
  public record Opened(long id, boolean joined, int priorSupervisions, boolean collective) {}

  /** A talk (约谈): when, with whom, about what. */
  record Talk(LocalDate on, String people, String content) {}

  private final SupervisionCases cases;
  private final SupervisionDocuments documents;
  private final SupervisionLedger ledger;
  private final CaseFiles files;
  private final BusinessCalendar calendar;
  private final SupervisionSettings settings;
  private final Organisation organisation;
  private final MailNotifier mail;
  private final String tasklistUrl;

  SupervisionLadder(
      SupervisionCases cases,
      SupervisionDocuments documents,
      SupervisionLedger ledger,
      CaseFiles files,
      BusinessCalendar calendar,
      SupervisionSettings settings,
      Organisation organisation,
      MailNotifier mail,
      @Value("${platform.mail.tasklist-url}") String tasklistUrl) {
    this.cases = cases;
    this.documents = documents;
    this.ledger = ledger;
    this.files = files;
    this.calendar = calendar;
    this.settings = settings;
    this.organisation = organisation;
    this.mail = mail;
    this.tasklistUrl = tasklistUrl;
  }

  /**
   * Opens a supervision case for the unit on the petition, or joins the open one (one per unit and
   * petition, also when two nodes ask at once: the petition's row is locked while deciding).
   */
  public Opened open(
      String caseNo,
      String unit,
      SupervisionReason reason,
      SupervisionSource source,
      String detail,
      String requestedBy,
      String processInstanceId) {
    CaseSummary petition =
        files
            .find(caseNo)
            .filter(c -> cases.lockPetition(caseNo))
            .orElseThrow(() -> new IllegalArgumentException("信访事项不存在：" + caseNo));
    String what = source.label() + "：" + reason.label() + (detail == null ? "" : "。" + detail);
    Optional<Long> open = cases.openFor(caseNo, unit);
    if (open.isPresent()) {
      cases.countTrigger(open.get());
      write(cases.get(open.get()), LedgerRung.JOINED, requestedBy, reason, null, what, null);
      return new Opened(open.get(), true, 0, false);
    }
    long id =
        cases.open(caseNo, unit, reason, source, calendar.now(), requestedBy, processInstanceId);
    int prior =
        cases.countForUnitSince(
            unit,
            calendar
                .today()
                .minusMonths(settings.historyMonths())
                .atStartOfDay(calendar.zone())
                .toInstant(),
            id);
    SupervisionCase opened = cases.get(id);
    write(opened, LedgerRung.TRIGGERED, requestedBy, reason, null, what, null);
    mail.mailGroup(
        caseNo,
        SUPERVISORS,
        subject(opened, "新的督办事项"),
        letter(opened, what + "\n\n请在任务中心「签发督办函」。", null));
    return new Opened(id, false, prior, petition.headcount() >= 5);
  }

  /** The rung the trigger table chose: NOTICE, or FLAGGED (挂牌督办) straight away. */
  public void startAt(long id, String rung) {
    cases.setStartRung(id, rung);
  }

  /** 督办函: the unit is told what is wrong and by when it answers in writing. */
  public long issueNotice(long id, String requirements, String actor) {
    LocalDate due = calendar.plusWorkingDays(calendar.today(), settings.answerWorkingDays());
    cases.setAnswerDue(id, due);
    SupervisionCase c = cases.get(id);
    Map<String, Object> facts = facts(c);
    facts.put("flagged", c.flagged());
    facts.put("requirements", requirements);
    facts.put("answerDue", CHINESE_DATE.format(due));
    facts.put("detail", triggers(c));
    DocumentKind kind = c.flagged() ? DocumentKind.FLAGGED_NOTICE : DocumentKind.NOTICE;
    long document = documents.issue(c, kind, facts, calendar.now(), actor);
    String text = "签发《" + kind.title() + "》，要求于 " + due + " 前书面答复。督办要求：" + requirements;
    write(c, LedgerRung.NOTICE, actor, c.reason(), null, text, document);
    String letter =
        letter(c, "督查室已对本单位签发《" + kind.title() + "》，请于 " + due + " 前在任务中心「书面答复」。", document);
    mail.mailGroup(c.caseNo(), c.unit() + "-leaders", subject(c, kind.title()), letter);
    return document;
  }

  /** 书面答复 by the unit's leader. */
  public void answer(long id, String text, String actor) {
    SupervisionCase c = cases.get(id);
    write(c, LedgerRung.ANSWER, actor, c.reason(), null, text, null);
    mail.mailGroup(
        c.caseNo(),
        SUPERVISORS,
        subject(c, "书面答复"),
        letter(c, "书面答复：" + text + "\n\n请在任务中心「审核整改情况」。", null));
  }

  /** The answer period ran out without an answer. */
  public void noAnswer(long id) {
    SupervisionCase c = cases.get(id);
    String text = organisation.nameOf(c.unit()) + "未于 " + c.answerDue() + " 前书面答复";
    write(c, LedgerRung.NO_ANSWER, null, c.reason(), null, text, null);
    mail.mailGroup(c.caseNo(), c.unit() + "-leaders", subject(c, "逾期未答复"), letter(c, text, null));
    mail.mailGroup(
        c.caseNo(), SUPERVISORS, subject(c, "逾期未答复"), letter(c, text + "\n\n请在任务中心决定督办措施。", null));
  }

  /** The supervisor's judgement of the answer: rectified (整改到位) or not. */
  public void judge(long id, boolean rectified, String note, String actor) {
    SupervisionCase c = cases.get(id);
    String text = (rectified ? "整改到位" : "未整改到位") + (note == null ? "" : "：" + note);
    write(c, LedgerRung.JUDGEMENT, actor, c.reason(), null, text, null);
    mail.mailGroup(c.caseNo(), c.unit() + "-leaders", subject(c, "督办审核意见"), letter(c, text, null));
  }

  /**
   * 约谈, 通报 and/or 限期整改; afterwards the unit answers again by the new deadline (or within the usual
   * period).
   */
  public void impose(
      long id, Talk talk, String publicNoticeText, LocalDate rectifyBy, String actor) {
    SupervisionCase c = cases.get(id);
    if (talk != null) {
      String text = "约谈时间：" + talk.on() + "；参加人员：" + talk.people() + "；约谈内容：" + talk.content();
      write(c, LedgerRung.TALK, actor, c.reason(), null, text, null);
    }
    if (publicNoticeText != null) {
      publish(c, publicNoticeText, actor);
    }
    LocalDate due =
        rectifyBy != null
            ? rectifyBy
            : calendar.plusWorkingDays(calendar.today(), settings.answerWorkingDays());
    if (rectifyBy != null) {
      write(
          c,
          LedgerRung.RECTIFY_DEADLINE,
          actor,
          c.reason(),
          null,
          "限期于 " + due + " 前整改到位并书面答复",
          null);
    }
    cases.setAnswerDue(id, due);
    cases.markSanctioned(id);
    mail.mailGroup(
        c.caseNo(),
        c.unit() + "-leaders",
        subject(c, "督办措施"),
        letter(c, "督查室已采取督办措施，请于 " + due + " 前整改到位，并在任务中心「书面答复」。", null));
  }

  /** 问责建议 to discipline inspection, resting on an article of the regulation (43–46). */
  public long propose(long id, String article, String text, String actor) {
    SupervisionCase c = cases.get(id);
    Map<String, Object> facts = facts(c);
    facts.put("recipients", organisation.nameOf(DISCIPLINE));
    facts.put("history", history(c));
    facts.put("article", SupervisionVariables.ARTICLES.get(article));
    facts.put("text", text);
    long document = documents.issue(c, DocumentKind.PROPOSAL, facts, calendar.now(), actor);
    write(c, LedgerRung.PROPOSAL, actor, c.reason(), articleName(article), text, document);
    String letter = letter(c, "督查室提出问责建议，请在任务中心「记录问责决定」。", document);
    mail.mailGroup(c.caseNo(), DISCIPLINE + "-leaders", subject(c, "问责建议书"), letter);
    mail.mailGroup(c.caseNo(), DISCIPLINE, subject(c, "问责建议书"), letter);
    return document;
  }

  /** Discipline inspection's decision on the proposal. */
  public void decide(long id, String decision, LocalDate on, String text, String actor) {
    SupervisionCase c = cases.get(id);
    String what =
        SupervisionVariables.DECISIONS.get(decision)
            + "（"
            + on
            + "）"
            + (text == null ? "" : "：" + text);
    write(c, LedgerRung.DECISION, actor, c.reason(), null, what, null);
    mail.mailGroup(c.caseNo(), SUPERVISORS, subject(c, "问责决定"), letter(c, "问责决定：" + what, null));
  }

  /** The supervision ends: rectified, or decided by discipline inspection. */
  public void close(long id, String outcome) {
    SupervisionCase c = cases.get(id);
    cases.close(id, outcome, calendar.now());
    write(c, LedgerRung.CLOSED, null, c.reason(), null, "督办办结：" + outcome, null);
  }

  public SupervisionCase get(long id) {
    return cases.get(id);
  }

  public List<SupervisionCase> ofCase(String caseNo) {
    return cases.ofCase(caseNo);
  }

  private void publish(SupervisionCase c, String text, String actor) {
    String parent = organisation.unit(c.unit()).map(Organisation.Unit::parent).orElse(null);
    List<String> to = new ArrayList<>(List.of(c.unit()));
    if (parent != null) {
      to.add(parent);
    }
    Map<String, Object> facts = facts(c);
    facts.put("recipients", organisation.namesOf(to));
    facts.put("text", text);
    long document = documents.issue(c, DocumentKind.PUBLIC_NOTICE, facts, calendar.now(), actor);
    write(c, LedgerRung.PUBLIC_NOTICE, actor, c.reason(), null, text, document);
    String letter = letter(c, "督查室通报如下：\n\n" + text, document);
    mail.mailGroup(c.caseNo(), c.unit(), subject(c, "通报"), letter);
    mail.mailGroup(c.caseNo(), c.unit() + "-leaders", subject(c, "通报"), letter);
    if (parent != null) {
      mail.mailGroup(c.caseNo(), parent + "-leaders", subject(c, "通报"), letter);
    }
  }

  private Map<String, Object> facts(SupervisionCase c) {
    CaseSummary petition = files.find(c.caseNo()).orElseThrow();
    String matter =
        MatterType.ofCode(petition.matterType())
                .map(MatterType::label)
                .orElse(petition.matterType())
            + "，"
            + CHINESE_DATE.format(calendar.dateOf(petition.registeredAt()))
            + "登记";
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("issuer", ISSUER);
    facts.put("issuedOn", CHINESE_DATE.format(calendar.today()));
    facts.put("unitName", organisation.nameOf(c.unit()));
    facts.put("reasonLabel", c.reason().label());
    facts.put("matter", matter);
    return facts;
  }

  /** What triggered the supervision (and every later trigger that joined it). */
  private String triggers(SupervisionCase c) {
    return ledger.forCase(c.caseNo()).stream()
        .filter(e -> Long.valueOf(c.id()).equals(e.supervisionId()))
        .filter(e -> e.rung() == LedgerRung.TRIGGERED || e.rung() == LedgerRung.JOINED)
        .map(LedgerEntry::text)
        .collect(Collectors.joining("\n"));
  }

  /** The supervision's course so far, one line per ledger row. */
  private String history(SupervisionCase c) {
    return ledger.forCase(c.caseNo()).stream()
        .filter(e -> Long.valueOf(c.id()).equals(e.supervisionId()))
        .map(e -> calendar.dateOf(e.at()) + " " + e.rung().label() + "：" + e.text())
        .collect(Collectors.joining("\n"));
  }

  private static String articleName(String article) {
    String full = SupervisionVariables.ARTICLES.get(article);
    return full == null ? null : full.substring(0, full.indexOf('（'));
  }

  private String subject(SupervisionCase c, String what) {
    return "【督查督办】" + c.caseNo() + " " + organisation.nameOf(c.unit()) + " " + what;
  }

  private String letter(SupervisionCase c, String text, Long document) {
    StringBuilder letter =
        new StringBuilder("信访事项 ")
            .append(c.caseNo())
            .append("（督办编号 DB-")
            .append(c.id())
            .append("，被督办单位：")
            .append(organisation.nameOf(c.unit()))
            .append("，督办事由：")
            .append(c.reason().label())
            .append("）\n\n")
            .append(text)
            .append("\n");
    if (document != null) {
      letter.append("\n文书：").append(documentUrl(document)).append("\n");
    }
    return letter.append("\n任务中心：").append(tasklistUrl).append("\n").toString();
  }

  private String documentUrl(long document) {
    String base = tasklistUrl.replaceFirst("/camunda/app/tasklist.*$", "");
    return base + "/api/supervision/documents/" + document;
  }

  private void write(
      SupervisionCase c,
      LedgerRung rung,
      String actor,
      SupervisionReason reason,
      String article,
      String text,
      Long document) {
    ledger.appendOnCommit(
        new NewLedgerEntry(
            actor == null ? CaseRecord.SYSTEM : actor,
            c.caseNo(),
            c.unit(),
            c.id(),
            rung,
            reason.label(),
            article,
            text,
            document));
  }
}
