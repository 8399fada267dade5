package cn.xinfang.platform.proxy;

import static cn.xinfang.platform.intake.PetitionVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.xinfang.platform.intake.PetitionRegistry;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.notification.MailVariables;
import cn.xinfang.platform.support.ClockedCaseTest;
import cn.xinfang.platform.support.Definitions;
import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.FiresTimers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 信访代办: a village agent files for a citizen; the village mediates first, and the matter climbs a
 * level only when the level below cannot resolve it; from the district up it may be accepted into
 * the petition procedure; a level's limit passing puts that level under supervision.
 */
class ProxyHandlingTest extends ClockedCaseTest {

  static final String AGENT = "agent-village-1-1";

  @Autowired FormService forms;
  @Autowired RepositoryService repository;
  @Autowired ObjectMapper json;
  @LocalServerPort int port;

  @Test
  void theVillageResolvesWhatItCanAndTheAgentIsTold() throws Exception {
    String caseNo = filed(3501);
    assertThat(runtime.getVariable(proxy(caseNo).getId(), "levelBody")).isEqualTo("village-1-1");
    desk.complete(
        AGENT,
        caseNo,
        "Task_Resolve",
        Map.of(
            "proxyDecision", "RESOLVED",
            "mediatedOn", "2026-06-01",
            "parties", "村委会主任、信访人、邻居",
            "mediationRecord", "经村调委会调解，双方就宅基地界线达成协议"));
    assertThat(view(caseNo).status()).isEqualTo("CLOSED");
    assertThat(mailSubjects(caseNo)).anySatisfy(s -> assertThat(s).contains("【信访代办】", "化解"));
    JsonNode agent = agentCounts();
    assertThat(agent.get("resolvedAt").get("VILLAGE").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(agent.get("closed").asInt()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void itClimbsOnlyWhenTheLevelBelowCannotResolveItAndIsAcceptedAtTheDistrict() {
    String caseNo = filed(3502);
    passUp(AGENT, caseNo);
    assertThat(runtime.getVariable(proxy(caseNo).getId(), "levelBody")).isEqualTo("township-1");
    assertThatThrownBy(() -> decide("township-1-official", caseNo, "ACCEPT"))
        .hasMessageContaining("不能受理进入信访办理程序");
    passUp("township-1-official", caseNo);
    assertThat(runtime.getVariable(proxy(caseNo).getId(), "levelBody"))
        .isEqualTo("petition-bureau");
    decide("petition-bureau-official", caseNo, "ACCEPT");
    assertThat(proxy(caseNo)).isNull();
    ProcessInstance petition =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(PROCESS_ID)
            .processInstanceBusinessKey(caseNo)
            .singleResult();
    assertThat(petition).isWaitingAt("Task_ReviewRegistration");
    assertThat(desk.countVisible("registrar", caseNo, "Task_ReviewRegistration")).isEqualTo(1);
    assertThat(mailSubjects(caseNo))
        .anySatisfy(s -> assertThat(s).contains("苏木乡镇"))
        .anySatisfy(s -> assertThat(s).contains("受理"));
  }

  @Test
  @FiresTimers("Timer_LevelOverdue")
  void aLevelThatLetsItsLimitPassIsSupervised() {
    String caseNo = filed(3503);
    timers.fire(caseNo, "Timer_LevelOverdue");
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("supervision")
                .processInstanceBusinessKey(caseNo)
                .count())
        .isEqualTo(1);
    assertThat(proxy(caseNo)).isWaitingAt("Task_Resolve");
  }

  @Test
  void fromTasklistTheAgentStartsTheProxyProcessAndNotAnOrdinaryPetition() {
    // the agent's short form (proxy-filing): the person, the matter, the village
    Map<String, Object> form = new HashMap<>();
    form.put(PETITIONER_NAME, "赵3504");
    form.put(PETITIONER_ID_NUMBER, Petitions.idNumber(3504));
    form.put(PETITIONER_PHONE, "13900004444");
    form.put(MATTER_TYPE, "land");
    form.put(REGION, "village-1-1");
    form.put(CONTENT, "宅基地界线纠纷，请求调解。");
    desk.asUser(
        AGENT,
        () ->
            forms.submitStartForm(
                Definitions.latest(repository, PetitionRegistry.PROXY_PROCESS_ID), form));
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(PetitionRegistry.PROXY_PROCESS_ID)
                .list()
                .stream()
                .anyMatch(p -> view(p.getBusinessKey()).channel().equals("PROXY")))
        .isTrue();
    Map<String, Object> petitionForm = new HashMap<>(form);
    petitionForm.put(CHANNEL, "PROXY");
    petitionForm.put(HEADCOUNT, 1L);
    petitionForm.put(CATEGORY, "CLAIM");
    petitionForm.put(LAW_RELATED, false);
    petitionForm.put(PETITIONER_ID_NUMBER, Petitions.idNumber(3505));
    assertThatThrownBy(
            () ->
                desk.asUser(
                    AGENT,
                    () ->
                        forms.submitStartForm(
                            Definitions.latest(repository, PROCESS_ID), petitionForm)))
        .hasMessageContaining("信访代办");
  }

  @Test
  void theAgentFollowsTheMatterUpToTheRegionWhereItIsResolved() {
    String caseNo = filed(3507);
    passUp(AGENT, caseNo);
    passUp("township-1-official", caseNo);
    passUp("petition-bureau-official", caseNo);
    passUp("city-petition-bureau-official", caseNo);
    assertThat(runtime.getVariable(proxy(caseNo).getId(), "levelBody"))
        .isEqualTo("region-petition-bureau");
    assertThatThrownBy(() -> passUp("region-petition-bureau-official", caseNo))
        .hasMessageContaining("不能再报上一级");
    String progress =
        String.valueOf(
            engine
                .getTaskService()
                .getVariable(
                    desk.visibleTask(AGENT, caseNo, "Task_Track").getId(), "proxyProgress"));
    assertThat(progress).contains("嘎查村（社区）", "苏木乡镇（街道）", "旗县区", "盟市", "自治区 · 自治区信访局");
    desk.complete(
        "region-petition-bureau-official",
        caseNo,
        "Task_Resolve",
        Map.of(
            "proxyDecision", "RESOLVED",
            "mediatedOn", "2026-06-01",
            "parties", "自治区信访局、信访人",
            "mediationRecord", "经自治区信访局协调，达成和解"));
    assertThat(proxy(caseNo)).isNull();
    assertThat(view(caseNo).status()).isEqualTo("CLOSED");
  }

  @Test
  void acceptedByTheCityItsPetitionBureauDoesTheIntake() {
    String caseNo = filed(3508);
    passUp(AGENT, caseNo);
    passUp("township-1-official", caseNo);
    passUp("petition-bureau-official", caseNo);
    decide("city-petition-bureau-official", caseNo, "ACCEPT");
    assertThat(
            desk.countVisible("city-petition-bureau-official", caseNo, "Task_ReviewRegistration"))
        .isEqualTo(1);
    assertThat(desk.countVisible("registrar", caseNo, "Task_ReviewRegistration")).isZero();
  }

  private String filed(int seed) {
    String caseNo =
        registry
            .register(
                Petitions.claim(seed).about("land").from("village-1-1").by("PROXY").build(), AGENT)
            .caseNo();
    assertThat(proxy(caseNo)).isWaitingAt("Task_Resolve");
    return caseNo;
  }

  private void passUp(String user, String caseNo) {
    decide(user, caseNo, "PASS_UP");
  }

  private void decide(String user, String caseNo, String decision) {
    desk.complete(
        user,
        caseNo,
        "Task_Resolve",
        Map.of("proxyDecision", decision, "mediationRecord", "双方分歧较大，本级难以化解"));
  }

  private ProcessInstance proxy(String caseNo) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(PetitionRegistry.PROXY_PROCESS_ID)
        .processInstanceBusinessKey(caseNo)
        .singleResult();
  }

  private List<String> mailSubjects(String caseNo) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(MailVariables.PROCESS_ID)
        .processInstanceBusinessKey(caseNo)
        .list()
        .stream()
        .map(p -> String.valueOf(runtime.getVariable(p.getId(), MailVariables.SUBJECT)))
        .toList();
  }

  private JsonNode agentCounts() throws Exception {
    JsonNode counts =
        json.readTree(
            DemoUser.of("manager", port)
                .get("/api/proxy/counts?from=2026-06-01&to=2026-06-30")
                .body());
    for (JsonNode a : counts.get("agents")) {
      if (a.get("agent").asText().equals(AGENT)) {
        return a;
      }
    }
    throw new AssertionError("no " + AGENT + " in " + counts);
  }
}
