package cn.xinfang.platform.proxy;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.casefile.CaseStatus;
import cn.xinfang.platform.notification.MailNotifier;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.supervision.SupervisionReason;
import cn.xinfang.platform.supervision.SupervisionRequests;
import cn.xinfang.platform.supervision.SupervisionSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * 信访代办 (proxy agents): what a village agent files is mediated at the village first and climbs a
 * level only when the level below cannot resolve it; from the district up a level may accept it
 * into the petition procedure. The agent is mailed at each step.
 */
@Service
class ProxyService {

  /** A level's decision. */
  static final String RESOLVED = "RESOLVED";

  static final String PASS_UP = "PASS_UP";
  static final String ACCEPT = "ACCEPT";

  /** The level a matter is at now: which, its body, its label, since and until when. */
  record AtLevel(ProxyLevel level, String body, String label, LocalDate since, LocalDate due) {}

  private final ProxyCases cases;
  private final CaseFiles files;
  private final CaseRecord record;
  private final Organisation organisation;
  private final BusinessCalendar calendar;
  private final MailNotifier mail;
  private final SupervisionRequests supervision;
  private final ProxySettings settings;

  ProxyService(
      ProxyCases cases,
      CaseFiles files,
      CaseRecord record,
      Organisation organisation,
      BusinessCalendar calendar,
      MailNotifier mail,
      SupervisionRequests supervision,
      ProxySettings settings) {
    this.cases = cases;
    this.files = files;
    this.record = record;
    this.organisation = organisation;
    this.calendar = calendar;
    this.mail = mail;
    this.supervision = supervision;
    this.settings = settings;
  }

  /** The filed matter starts at the agent's village (or the level of the region it names). */
  AtLevel file(String caseNo, String agent, String region) {
    cases.filed(caseNo, agent, region, calendar.now());
    String level = organisation.unit(region).map(Organisation.Unit::level).orElse("district");
    ProxyLevel start =
        switch (level) {
          case "village" -> ProxyLevel.VILLAGE;
          case "township" -> ProxyLevel.TOWNSHIP;
          default -> ProxyLevel.DISTRICT;
        };
    return enter(caseNo, start, "代办员代为提出信访事项，先由");
  }

  /** The level cannot resolve it: the level above takes it (矛盾不上交 until then). */
  AtLevel passUp(String caseNo) {
    ProxyLevel now = cases.of(caseNo).orElseThrow().level();
    return enter(caseNo, now.above(), "本级无法化解，报上一级：由");
  }

  private AtLevel enter(String caseNo, ProxyLevel level, String how) {
    ProxyCases.ProxyCase c = cases.of(caseNo).orElseThrow();
    String body = bodyAt(level, c.village());
    cases.step(caseNo, level, body, calendar.now());
    String text =
        how
            + organisation.nameOf(body)
            + "（"
            + level.label()
            + "）化解，限 "
            + settings.levelDays()
            + " 日";
    record.add(caseNo, null, body, CaseAction.ASSIGNED, text);
    tellAgent(c, text);
    return new AtLevel(
        level,
        body,
        level.label() + " · " + organisation.nameOf(body),
        calendar.today(),
        calendar.today().plusDays(settings.levelDays()));
  }

  /** The body that mediates at {@code level} for a matter from {@code village}. */
  String bodyAt(ProxyLevel level, String village) {
    return switch (level) {
      case VILLAGE -> village;
      case TOWNSHIP ->
          organisation
              .unit(village)
              .filter(u -> "village".equals(u.level()))
              .map(Organisation.Unit::parent)
              .orElse(village);
      case DISTRICT -> "petition-bureau";
      case CITY -> "city-petition-bureau";
      case REGION -> "region-petition-bureau";
    };
  }

  /** Why this decision cannot be taken at the current level; empty when it can. */
  List<String> refused(String caseNo, String decision, LocalDate mediatedOn, String parties) {
    ProxyLevel level = cases.of(caseNo).orElseThrow().level();
    List<String> problems = new ArrayList<>();
    if (ACCEPT.equals(decision) && !level.mayAccept()) {
      problems.add(level.label() + "不能受理进入信访办理程序：请化解，或报上一级");
    }
    if (PASS_UP.equals(decision) && level.above() == null) {
      problems.add("已是自治区一级，不能再报上一级：请化解或受理");
    }
    if (RESOLVED.equals(decision)) {
      if (mediatedOn == null) {
        problems.add("化解的，请填写调解日期");
      } else if (mediatedOn.isAfter(calendar.today())) {
        problems.add("调解日期不能晚于今天");
      }
      if (parties == null || parties.isBlank()) {
        problems.add("化解的，请填写调解参加人");
      }
    }
    return problems;
  }

  void decide(
      String caseNo,
      String decision,
      LocalDate mediatedOn,
      String parties,
      String text,
      String actor) {
    ProxyCases.ProxyCase c = cases.of(caseNo).orElseThrow();
    cases.decided(caseNo, decision, mediatedOn, parties, text, actor, calendar.now());
    String where =
        organisation.nameOf(bodyAt(c.level(), c.village())) + "（" + c.level().label() + "）";
    switch (decision) {
      case RESOLVED -> {
        String reason = "在" + where + "化解：" + mediatedOn + " 调解，参加人 " + parties + "，" + text;
        files.setStatus(caseNo, CaseStatus.CLOSED);
        cases.closed(caseNo, "RESOLVED_" + c.level().name(), calendar.now());
        record.add(caseNo, actor, null, CaseAction.CLOSED, reason);
        tellAgent(c, "已在" + where + "化解，办结");
      }
      case ACCEPT -> {
        cases.closed(caseNo, "ACCEPTED_" + c.level().name(), null);
        record.add(caseNo, actor, null, CaseAction.ROUTED, where + "受理，进入信访办理程序：" + text);
        tellAgent(c, where + "已受理，进入信访办理程序");
      }
      default -> record.add(caseNo, actor, null, CaseAction.ROUTED, where + "无法化解：" + text);
    }
  }

  /** The level's limit passed: recorded, and the body put under supervision. */
  void overdue(String caseNo) {
    ProxyCases.ProxyCase c = cases.of(caseNo).orElseThrow();
    String body = bodyAt(c.level(), c.village());
    String text =
        "代办事项在"
            + organisation.nameOf(body)
            + "（"
            + c.level().label()
            + "）超过 "
            + settings.levelDays()
            + " 日未办";
    record.add(caseNo, null, body, CaseAction.OVERDUE, text);
    supervision.request(
        caseNo, body, SupervisionReason.UNIT_OVERDUE, SupervisionSource.CLOCK, text, null);
    tellAgent(c, text + "，已提请督查督办");
  }

  java.util.Date levelDue() {
    return calendar.endOf(calendar.today().plusDays(settings.levelDays()));
  }

  private void tellAgent(ProxyCases.ProxyCase c, String text) {
    mail.mailUser(
        c.caseNo(),
        c.agent(),
        "【信访代办】" + c.caseNo() + " " + text,
        "您代办的信访事项 " + c.caseNo() + "：" + text + "。");
  }
}
