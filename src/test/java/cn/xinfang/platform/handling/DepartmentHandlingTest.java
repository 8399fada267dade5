package cn.xinfang.platform.handling;

import static cn.xinfang.platform.casefile.CaseAction.*;
import static cn.xinfang.platform.handling.HandlingVariables.APPROVE;
import static cn.xinfang.platform.handling.HandlingVariables.OBJECT;
import static cn.xinfang.platform.handling.HandlingVariables.OBJECTION_REASON;
import static cn.xinfang.platform.handling.HandlingVariables.RETURN;
import static cn.xinfang.platform.handling.HandlingVariables.SIGN_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.xinfang.platform.casefile.CaseView;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.CaseTest;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** Responsible units sign for, object to, handle and approve their part; the lead replies. */
class DepartmentHandlingTest extends CaseTest {

  @Test
  void oneUnitHandlesTheCaseAndItsReplyIsSent() {
    Registration r = flow.register(Petitions.claim(101).build());
    ProcessInstance petition = instance(r);
    assertThat(petition).isWaitingAt("Task_ReviewRegistration");

    flow.forward(r.caseNo(), null, "human-resources");
    assertThat(petition).isWaitingAt("CallActivity_DepartmentHandling");
    flow.unitHandles("human-resources", r.caseNo());
    assertThat(petition).isWaitingAt("Task_ConsolidateReply");
    flow.consolidate("human-resources", r.caseNo());
    flow.leaderDecidesReply("human-resources", r.caseNo(), APPROVE);

    assertThat(petition)
        .hasPassed("Task_AssignUnits", "CallActivity_DepartmentHandling", "Task_SendReply")
        .isWaitingAt("CallActivity_Aftercare");
    CaseView view = view(r.caseNo());
    assertThat(view.status()).isEqualTo("REPLIED");
    assertThat(view.units())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.status()).isEqualTo("DONE");
              assertThat(u.lead()).isTrue();
              assertThat(u.handlingDeadline()).isNotNull();
            });
    assertThat(actions(r.caseNo()))
        .containsSubsequence(
            REGISTERED,
            ROUTED,
            ASSIGNED,
            SIGNED_FOR,
            HANDLED,
            UNIT_REPLY_APPROVED,
            REPLY_DRAFTED,
            REPLY_APPROVED,
            REPLIED);
    assertThat(view.record())
        .filteredOn(e -> e.action().equals("SIGNED_FOR"))
        .extracting(CaseView.Entry::actor)
        .containsExactly("human-resources-official");
  }

  @Test
  void threeUnitsHandleInParallelAndTheLeadUnitConsolidatesTheReply() {
    Registration r = flow.register(Petitions.claim(102).about("land").from("village-1-1").build());
    ProcessInstance petition = instance(r);

    flow.forward(r.caseNo(), "安置房分配问题涉及住建局", "natural-resources", "township-1", "housing");

    for (String unit : new String[] {"natural-resources", "township-1", "housing"}) {
      assertThat(desk.countVisible(unit + "-official", r.caseNo(), "Task_SignFor")).isEqualTo(1);
    }
    assertThat(desk.countVisible("police-official", r.caseNo(), "Task_SignFor")).isZero();
    flow.unitHandles("housing", r.caseNo());
    flow.unitHandles("township-1", r.caseNo());
    assertThat(petition).isWaitingAt("CallActivity_DepartmentHandling");
    flow.unitHandles("natural-resources", r.caseNo());

    assertThat(petition).isWaitingAt("Task_ConsolidateReply");
    assertThat(desk.countVisible("housing-official", r.caseNo(), "Task_ConsolidateReply")).isZero();
    String results =
        (String)
            tasks.getVariable(
                desk.visibleTask("natural-resources-official", r.caseNo(), "Task_ConsolidateReply")
                    .getId(),
                "unitResults");
    assertThat(results).contains("【自然资源局】", "【第一镇】", "【住房和城乡建设局】");
    flow.consolidate("natural-resources", r.caseNo());
    assertThat(desk.countVisible("housing-leader", r.caseNo(), "Task_ApproveReply")).isZero();
    flow.leaderDecidesReply("natural-resources", r.caseNo(), APPROVE);

    assertThat(petition).isWaitingAt("CallActivity_Aftercare");
    assertThat(view(r.caseNo()).units())
        .extracting(CaseView.Unit::unit, CaseView.Unit::lead, CaseView.Unit::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("natural-resources", true, "DONE"),
            org.assertj.core.groups.Tuple.tuple("township-1", false, "DONE"),
            org.assertj.core.groups.Tuple.tuple("housing", false, "DONE"));
  }

  @Test
  void anAgreedObjectionReroutesTheCaseToTheUnitTheBureauNames() {
    Registration r = flow.register(Petitions.claim(103).build());
    flow.forward(r.caseNo(), null, "human-resources");

    flow.object("human-resources", r.caseNo());
    assertThat(desk.countVisible("registrar", r.caseNo(), "Task_ReviewObjection")).isEqualTo(1);
    flow.agreeObjection(r.caseNo(), "justice");

    assertThat(desk.countVisible("justice-official", r.caseNo(), "Task_SignFor")).isEqualTo(1);
    assertThat(desk.countVisible("human-resources-official", r.caseNo(), "Task_SignFor")).isZero();
    assertThat(unit(r.caseNo(), "human-resources").status()).isEqualTo("RETURNED");
    assertThat(unit(r.caseNo(), "justice").lead()).isTrue();
    assertThat(view(r.caseNo()).leadUnit()).isEqualTo("justice");
    assertThat(actions(r.caseNo()))
        .contains(OBJECTED, OBJECTION_AGREED)
        .doesNotContain(BUCK_PASSING);

    flow.unitHandles("justice", r.caseNo());
    flow.consolidate("justice", r.caseNo());
    flow.leaderDecidesReply("justice", r.caseNo(), APPROVE);
    assertThat(instance(r)).isWaitingAt("CallActivity_Aftercare");
    assertThat(view(r.caseNo()).status()).isEqualTo("REPLIED");
  }

  @Test
  void aCaseReroutedBackToAUnitThatReturnedItIsItsSecondPartAndBothStayOnRecord() {
    Registration r = flow.register(Petitions.claim(110).build());
    flow.forward(r.caseNo(), null, "human-resources");
    flow.object("human-resources", r.caseNo());
    flow.agreeObjection(r.caseNo(), "justice");
    flow.object("justice", r.caseNo());

    flow.agreeObjection(r.caseNo(), "human-resources");

    assertThat(desk.countVisible("human-resources-official", r.caseNo(), "Task_SignFor"))
        .isEqualTo(1);
    flow.unitHandles("human-resources", r.caseNo());
    flow.consolidate("human-resources", r.caseNo());
    flow.leaderDecidesReply("human-resources", r.caseNo(), APPROVE);
    assertThat(instance(r)).isWaitingAt("CallActivity_Aftercare");
    assertThat(view(r.caseNo()).units())
        .extracting(
            CaseView.Unit::unit, CaseView.Unit::episode, CaseView.Unit::status, CaseView.Unit::lead)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("human-resources", 1, "RETURNED", false),
            org.assertj.core.groups.Tuple.tuple("justice", 1, "RETURNED", false),
            org.assertj.core.groups.Tuple.tuple("human-resources", 2, "DONE", true));
    assertThat(view(r.caseNo()).record())
        .filteredOn(e -> e.action().equals("ASSIGNED"))
        .extracting(CaseView.Entry::unit)
        .containsExactly("human-resources", "justice", "human-resources");
  }

  @Test
  void aRefusedObjectionSendsTheCaseBackToTheUnitToSignFor() {
    Registration r = flow.register(Petitions.claim(104).build());
    flow.forward(r.caseNo(), null, "human-resources");

    flow.object("human-resources", r.caseNo());
    flow.refuseObjection(r.caseNo());

    assertThat(desk.countVisible("human-resources-official", r.caseNo(), "Task_SignFor"))
        .isEqualTo(1);
    assertThat(unit(r.caseNo(), "human-resources").status()).isEqualTo("ASSIGNED");
    flow.signFor("human-resources", r.caseNo());
    assertThat(desk.countVisible("human-resources-official", r.caseNo(), "Task_HandleCase"))
        .isEqualTo(1);
    assertThat(actions(r.caseNo())).containsSubsequence(OBJECTED, OBJECTION_REFUSED, SIGNED_FOR);
  }

  @Test
  void aSecondObjectionBySameUnitOnTheSameCaseIsRecordedAsPassingTheBuck() {
    Registration r = flow.register(Petitions.claim(105).build());
    flow.forward(r.caseNo(), null, "human-resources");

    flow.object("human-resources", r.caseNo());
    assertThat(unit(r.caseNo(), "human-resources").buckPassing()).isFalse();
    flow.refuseObjection(r.caseNo());
    flow.object("human-resources", r.caseNo());

    CaseView.Unit unit = unit(r.caseNo(), "human-resources");
    assertThat(unit.objections()).isEqualTo(2);
    assertThat(unit.buckPassing()).isTrue();
    assertThat(view(r.caseNo()).record())
        .filteredOn(e -> e.action().equals("BUCK_PASSING"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.unit()).isEqualTo("human-resources");
              assertThat(e.detail()).contains("推诿");
            });
  }

  @Test
  void anObjectionAfterFiveWorkingDaysIsRefusedAndTheTaskStaysOpen() {
    Registration r = flow.register(Petitions.claim(106).build());
    flow.forward(r.caseNo(), null, "human-resources");
    // the day after the objection deadline, 09:00 in Beijing (however many holidays lie between)
    java.time.LocalDate lastDay = unit(r.caseNo(), "human-resources").objectionDeadline();
    ClockUtil.setCurrentTime(
        Date.from(
            lastDay
                .plusDays(1)
                .atTime(9, 0)
                .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                .toInstant()));

    assertThatThrownBy(() -> flow.object("human-resources", r.caseNo()))
        .hasMessageContaining("退回期限")
        .hasMessageContaining("不能退回，请签收办理");

    assertThat(desk.countVisible("human-resources-official", r.caseNo(), "Task_SignFor"))
        .isEqualTo(1);
    assertThat(unit(r.caseNo(), "human-resources").objections()).isZero();
  }

  @Test
  void theUnitLeaderSendsTheDraftBackAndTheUnitReworksIt() {
    Registration r = flow.register(Petitions.claim(107).build());
    flow.forward(r.caseNo(), null, "human-resources");
    flow.signFor("human-resources", r.caseNo());
    flow.handle("human-resources", r.caseNo());

    flow.leaderDecides("human-resources", r.caseNo(), RETURN);

    assertThat(desk.countVisible("human-resources-official", r.caseNo(), "Task_HandleCase"))
        .isEqualTo(1);
    assertThat(unit(r.caseNo(), "human-resources").status()).isEqualTo("HANDLING");
    flow.handle("human-resources", r.caseNo());
    flow.leaderDecides("human-resources", r.caseNo(), APPROVE);
    assertThat(instance(r)).isWaitingAt("Task_ConsolidateReply");
    assertThat(actions(r.caseNo()))
        .containsSubsequence(HANDLED, UNIT_REPLY_RETURNED, HANDLED, UNIT_REPLY_APPROVED);
  }

  @Test
  void theLeadUnitsLeaderSendsTheReplyBackForRework() {
    Registration r = flow.register(Petitions.claim(108).build());
    ProcessInstance petition = instance(r);
    flow.forward(r.caseNo(), null, "human-resources");
    flow.unitHandles("human-resources", r.caseNo());
    flow.consolidate("human-resources", r.caseNo());

    flow.leaderDecidesReply("human-resources", r.caseNo(), RETURN);

    assertThat(petition).isWaitingAt("Task_ConsolidateReply");
    flow.consolidate("human-resources", r.caseNo());
    flow.leaderDecidesReply("human-resources", r.caseNo(), APPROVE);
    assertThat(petition).isWaitingAt("CallActivity_Aftercare");
    assertThat(actions(r.caseNo()))
        .containsSubsequence(REPLY_DRAFTED, REPLY_RETURNED, REPLY_DRAFTED, REPLY_APPROVED, REPLIED);
  }

  @Test
  void anIncompleteFormIsRefusedInChineseAndTheTaskStaysOpen() {
    Registration r = flow.register(Petitions.claim(109).build());
    flow.forward(r.caseNo(), null, "human-resources");

    assertThatThrownBy(
            () -> desk.complete("human-resources-official", r.caseNo(), "Task_SignFor", Map.of()))
        .hasMessageContaining("请选择签收意见");
    assertThatThrownBy(
            () ->
                desk.complete(
                    "human-resources-official",
                    r.caseNo(),
                    "Task_SignFor",
                    Map.of(SIGN_DECISION, OBJECT, OBJECTION_REASON, " ")))
        .hasMessageContaining("请填写退回理由");
    flow.signFor("human-resources", r.caseNo());
    assertThatThrownBy(
            () ->
                desk.complete("human-resources-official", r.caseNo(), "Task_HandleCase", Map.of()))
        .hasMessageContaining("请选择办理结果");
    assertThatThrownBy(
            () ->
                desk.complete(
                    "human-resources-official",
                    r.caseNo(),
                    "Task_HandleCase",
                    Map.of(HandlingVariables.HANDLING_ACTION, HandlingVariables.HANDLED)))
        .hasMessageContaining("请填写查明情况")
        .hasMessageContaining("请填写处理措施")
        .hasMessageContaining("请填写答复意见（草稿）");

    assertThat(desk.countVisible("human-resources-official", r.caseNo(), "Task_HandleCase"))
        .isEqualTo(1);
  }
}
