package cn.xinfang.platform.intake;

import static cn.xinfang.platform.intake.PetitionVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.Definitions;
import cn.xinfang.platform.support.DemoUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Resident ID numbers are in the case file only: shown in full to the petition bureau and the units
 * handling the case, masked (first 6, last 4) to every other reader, never kept as process
 * variables or in the engine's history.
 */
class PersonalDataTest extends CaseTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired FormService forms;
  @Autowired RepositoryService repository;
  @Autowired HistoryService history;

  @Test
  void onlyTheBureauAndTheHandlingUnitsSeeTheIdNumberInFull() throws Exception {
    String idNumber = Petitions.idNumber(801);
    String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
    String caseNo =
        json.readTree(
                DemoUser.of("agent-village-1-1", port)
                    .postJson(
                        "/api/petitions", json.writeValueAsString(Petitions.claim(801).build()))
                    .body())
            .get("caseNo")
            .asText();
    flow.forward(caseNo, "两个单位共同办理", "human-resources", "housing");
    flow.object("housing", caseNo);
    flow.agreeObjection(caseNo, "justice");

    assertThat(petitioner("registrar", caseNo).get("idNumber").asText()).isEqualTo(idNumber);
    assertThat(petitioner("human-resources-official", caseNo).get("idNumber").asText())
        .isEqualTo(idNumber);
    assertThat(petitioner("justice-leader", caseNo).get("idNumber").asText()).isEqualTo(idNumber);

    JsonNode supervisor = petitioner("supervisor", caseNo);
    assertThat(supervisor.get("idNumber").asText()).isEqualTo(masked);
    assertThat(supervisor.get("phone").asText()).isEqualTo("139****1111");
    assertThat(supervisor.get("address").asText()).isEqualTo("（已隐去）");
    assertThat(petitioner("manager", caseNo).get("idNumber").asText()).isEqualTo(masked);
    // the unit that returned the case no longer handles it
    assertThat(petitioner("housing-official", caseNo).get("idNumber").asText()).isEqualTo(masked);
    // the proxy agent who filed it follows it for the citizen: contact details, not the ID number
    JsonNode agent = petitioner("agent-village-1-1", caseNo);
    assertThat(agent.get("idNumber").asText()).isEqualTo(masked);
    assertThat(agent.get("phone").asText()).isEqualTo("13900001111");
  }

  @Test
  void idNumbersNeverBecomeProcessVariablesOrHistory() {
    Registration fromApi = flow.register(Petitions.claim(802).build());
    Map<String, Object> form = new HashMap<>();
    form.put(CHANNEL, "VISIT");
    form.put(PETITIONER_NAME, "赵803");
    form.put(PETITIONER_ID_NUMBER, Petitions.idNumber(803));
    form.put(PETITIONER_PHONE, "0471-6123456");
    form.put(HEADCOUNT, 30L);
    form.put(REPRESENTATIVES, "代表804 " + Petitions.idNumber(804) + " 13900001111");
    form.put(CATEGORY, "CLAIM");
    form.put(MATTER_TYPE, "social-security");
    form.put(LAW_RELATED, false);
    form.put(REGION, "village-2-2");
    form.put(CONTENT, "养老保险待遇核定有误，申请重新核定。");
    ProcessInstance[] started = new ProcessInstance[1];
    desk.asUser(
        "registrar",
        () -> started[0] = forms.submitStartForm(Definitions.latest(repository, PROCESS_ID), form));

    assertThat(view(started[0].getBusinessKey()).petitioners())
        .extracting(p -> p.idNumber())
        .containsExactly(Petitions.idNumber(803), Petitions.idNumber(804));
    for (String pid : List.of(fromApi.processInstanceId(), started[0].getId())) {
      assertThat(storedValues(pid))
          .isNotEmpty()
          .noneMatch(v -> v.contains(Petitions.idNumber(802)))
          .noneMatch(v -> v.contains(Petitions.idNumber(803)))
          .noneMatch(v -> v.contains(Petitions.idNumber(804)));
    }
  }

  /** Every value the engine keeps for the instance: variables now, and all of their history. */
  private List<String> storedValues(String processInstanceId) {
    List<String> values = new ArrayList<>();
    runtime.getVariables(processInstanceId).values().forEach(v -> values.add(String.valueOf(v)));
    history
        .createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId)
        .list()
        .forEach(v -> values.add(v.getName() + "=" + v.getValue()));
    for (HistoricDetail detail :
        history.createHistoricDetailQuery().processInstanceId(processInstanceId).list()) {
      if (detail instanceof HistoricFormField field) {
        values.add(field.getFieldId() + "=" + field.getFieldValue());
      } else if (detail instanceof HistoricVariableUpdate update) {
        values.add(update.getVariableName() + "=" + update.getValue());
      }
    }
    return values;
  }

  private JsonNode petitioner(String user, String caseNo) throws Exception {
    var response = DemoUser.of(user, port).get("/api/petitions/" + caseNo);
    assertThat(response.statusCode()).as(user).isEqualTo(200);
    return json.readTree(response.body()).get("petitioners").get(0);
  }
}
