package cn.xinfang.platform.intake;

import static cn.xinfang.platform.intake.PetitionVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.casefile.CaseView;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.DemoUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The same petitioner brings a second, different problem of a matter type they already have a case
 * open about: the registrar decides whether it is the same problem (并入在办案件) or a new matter
 * (作为新事项登记, with a reason), from the intake API and from Tasklist's start form. The decision is
 * recorded on the ledgers of both cases, with who decided and why.
 */
class NewMatterDecisionTest extends CaseTest {

  static final String START_FORM = "/engine-rest/process-definition/key/petition/submit-form";
  static final String REASON = "前案反映物业费上涨，本次反映开发商延期交房，系不同问题";

  @LocalServerPort int port;
  @Autowired ObjectMapper json;

  @Test
  void aRegistrarRegistersASecondDifferentProblemAsANewMatterThroughTheApi() throws Exception {
    Registration open = flow.register(Petitions.claim(401).about("housing").build());

    HttpResponse<String> answer =
        post(
            Petitions.claim(401)
                .about("housing")
                .content("开发商逾期两年未交房，购房款已全额支付。")
                .decidedAsDuplicate("NEW_MATTER", REASON)
                .build());

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    JsonNode created = json.readTree(answer.body());
    String newCase = created.get("caseNo").asText();
    assertThat(newCase).isNotEqualTo(open.caseNo());
    assertThat(created.get("linkedToOpenCase").asBoolean()).isFalse();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(newCase).count())
        .isEqualTo(1);
    String decided =
        "同一信访人同类事项在办案件 " + open.caseNo() + "，登记人决定作为新事项登记（" + newCase + "），理由：" + REASON;
    assertThat(entry(newCase, "REGISTERED_AS_NEW_MATTER"))
        .satisfies(e -> assertThat(e.actor()).isEqualTo("registrar"))
        .satisfies(e -> assertThat(e.detail()).isEqualTo(decided));
    assertThat(entry(open.caseNo(), "NEW_MATTER_REGISTERED_BESIDE"))
        .satisfies(e -> assertThat(e.actor()).isEqualTo("registrar"))
        .satisfies(e -> assertThat(e.detail()).isEqualTo(decided));

