package cn.xinfang.platform.monitoring;

import static cn.xinfang.platform.handling.HandlingVariables.APPROVE;

import cn.xinfang.platform.aftercare.Satisfaction;
import cn.xinfang.platform.aftercare.Satisfactions;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.supervision.SupervisionVariables;
import cn.xinfang.platform.support.CaseFlow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A quarter of petition work told through the real processes, day by day on the engine's clock:
 * every working day a few petitions are registered and forwarded to one or two units, and each
 * unit's part takes its own course — signed for on time or late, objected to and rerouted, passed
 * back twice (推诿, which the supervisors answer with a 督办函), extended, handled on time or late,
 * rated, petitioned again, or left lying until it is overdue. The figures of 监控中心 are checked
 * against this data set.
 */
final class CaseLoad {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  /** Units that take cases in the story (never the petition bureau itself). */
  static final List<String> UNITS =
      List.of(
          "police",
          "court",
          "justice",
          "natural-resources",
          "human-resources",
          "housing",
          "market-regulation",
          "township-1",
          "township-2");

  private final CaseFlow flow;
  private final ManagementService management;
  private final Satisfactions satisfactions;
  private final Random random = new Random(13);
  private final Map<LocalDate, List<Runnable>> agenda = new TreeMap<>();
  private Instant now;
  private int petitioners;

  CaseLoad(CaseFlow flow, ManagementService management, Satisfactions satisfactions) {
    this.flow = flow;
    this.management = management;
    this.satisfactions = satisfactions;
  }

  /**
   * Registers {@code perDay} petitions on each working day of the first {@code intakeDays} days
   * from {@code first}, and lets the story run until {@code last}, where the clock stays.
   */
  void run(LocalDate first, int intakeDays, int perDay, LocalDate last) {
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      now = day.atTime(9, 0).atZone(BEIJING).toInstant();
      tick();
      boolean weekend = day.getDayOfWeek().getValue() >= 6;
      if (!weekend && day.isBefore(first.plusDays(intakeDays))) {
        for (int i = 0; i < perDay; i++) {
          register(day);
        }
      }
      List<Runnable> steps = agenda.getOrDefault(day, List.of());
      for (int i = 0; i < steps.size(); i++) { // a step may add another for the same day
        tick();
        steps.get(i).run();
      }
      agenda.remove(day);
    }
  }

  /** A few minutes pass between two steps, so no two records share a moment. */
  private void tick() {
    now = now.plus(Duration.ofMinutes(1 + random.nextInt(7)));
    ClockUtil.setCurrentTime(Date.from(now));
  }

  private void later(LocalDate day, int days, Runnable step) {
    agenda.computeIfAbsent(day.plusDays(days), d -> new ArrayList<>()).add(step);
  }

  private void register(LocalDate day) {
    int seq = petitioners++;
    String caseNo = flow.register(Petitions.claimBy("19900101", seq).build()).caseNo();
    List<String> units = new ArrayList<>();
    units.add(pick(List.of()));
    if (random.nextInt(10) < 3) {
      units.add(pick(units));
    }
    flow.forward(caseNo, "按属地和职责交办", units.toArray(String[]::new));
    boolean alone = units.size() == 1; // two objections on one case at once would be ambiguous here
    units.forEach(unit -> fate(caseNo, unit, day, alone, units));
    if (random.nextInt(100) < 6) {
      // the same petitioner comes back about the same matter while it is open: 重复信访
      later(
          day,
          5 + random.nextInt(20),
          () -> flow.register(Petitions.claimBy("19900101", seq).build()));
    }
  }

  private String pick(List<String> taken) {
    while (true) {
      String unit = UNITS.get(random.nextInt(UNITS.size()));
      if (!taken.contains(unit)) {
        return unit;
      }
    }
  }

  /** What becomes of one unit's part handed over on {@code day}. */
  private void fate(
      String caseNo, String unit, LocalDate day, boolean mayObject, List<String> onCase) {
    int r = random.nextInt(100);
    if (r < 4) {
      return; // never signed for: overdue once the accept deadline passes
    }
    if (mayObject && r < 12) {
      later(
          day,
          1,
          () -> {
            flow.object(unit, caseNo);
            String other = pick(onCase);
            onCase.add(other);
            flow.agreeObjection(caseNo, other);
            fate(caseNo, other, day.plusDays(1), false, onCase);
          });
      return;
    }
    if (mayObject && r < 17) {
      later(
          day,
          1,
          () -> {
            flow.object(unit, caseNo);
            flow.refuseObjection(caseNo);
          });
      later(
          day,
          2,
          () -> {
            flow.object(unit, caseNo); // the second time: 推诿, and supervision is requested
            flow.refuseObjection(caseNo);
            issueNotices(caseNo);
          });
      handle(caseNo, unit, day.plusDays(3));
      return;
    }
    int signAfter = random.nextInt(100) < 15 ? 16 + random.nextInt(8) : random.nextInt(11);
    handle(caseNo, unit, day.plusDays(signAfter));
  }

  /** Signed for on {@code signed}, then extended, handled on time or late, or never finished. */
  private void handle(String caseNo, String unit, LocalDate signed) {
    later(signed, 0, () -> flow.signFor(unit, caseNo));
    int r = random.nextInt(100);
    if (r < 10) {
      return; // still in handling: overdue once the handling deadline passes
    }
    if (r < 20) {
      later(
          signed,
          5,
          () -> {
            flow.requestExtension(unit, caseNo, 30);
            flow.approveExtension(unit, caseNo);
          });
    }
    int handleAfter = random.nextInt(100) < 15 ? 61 + random.nextInt(20) : 5 + random.nextInt(50);
    later(
        signed,
        handleAfter,
        () -> {
          flow.handle(unit, caseNo);
          flow.leaderDecides(unit, caseNo, APPROVE);
        });
    if (random.nextInt(100) < 60) {
      Satisfaction rating = Satisfaction.values()[random.nextInt(3)];
      later(
          signed,
          handleAfter + 2,
          () ->
              satisfactions.add(
                  new Satisfactions.Rating(
                      caseNo,
                      unit,
                      Satisfaction.Source.FOLLOW_UP,
                      rating,
                      "PHONE",
                      null,
                      now,
                      "registrar")));
    }
  }

  /** The supervisors issue the 督办函 a supervision waits for. */
  private void issueNotices(String caseNo) {
    management
        .createJobQuery()
        .processDefinitionKey("supervision")
        .messages()
        .list()
        .forEach(job -> management.executeJob(job.getId()));
    if (flow.desk().countVisible("supervisor", caseNo, "Task_IssueNotice") > 0) {
      flow.desk()
          .complete(
              "supervisor",
              caseNo,
              "Task_IssueNotice",
              Map.of(SupervisionVariables.REQUIREMENTS, "立即签收办理，并书面说明两次申请退回的理由"));
    }
  }
}
