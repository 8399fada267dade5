package cn.xinfang.platform.ownership;

import static cn.xinfang.platform.ownership.OwnershipVariables.*;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseSummary;
import cn.xinfang.platform.notification.MailNotifier;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.system.PlatformRights;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whether a case needs a leader to own it: {@code case-ownership-trigger.dmn} decides from the
 * case's facts, evaluated when a petition is registered and when a repeat is recorded on an open
 * case. A case with an open ownership keeps its owner, who is told of the repeat.
 */
@Service
public class OwnershipTriggers {

  static final String DECISION = "case-ownership-trigger";

  /** Cases open longer than this are looked at daily; the table holds the rule itself. */
  static final int LONG_OPEN_DAYS = 90;

  /** The table's answer. */
  record Verdict(boolean required, String reason, String ownerLevel) {}

  private final DecisionService decisions;
  private final RuntimeService runtime;
  private final JdbcClient jdbc;
  private final CaseFiles files;
  private final Ownerships ownerships;
  private final BusinessCalendar calendar;
  private final MailNotifier mail;
  private final IdentityService identity;
  private final Organisation organisation;

  OwnershipTriggers(
      DecisionService decisions,
      RuntimeService runtime,
      JdbcClient jdbc,
      CaseFiles files,
      Ownerships ownerships,
      BusinessCalendar calendar,
      MailNotifier mail,
      IdentityService identity,
      Organisation organisation) {
    this.decisions = decisions;
    this.runtime = runtime;
    this.jdbc = jdbc;
    this.files = files;
    this.ownerships = ownerships;
    this.calendar = calendar;
    this.mail = mail;
    this.identity = identity;
    this.organisation = organisation;
  }

  /** A petition was registered as {@code caseNo}, or recorded on it as a repeat. */
  public void evaluate(String caseNo, String actor) {
    Optional<Long> open = ownerships.openFor(caseNo);
    if (open.isPresent()) {
      tellOwnerOfRepeat(open.get());
      return;
    }
    CaseSummary c = files.find(caseNo).orElseThrow();
    Verdict verdict = verdict(caseNo, c);
    if (verdict.required()) {
      request(caseNo, OwnershipReason.of(verdict.reason()), verdict.ownerLevel(), actor);
    }
  }

  /**
   * The daily check ({@code ownership-watch}): every open case registered more than the long-open
   * threshold ago and not owned yet is evaluated again (the table decides, e.g. 久拖未结). Returns how
   * many cases now need an owner.
   */
  public int checkLongOpen() {
    Instant before = calendar.now().minus(Duration.ofDays(LONG_OPEN_DAYS));
    java.util.List<String> cases =
        jdbc.sql(
                "select case_no from petition_case where status in ('REGISTERED', 'HANDLING',"
                    + " 'REPLYING') and registered_at < ? and case_no not in"
                    + " (select case_no from case_ownership_open) order by case_no")
            .param(Timestamp.from(before))
            .query(String.class)
            .list();
    int requested = 0;
    for (String caseNo : cases) {
      CaseSummary c = files.find(caseNo).orElseThrow();
      Verdict verdict = verdict(caseNo, c);
      if (verdict.required()) {
        request(caseNo, OwnershipReason.of(verdict.reason()), verdict.ownerLevel(), null);
        requested++;
      }
    }
    return requested;
  }

  /** Starts {@code case-ownership} through its entry message. */
  public void request(String caseNo, OwnershipReason reason, String level, String actor) {
    request(caseNo, reason, level, actor, null);
  }

  /** The same, with the reason a person gave for naming the case by hand. */
  void request(String caseNo, OwnershipReason reason, String level, String actor, String why) {
    PlatformRights.run(
        () ->
            runtime
                .createMessageCorrelation(REQUESTED_MESSAGE)
                .processInstanceBusinessKey(caseNo)
                .setVariables(
                    Variables.createVariables()
                        .putValue(CASE_NO, caseNo)
                        .putValue(REASON, reason.name())
                        .putValue(OWNER_LEVEL, level)
                        .putValue(REQUESTED_BY, actor)
                        .putValue(ASSIGN_REASON, why))
                .correlateStartMessage());
  }

  Verdict verdict(String caseNo, CaseSummary c) {
    Map<String, Object> result =
        decisions
            .evaluateDecisionTableByKey(
                DECISION,
                Variables.createVariables()
                    .putValue("priorPetitions", priorPetitions(caseNo, c.matterType()))
                    .putValue("headcount", c.headcount())
                    .putValue("levelSkipping", filedAboveTheDistrict(c.registeredBy()))
                    .putValue(
                        "daysOpen", Duration.between(c.registeredAt(), calendar.now()).toDays())
                    .putValue("highRisk", c.highRisk()))
            .getSingleResult()
            .getEntryMap();
    return new Verdict(
        Boolean.TRUE.equals(result.get("required")),
        (String) result.get("reason"),
        (String) result.get("ownerLevel"));
  }

  /**
   * Earlier petitions of the same petitioner(s) on the same matter type in the last 12 months:
   * their cases and the repeats recorded on them, this petition excepted.
   */
  int priorPetitions(String caseNo, String matterType) {
    Instant since = calendar.today().minusMonths(12).atStartOfDay(calendar.zone()).toInstant();
    String sameMatter =
        "select distinct c.case_no from petition_case c join petition_petitioner p"
            + " on p.case_no = c.case_no where c.matter_type = ? and c.registered_at >= ?"
            + " and p.id_number in (select id_number from petition_petitioner where case_no = ?)";
    int cases =
        jdbc.sql("select count(*) from (" + sameMatter + ") m")
            .params(matterType, Timestamp.from(since), caseNo)
            .query(Integer.class)
            .single();
    int repeats =
        jdbc.sql(
                "select count(*) from petition_event where action = ? and occurred_at >= ?"
                    + " and case_no in ("
                    + sameMatter
                    + ")")
            .params(
                CaseAction.DUPLICATE_LINKED.name(),
                Timestamp.from(since),
                matterType,
                Timestamp.from(since),
                caseNo)
            .query(Integer.class)
            .single();
    return Math.max(0, cases + repeats - 1);
  }

  /**
   * Level-skipping (越级访): the petition was filed with a city or region body (its registrar belongs
   * to a unit above the district, where cases are handled).
   */
  boolean filedAboveTheDistrict(String registeredBy) {
    if (registeredBy == null) {
      return false;
    }
    return identity.createGroupQuery().groupMember(registeredBy).list().stream()
        .map(g -> organisation.unit(g.getId()))
        .flatMap(Optional::stream)
        .anyMatch(u -> "city".equals(u.level()) || "region".equals(u.level()));
  }

  private void tellOwnerOfRepeat(long id) {
    Ownerships.Ownership o = ownerships.get(id);
    ownerships.event(id, calendar.now(), "系统", "REPEAT", null, "信访人就同一事项再次信访，仍由包案领导负责");
    if (o.ownerUnit() != null) {
      mail.mailGroup(
          o.caseNo(),
          o.ownerUnit() + "-leaders",
          "【领导包案】" + o.caseNo() + " 信访人再次信访",
          "您包案的信访事项 " + o.caseNo() + "，信访人就同一事项再次信访，已记入本案，请继续化解。");
    }
  }
}
