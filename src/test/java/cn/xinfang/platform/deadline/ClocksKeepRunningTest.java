package cn.xinfang.platform.deadline;

import static cn.xinfang.platform.handling.HandlingVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseView;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.FiresTimers;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The acceptance and handling periods run as long as the unit's duty: through the petition bureau's
 * review of an objection and through the leader's decision on an extension. An extension moves the
 * running clock; one granted after the deadline leaves the overdue on record and the new deadline
 * gets a clock of its own.
 */
class ClocksKeepRunningTest extends CaseTest {

  /** Monday 2026-06-01, 09:00 in Beijing: accept by 06-16, object by 06-08, handle by 07-31. */
  static final Instant ASSIGNED = Instant.parse("2026-06-01T01:00:00Z");

  @Autowired ManagementService management;

  CaseTimers timers;

  @BeforeEach
  void startOfTheStory() {
    ClockUtil.setCurrentTime(Date.from(ASSIGNED));
    timers = new CaseTimers(management, runtime);
  }

  @Test
  @FiresTimers({"Timer_AcceptReminder", "Timer_AcceptOverdue"})
  void theAcceptanceClockRunsWhileTheBureauReviewsAnObjection() {
    Registration r = flow.register(Petitions.claim(601).build());
    flow.forward(r.caseNo(), null, "human-resources");
    flow.object("human-resources", r.caseNo());
    assertThat(desk.countVisible("registrar", r.caseNo(), "Task_ReviewObjection")).isEqualTo(1);

    timers.fire(r.caseNo(), "Timer_AcceptReminder");
    assertThat(entries(r, CaseAction.REMINDED))
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("签收受理期限将于 2026-06-16 届满"));

    timers.fire(r.caseNo(), "Timer_AcceptOverdue");
    assertThat(unit(r.caseNo(), "human-resources").acceptOverdue()).isTrue();
    assertThat(entries(r, CaseAction.OVERDUE))
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("签收受理期限已于 2026-06-16 届满"));
    assertThat(desk.countVisible("registrar", r.caseNo(), "Task_ReviewObjection")).isEqualTo(1);

    // the bureau agrees on 06-16: the new unit's acceptance clock starts from its own assignment
    flow.agreeObjection(r.caseNo(), "housing");
    assertThat(unit(r.caseNo(), "housing").acceptDeadline()).isEqualTo("2026-07-01");
    assertThat(timers.due(r.caseNo(), "Timer_AcceptOverdue"))
        .isEqualTo(Instant.parse("2026-07-01T15:59:59.999Z"));
    assertThat(unit(r.caseNo(), "housing").acceptOverdue()).isFalse();
  }

  @Test
  @FiresTimers({"Timer_HandlingReminder", "Timer_HandlingOverdue"})
  void theHandlingClockRunsWhileTheLeaderConsidersAnExtension() {
    Registration r = signedFor(602);
    flow.requestExtension("human-resources", r.caseNo(), 20);
    assertThat(desk.countVisible("human-resources-leader", r.caseNo(), "Task_ApproveExtension"))
        .isEqualTo(1);

    timers.fire(r.caseNo(), "Timer_HandlingReminder");
    assertThat(entries(r, CaseAction.REMINDED))
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("办理期限将于 2026-07-31 届满"));

    timers.fire(r.caseNo(), "Timer_HandlingOverdue");
    assertThat(unit(r.caseNo(), "human-resources").handlingOverdue()).isTrue();
    assertThat(entries(r, CaseAction.OVERDUE))
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("办理期限已于 2026-07-31 届满"));
    assertThat(desk.countVisible("human-resources-leader", r.caseNo(), "Task_ApproveExtension"))
        .isEqualTo(1);
  }

  @Test
  @FiresTimers({"Timer_HandlingOverdue", "Timer_ExtendedHandlingOverdue"})
  void anExtensionGrantedAfterTheDeadlineKeepsTheOverdueAndTheNewDeadlineStillFires() {
    Registration r = signedFor(603);
    flow.requestExtension("human-resources", r.caseNo(), 20);
    timers.fire(r.caseNo(), "Timer_HandlingOverdue");

    flow.approveExtension("human-resources", r.caseNo());

    CaseView.Unit unit = unit(r.caseNo(), "human-resources");
    assertThat(unit.handlingDeadline()).isEqualTo("2026-08-20");
    assertThat(unit.handlingOverdue()).isTrue();
    assertThat(entries(r, CaseAction.OVERDUE))
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("办理期限已于 2026-07-31 届满"));
    assertThat(timers.due(r.caseNo(), "Timer_ExtendedHandlingOverdue"))
        .isEqualTo(Instant.parse("2026-08-20T15:59:59.999Z"));

    timers.fire(r.caseNo(), "Timer_ExtendedHandlingOverdue");
    assertThat(entries(r, CaseAction.OVERDUE))
        .extracting(CaseView.Entry::detail)
        .containsExactly(
            "办理期限已于 2026-07-31 届满，人力资源和社会保障局已超期", "办理期限已于 2026-08-20 届满，人力资源和社会保障局已超期");

    // the unit finishes: its part ends, no clock is left behind
    flow.handle("human-resources", r.caseNo());
    flow.leaderDecides("human-resources", r.caseNo(), APPROVE);
    assertThat(timers.pending(r.caseNo())).isEmpty();
    assertThat(instance(r)).isWaitingAt("Task_ConsolidateReply");
  }

  @Test
  @FiresTimers({"Timer_HandlingOverdue"})
  void aBreachDueBeforeTheExtensionButRunAfterItIsAboutTheDeadlineThatRanOut() {
    Registration r = signedFor(604);
    flow.requestExtension("human-resources", r.caseNo(), 20);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-08-01T01:00:00Z")));

    // the leader approves before the job executor got round to the due overdue timer
    flow.approveExtension("human-resources", r.caseNo());
    assertThat(timers.due(r.caseNo(), "Timer_HandlingOverdue"))
        .isEqualTo(Instant.parse("2026-07-31T15:59:59.999Z"));
    assertThat(timers.due(r.caseNo(), "Timer_ExtendedHandlingOverdue"))
        .isEqualTo(Instant.parse("2026-08-20T15:59:59.999Z"));

    timers.fire(r.caseNo(), "Timer_HandlingOverdue");
    assertThat(unit(r.caseNo(), "human-resources").handlingOverdue()).isTrue();
    assertThat(entries(r, CaseAction.OVERDUE))
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("办理期限已于 2026-07-31 届满"));
  }

  private Registration signedFor(int seed) {
    Registration r = flow.register(Petitions.claim(seed).build());
    flow.forward(r.caseNo(), null, "human-resources");
    flow.signFor("human-resources", r.caseNo());
    assertThat(unit(r.caseNo(), "human-resources").handlingDeadline()).isEqualTo("2026-07-31");
    return r;
  }

  private List<CaseView.Entry> entries(Registration r, CaseAction action) {
    return view(r.caseNo()).record().stream()
        .filter(e -> e.action().equals(action.name()))
        .toList();
  }
}