    // the same problem again, without a decision, is still recorded on an open case
    Registration again = flow.register(Petitions.claim(401).about("housing").build());
    assertThat(again.linkedToOpenCase()).isTrue();
    assertThat(again.caseNo()).isIn(open.caseNo(), newCase);
  }

  @Test
  void aRegistrarWhoLinksThroughTheApiHasTheDecisionAndReasonRecorded() throws Exception {
    Registration open = flow.register(Petitions.claim(402).build());

    HttpResponse<String> answer =
        post(Petitions.claim(402).decidedAsDuplicate("LINK", "同一欠薪问题再次来访").build());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(json.readTree(answer.body()).get("caseNo").asText()).isEqualTo(open.caseNo());
    assertThat(entry(open.caseNo(), "DUPLICATE_LINKED").detail())
        .endsWith("（登记人决定并入在办案件，理由：同一欠薪问题再次来访）");
  }

  @Test
  void aNewMatterNeedsAReasonWithinItsLimitAndAKnownDecision() throws Exception {
    flow.register(Petitions.claim(403).build());
    long instances = runtime.createProcessInstanceQuery().count();

    assertThat(problems(post(Petitions.claim(403).decidedAsDuplicate("NEW_MATTER", " ").build())))
        .containsExactly("duplicate.reason: 作为新事项登记，请填写理由（与在办案件所反映问题的不同之处）");
    assertThat(
            problems(
                post(
                    Petitions.claim(403)
                        .decidedAsDuplicate("NEW_MATTER", "理".repeat(2001))
                        .build())))
        .containsExactly("duplicate.reason: 作为新事项登记的理由不能超过 2000 个字");
    assertThat(problems(post(Petitions.claim(403).decidedAsDuplicate("MERGE", null).build())))
        .containsExactly(
            "duplicate.decision: 同类事项处理方式不存在：MERGE（应为 LINK 并入在办案件、NEW_MATTER 作为新事项登记，或 NOT_ACCEPTED_AGAIN 登记为不再受理）");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void theStartFormRefusesARepeatWithTheOpenCaseAndTellsHowToChoose() throws Exception {
    Registration open = flow.register(Petitions.claim(404).about("housing").build());

    HttpResponse<String> answer = submit(startForm(404, null, null));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(json.readTree(answer.body()).get("message").asText())
        .isEqualTo(
            "填写有误：该信访人就同一事项已有在办案件 "
                + open.caseNo()
                + "。如属同一问题，请在“同一信访人同类事项已有在办案件时”选择“并入在办案件”；"
                + "如确属新的问题，请选择“作为新事项登记”并填写理由，再提交");
    assertThat(
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(open.caseNo()).count())
        .isEqualTo(1);
  }

  @Test
  void fromTheStartFormANewMatterWithAReasonOpensACaseOfItsOwn() throws Exception {
    Registration open = flow.register(Petitions.claim(405).about("housing").build());

    assertThat(
            json.readTree(submit(startForm(405, "NEW_MATTER", null)).body())
                .get("message")
                .asText())
        .isEqualTo("填写有误：作为新事项登记，请填写理由（与在办案件所反映问题的不同之处）");
    HttpResponse<String> answer = submit(startForm(405, "NEW_MATTER", REASON));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    String newCase = json.readTree(answer.body()).get("businessKey").asText();
    assertThat(newCase).isNotEqualTo(open.caseNo());
    assertThat(entry(newCase, "REGISTERED_AS_NEW_MATTER").detail())
        .contains(open.caseNo(), "理由：" + REASON);
    assertThat(entry(open.caseNo(), "NEW_MATTER_REGISTERED_BESIDE").detail())
        .contains(newCase, "理由：" + REASON);
    assertThat(
            runtime
                .createVariableInstanceQuery()
                .variableNameIn(DUPLICATE_DECISION, DUPLICATE_REASON)
                .processInstanceIdIn(json.readTree(answer.body()).get("id").asText())
                .count())
        .as("the decision is on the ledgers, not left as process variables")
        .isZero();
  }

  @Test
  void fromTheStartFormLinkingRecordsThePetitionOnTheOpenCaseAndStartsNothing() throws Exception {
    Registration open = flow.register(Petitions.claim(406).about("housing").build());
    long instances = runtime.createProcessInstanceQuery().count();

    HttpResponse<String> answer = submit(startForm(406, "LINK", null));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(json.readTree(answer.body()).get("message").asText())
        .contains(open.caseNo(), "已按您的选择并入该案件");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(entry(open.caseNo(), "DUPLICATE_LINKED").actor()).isEqualTo("registrar");
  }

  private CaseView.Entry entry(String caseNo, String action) {
    return view(caseNo).record().stream()
        .filter(e -> e.action().equals(action))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError(action + " not on the record of " + caseNo));
  }

  private HttpResponse<String> post(PetitionRequest petition) throws Exception {
    return DemoUser.of("registrar", port)
        .postJson("/api/petitions", json.writeValueAsString(petition));
  }

  private HttpResponse<String> submit(String startForm) {
    return DemoUser.of("registrar", port).postJson(START_FORM, startForm);
  }

  private java.util.List<String> problems(HttpResponse<String> answer) throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    java.util.List<String> problems = new java.util.ArrayList<>();
    for (JsonNode error : json.readTree(answer.body()).get("errors")) {
      problems.add(error.get("field").asText() + ": " + error.get("message").asText());
    }
    return problems;
  }

  private String startForm(int seed, String decision, String reason) throws Exception {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(CHANNEL, Map.of("value", "VISIT"));
    fields.put(PETITIONER_NAME, Map.of("value", "王" + seed));
    fields.put(PETITIONER_ID_NUMBER, Map.of("value", Petitions.idNumber(seed)));
    fields.put(PETITIONER_PHONE, Map.of("value", "13900001111"));
    fields.put(HEADCOUNT, Map.of("value", 1, "type", "Long"));
    fields.put(CATEGORY, Map.of("value", "CLAIM"));
    fields.put(MATTER_TYPE, Map.of("value", "housing"));
    fields.put(LAW_RELATED, Map.of("value", false, "type", "Boolean"));
    fields.put(REGION, Map.of("value", "village-1-1"));
    fields.put(CONTENT, Map.of("value", "开发商逾期两年未交房，购房款已全额支付。"));
    if (decision != null) {
      fields.put(DUPLICATE_DECISION, Map.of("value", decision));
    }
    if (reason != null) {
      fields.put(DUPLICATE_REASON, Map.of("value", reason));
    }
    return json.writeValueAsString(Map.of("variables", fields));
  }
}
