package cn.xinfang.platform.fivechiefs;

import static cn.xinfang.platform.fivechiefs.FiveChiefsVariables.*;
import static cn.xinfang.platform.intake.PetitionVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.deadline.CaseTimers;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.Definitions;
import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.QueuedMail;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 五长服务日接待: on Thursday 2026-10-29 the police chief sits. A walk-in within the police's remit is
 * explained on site and replied by the police within 20 days (reminded, then supervised); one
 * outside it goes to the petition bureau, which forwards it to several units; one may go into legal
 * procedure. Counts per chief.
 */
class FiveChiefsReceptionTest extends CaseTest {

  /** Thursday 2026-10-29, 09:00 in Beijing: 李建国 of the police sits. */
  static final Instant THURSDAY = Instant.parse("2026-10-29T01:00:00Z");

  @Autowired ManagementService management;
  @Autowired FormService forms;
  @Autowired RepositoryService repository;
  @Autowired ObjectMapper json;
  @LocalServerPort int port;

  CaseTimers timers;

  @BeforeEach
  void serviceDay() {
    ClockUtil.setCurrentTime(Date.from(THURSDAY));
    timers = new CaseTimers(management, runtime);
  }

  @AfterEach
  void dropQueuedMail() {
    QueuedMail.drop(engine);
  }

  @Test
  void withinTheChiefsRemitTheUnitRepliesWithin20Days() throws Exception {
    Registration r = walkIn(3491, "police-conduct");
    ProcessInstance reception = reception(r.caseNo());
    assertThat(reception).isWaitingAt("Task_ChiefDecides");
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(reception.getId())
                .singleResult()
                .getAssignee())
        .isEqualTo("police-leader");
    assertThat((String) runtime.getVariable(reception.getId(), CATALOGUE_OPINION))
        .startsWith("派单目录建议");

    decide(r.caseNo(), "HANDLE");
    assertThat(view(r.caseNo()).status()).isEqualTo("HANDLING");
    assertThat(view(r.caseNo()).leadUnit()).isEqualTo("police");
    assertThat(timers.due(r.caseNo(), "Timer_ReplyOverdue"))
        .isEqualTo(Instant.parse("2026-11-18T15:59:59.999Z"));
    timers.fire(r.caseNo(), "Timer_ReplyHalf");
    assertThat(actions(r.caseNo())).contains(CaseAction.REMINDED);

    desk.complete(
        "police-official",
        r.caseNo(),
        "Task_UnitReplies",
        Map.of(REPLY_TEXT, "经核查，民警执法程序合法，已向您说明。"));
    assertThat(reception).isWaitingAt("CallActivity_Aftercare");
    assertThat(view(r.caseNo()).status()).isEqualTo("REPLIED");

    JsonNode counts = counts();
    assertThat(counts.findValuesAsText("name")).contains("李建国");
    JsonNode police = chief(counts, "police");
    assertThat(police.get("inRemit").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(police.get("repliedOnTime").asInt()).isGreaterThanOrEqualTo(1);
  }

  @Test
  @cn.xinfang.platform.support.FiresTimers({"Timer_ReplyLate", "Timer_ReplyOverdue"})
  void aReplyNotGivenIn20DaysPutsTheUnitUnderSupervision() {
    Registration r = walkIn(3492, "police-conduct");
    decide(r.caseNo(), "HANDLE");
    timers.fire(r.caseNo(), "Timer_ReplyLate");
    timers.fire(r.caseNo(), "Timer_ReplyOverdue");
    assertThat(actions(r.caseNo())).contains(CaseAction.OVERDUE);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("supervision")
                .processInstanceBusinessKey(r.caseNo())
                .count())
        .isEqualTo(1);
  }

  @Test
  void outsideTheRemitTheBureauForwardsItToSeveralUnitsAsUsual() {
    Registration r = walkIn(3493, "housing");
    decide(r.caseNo(), "OUTSIDE");
    assertThat(reception(r.caseNo())).isNull();
    ProcessInstance petition =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("petition")
            .processInstanceBusinessKey(r.caseNo())
            .singleResult();
    assertThat(petition).isWaitingAt("Task_ReviewRegistration");
    assertThat(view(r.caseNo()).status()).isEqualTo("REGISTERED");
    flow.forward(r.caseNo(), "涉及住房和土地", "housing", "natural-resources");
    assertThat(desk.countVisible("housing-official", r.caseNo(), "Task_SignFor")).isEqualTo(1);
    assertThat(desk.countVisible("natural-resources-official", r.caseNo(), "Task_SignFor"))
        .isEqualTo(1);
  }

  @Test
  void intoLegalProcedureItLeavesThePetitionTrack() {
    Registration r = walkIn(3494, "court-case");
    decide(r.caseNo(), "LEGAL");
    assertThat(view(r.caseNo()).status()).isEqualTo("LEGAL_PROCEDURE");
    assertThat(reception(r.caseNo())).isNull();
  }

  @Test
  void fromTasklistTheRegistrarStartsTheReceptionAndNotAnOrdinaryPetition() {
    Map<String, Object> form = new HashMap<>();
    form.put(CHANNEL, "VISIT");
    form.put(PETITIONER_NAME, "赵3495");
    form.put(PETITIONER_ID_NUMBER, Petitions.idNumber(3495));
    form.put(PETITIONER_PHONE, "13900003333");
    form.put(HEADCOUNT, 1L);
    form.put(CATEGORY, "CLAIM");
    form.put(MATTER_TYPE, "police-conduct");
    form.put(LAW_RELATED, false);
    form.put(REGION, "village-1-1");
    form.put(CONTENT, "对派出所出警处置有意见。");
    desk.asUser(
        "registrar",
        () ->
            forms.submitStartForm(
                Definitions.latest(repository, FiveChiefsVariables.PROCESS_ID), form));
    String caseNo = jdbcCaseOf("赵3495");
    assertThat(view(caseNo).channel()).isEqualTo("FIVE_CHIEFS");
    assertThat(reception(caseNo)).isWaitingAt("Task_ChiefDecides");

    Map<String, Object> petitionForm = new HashMap<>(form);
    petitionForm.put(CHANNEL, "FIVE_CHIEFS");
    petitionForm.put(PETITIONER_NAME, "赵3496");
    petitionForm.put(PETITIONER_ID_NUMBER, Petitions.idNumber(3496));
    assertThatThrownBy(
            () ->
                desk.asUser(
                    "registrar",
                    () ->
                        forms.submitStartForm(
                            Definitions.latest(repository, "petition"), petitionForm)))
        .hasMessageContaining("五长服务日接待");
  }

  private String jdbcCaseOf(String name) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(FiveChiefsVariables.PROCESS_ID)
        .list()
        .stream()
        .map(p -> p.getBusinessKey())
        .filter(k -> view(k).petitioners().stream().anyMatch(p -> p.name().equals(name)))
        .findFirst()
        .orElseThrow();
  }

  private Registration walkIn(int seed, String matterType) {
    Registration r =
        flow.register(Petitions.claim(seed).about(matterType).by("FIVE_CHIEFS").build());
    assertThat(reception(r.caseNo())).isWaitingAt("Task_ChiefDecides");
    return r;
  }

  private void decide(String caseNo, String decision) {
    desk.complete(
        "police-leader",
        caseNo,
        "Task_ChiefDecides",
        Map.of(REMIT_DECISION, decision, EXPLANATION, "当场听取诉求，讲解相关法律规定"));
  }

  private ProcessInstance reception(String caseNo) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(FiveChiefsVariables.PROCESS_ID)
        .processInstanceBusinessKey(caseNo)
        .singleResult();
  }

  private JsonNode counts() throws Exception {
    return json.readTree(
        DemoUser.of("manager", port)
            .get("/api/five-chiefs/counts?from=2026-10-01&to=2026-10-31")
            .body());
  }

  private static JsonNode chief(JsonNode counts, String unit) {
    for (JsonNode c : counts.get("chiefs")) {
      if (c.get("unit").asText().equals(unit)) {
        return c;
      }
    }
    throw new AssertionError("no chief of " + unit + " in " + counts);
  }
}
