package cn.xinfang.platform.routing;

import static cn.xinfang.platform.casefile.CaseAction.REGISTERED;
import static cn.xinfang.platform.intake.PetitionVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.xinfang.platform.casefile.CaseView;
import cn.xinfang.platform.intake.InvalidPetitionException;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.Definitions;
import cn.xinfang.platform.support.DemoUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Registration and acceptance (登记/受理): repeats, collective visits, diversions, routing. */
class AcceptanceTest extends CaseTest {

  @Autowired FormService forms;
  @Autowired RepositoryService repository;
  @LocalServerPort int port;

  @Test
  void theCatalogueSuggestsTheUnitsAndTheRegistrarConfirmsThem() {
    Registration r = flow.register(Petitions.claim(201).about("land").from("village-2-1").build());

    assertThat(variable(r, SUGGESTED_UNITS)).isEqualTo("自然资源局、第二镇（牵头：自然资源局）");
    flow.forward(r.caseNo(), null, "natural-resources", "township-2");

    assertThat(view(r.caseNo()).record())
        .filteredOn(e -> e.action().equals("ROUTED"))
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("依派单目录"));
  }

  @Test
  void theCatalogueProposesDisciplineInspectionForAnAccusation() {
    Registration r =
        flow.register(Petitions.claim(234).about("police-conduct").category("ACCUSATION").build());

    assertThat(variable(r, SUGGESTED_UNITS)).isEqualTo("检举控告公职人员，建议转纪委监委：纪委监委、公安分局（牵头：纪委监委）");
    assertThat(variable(r, LEAD_UNIT)).isEqualTo("discipline");
  }

  @Test
  void theCatalogueProposesThatThePoliticalLegalCommitteeReceivesALawRelatedMatter() {
    Registration r = flow.register(Petitions.claim(235).about("court-case").lawRelated().build());

    assertThat(variable(r, SUGGESTED_UNITS)).isEqualTo("涉法涉诉，建议由政法委受理：政法委、人民法院（牵头：政法委）");
    assertThat(variable(r, LEAD_UNIT)).isEqualTo("political-legal");
  }

  @Test
  void aMatterNoUnitClearlyOwnsGoesToTheDistrictGovernment() {
    Registration r = flow.register(Petitions.claim(202).about("other").build());

    assertThat(variable(r, SUGGESTED_UNITS)).isEqualTo("区人民政府（牵头：区人民政府）");
  }

  @Test
  void overridingTheCatalogueNeedsAReasonWhichIsRecorded() {
    Registration r = flow.register(Petitions.claim(203).build());

    assertThatThrownBy(() -> flow.forward(r.caseNo(), null, "housing"))
        .hasMessageContaining("请填写改派理由");
    assertThat(instance(r)).isWaitingAt("Task_ReviewRegistration");
    assertThatThrownBy(() -> leadOutsideUnits(r.caseNo())).hasMessageContaining("牵头单位必须是所选责任单位之一");

    flow.forward(r.caseNo(), "欠薪涉及在建住宅项目", "housing", "human-resources");
    assertThat(view(r.caseNo()).record())
        .filteredOn(e -> e.action().equals("ROUTED"))
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("改派理由：欠薪涉及在建住宅项目"));
    assertThat(view(r.caseNo()).leadUnit()).isEqualTo("housing");
  }

  @Test
  void aLawRelatedMatterIsDivertedIntoLegalProcedureWithANoticeForThePetitioner() {
    Registration r = flow.register(Petitions.claim(204).about("court-case").lawRelated().build());
    ProcessInstance petition = instance(r);

    flow.decide(r.caseNo(), LEGAL_PROCEDURE, "属于民事诉讼事项，应依法向人民法院提起诉讼");

    assertThat(petition).hasPassed("Task_DivertToLegalProcedure").isEnded();
    CaseView view = view(r.caseNo());
    assertThat(view.status()).isEqualTo("LEGAL_PROCEDURE");
    assertThat(view.record())
        .filteredOn(e -> e.action().equals("LEGAL_PROCEDURE"))
        .singleElement()
        .satisfies(e -> assertThat(e.unit()).isEqualTo("political-legal"));
    CaseView.Notice notice = notice(r.caseNo(), "NON_ACCEPTANCE");
    assertThat(notice.issuingUnit()).isEqualTo("petition-bureau");
    assertThat(notice.statusLabel()).isEqualTo("待送达");
    assertThat(html(r.caseNo(), notice)).contains("不予受理告知书", "诉讼、仲裁、行政复议", "属于民事诉讼事项，应依法向人民法院提起诉讼");
    assertThat(view.record())
        .extracting(CaseView.Entry::action)
        .doesNotContain("PETITIONER_NOTIFIED");
    assertThat(view.units()).isEmpty();
  }

  @Test
  void anAccusationAgainstOfficialsGoesToDisciplineInspection() {
    Registration r =
        flow.register(Petitions.claim(205).about("other").category("ACCUSATION").build());
    ProcessInstance petition = instance(r);

    flow.decide(r.caseNo(), ACCUSATION, "检举村干部侵占集体资金，转纪委监委依规处理");

    assertThat(petition).hasPassed("Task_ForwardToDiscipline").isEnded();
    assertThat(view(r.caseNo()).status()).isEqualTo("TO_DISCIPLINE");
    assertThat(view(r.caseNo()).record())
        .filteredOn(e -> e.action().equals("TO_DISCIPLINE"))
        .singleElement()
        .satisfies(e -> assertThat(e.unit()).isEqualTo("discipline"));
  }

  @Test
  void aCaseDivertedIntoLegalProcedureIsReadableByThePoliticalLegalCommittee() {
    Registration r = flow.register(Petitions.claim(236).about("court-case").lawRelated().build());
    assertThat(reading(r.caseNo(), "political-legal-official")).isIn(403, 404);

    flow.decide(r.caseNo(), LEGAL_PROCEDURE, "属于民事诉讼事项，应依法向人民法院提起诉讼");

    assertThat(reading(r.caseNo(), "political-legal-official")).isEqualTo(200);
    assertThat(reading(r.caseNo(), "political-legal-leader")).isEqualTo(200);
    assertThat(reading(r.caseNo(), "discipline-official")).isIn(403, 404);
  }

  @Test
  void anAccusationForwardedToDisciplineInspectionIsReadableByIt() {
    Registration r =
        flow.register(Petitions.claim(237).about("other").category("ACCUSATION").build());
    assertThat(reading(r.caseNo(), "discipline-official")).isIn(403, 404);

    flow.decide(r.caseNo(), ACCUSATION, "检举村干部侵占集体资金，转纪委监委依规处理");

    assertThat(reading(r.caseNo(), "discipline-official")).isEqualTo(200);
    assertThat(reading(r.caseNo(), "discipline-leader")).isEqualTo(200);
    assertThat(reading(r.caseNo(), "political-legal-official")).isIn(403, 404);
  }

  @Test
  void aRepeatedPetitionIsLinkedToTheOpenCaseInsteadOfOpeningASecond() {
    Registration first = flow.register(Petitions.claim(206).build());
    long instances = runtime.createProcessInstanceQuery().count();

    Registration again = flow.register(Petitions.claim(206).content("再次反映欠薪问题，至今未解决").build());

    assertThat(again.linkedToOpenCase()).isTrue();
    assertThat(again.caseNo()).isEqualTo(first.caseNo());
    assertThat(again.queryCode()).isNull();
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(view(first.caseNo()).record())
        .filteredOn(e -> e.action().equals("DUPLICATE_LINKED"))
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("再次反映欠薪问题"));

    Registration otherMatter = flow.register(Petitions.claim(206).about("housing").build());
    assertThat(otherMatter.linkedToOpenCase()).isFalse();
    assertThat(otherMatter.caseNo()).isNotEqualTo(first.caseNo());
  }

  @Test
  void aClosedCaseDoesNotSwallowANewPetition() {
    Registration first =
        flow.register(Petitions.claim(207).about("court-case").lawRelated().build());
    flow.decide(first.caseNo(), LEGAL_PROCEDURE, "导入诉讼程序");

    Registration later = flow.register(Petitions.claim(207).about("court-case").build());

    assertThat(later.linkedToOpenCase()).isFalse();
    assertThat(later.caseNo()).isNotEqualTo(first.caseNo());
  }

  @Test
  void aCollectivePetitionRecordsAtMostFiveRepresentatives() {
    assertThatThrownBy(
            () ->
                flow.register(
                    Petitions.claim(208)
                        .headcount(40)
                        .withRepresentatives(209, 210, 211, 212, 213)
                        .build()))
        .isInstanceOf(InvalidPetitionException.class)
        .satisfies(
            e ->
                assertThat(((InvalidPetitionException) e).errors())
                    .extracting(f -> f.field() + "：" + f.message())
                    .containsExactly("petitioners：集体访最多登记 5 名代表（信访工作条例第二十条）"));

    Registration r =
        flow.register(
            Petitions.claim(214).headcount(40).withRepresentatives(215, 216, 217, 218).build());

    CaseView view = view(r.caseNo());
    assertThat(view.collective()).isTrue();
    assertThat(view.headcount()).isEqualTo(40);
    assertThat(view.petitioners()).hasSize(5);
    assertThat((String) variable(r, SUMMARY)).startsWith("王214等 40 人（集体访）反映");
  }

  @Test
  void theStartFormInTasklistRegistersTheCaseLikeTheApi() {
    Map<String, Object> form = startForm(219);
    ProcessInstance[] started = new ProcessInstance[1];

    desk.asUser("registrar", () -> started[0] = forms.submitStartForm(definitionId(), form));

    String caseNo = started[0].getBusinessKey();
    assertThat(caseNo).matches("XF-\\d{4}-\\d{6}");
    assertThat(started[0]).isWaitingAt("Task_ReviewRegistration");
    CaseView view = view(caseNo);
    assertThat(view.registeredBy()).isEqualTo("registrar");
    assertThat(view.petitioners())
        .singleElement()
        .satisfies(p -> assertThat(p.idNumber()).isEqualTo(Petitions.idNumber(219)));
    assertThat(actions(caseNo)).containsExactly(REGISTERED);

    assertThatThrownBy(
            () ->
                desk.asUser(
                    "registrar", () -> forms.submitStartForm(definitionId(), startForm(219))))
        .hasMessageContaining("已有在办案件 " + caseNo);
  }

  @Test
  void theStartFormRecordsTheRepresentativesOfACollectiveVisit() {
    Map<String, Object> form = startForm(223);
    form.put(HEADCOUNT, 30L);
    form.put(REPRESENTATIVES, representatives(224, 225, 226, 227));
    ProcessInstance[] started = new ProcessInstance[1];

    desk.asUser("registrar", () -> started[0] = forms.submitStartForm(definitionId(), form));

    CaseView view = view(started[0].getBusinessKey());
    assertThat(view.collective()).isTrue();
    assertThat(view.petitioners())
        .extracting(p -> p.idNumber())
        .containsExactly(
            Petitions.idNumber(223),
            Petitions.idNumber(224),
            Petitions.idNumber(225),
            Petitions.idNumber(226),
            Petitions.idNumber(227));

    Map<String, Object> tooMany = startForm(228);
    tooMany.put(HEADCOUNT, 30L);
    tooMany.put(REPRESENTATIVES, representatives(229, 230, 231, 232, 233));
    assertThatThrownBy(
            () -> desk.asUser("registrar", () -> forms.submitStartForm(definitionId(), tooMany)))
        .hasMessageContaining("集体访最多登记 5 名代表");
  }

  /** As the registrar types them: one per line, name, ID number and phone. */
  private static String representatives(int... seeds) {
    StringBuilder lines = new StringBuilder();
    for (int seed : seeds) {
      lines
          .append("代表")
          .append(seed)
          .append(' ')
          .append(Petitions.idNumber(seed))
          .append("，13900001111\n");
    }
    return lines.toString();
  }

  @Test
  void anInvalidStartFormIsRefusedInChineseAndStartsNothing() {
    Map<String, Object> form = startForm(220);
    form.put(PETITIONER_ID_NUMBER, "110102198001010000");
    form.remove(CONTENT);
    long before = runtime.createProcessInstanceQuery().count();

    assertThatThrownBy(
            () -> desk.asUser("registrar", () -> forms.submitStartForm(definitionId(), form)))
        .hasMessageContaining("公民身份号码有误")
        .hasMessageContaining("请填写信访内容");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void aPetitionCannotBeStartedOnSomeoneElsesCaseNumber() {
    Registration existing = flow.register(Petitions.claim(221).build());
    Map<String, Object> forged = startForm(222);
    forged.put(CASE_NO, existing.caseNo());
    long before = runtime.createProcessInstanceQuery().count();

    assertThatThrownBy(
            () -> desk.asUser("registrar", () -> forms.submitStartForm(definitionId(), forged)))
        .hasMessageContaining("表单中没有可填写的「caseNo」");
    assertThatThrownBy(
            () ->
                desk.asUser(
                    "registrar",
                    () ->
                        runtime
                            .createProcessInstanceByKey(PROCESS_ID)
                            .setVariables(forged)
                            .execute()))
        .hasMessageContaining("表单中没有可填写的「caseNo」");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
    assertThat(view(existing.caseNo()).record()).hasSize(1);
  }

  private Map<String, Object> startForm(int seed) {
    Map<String, Object> form = new HashMap<>();
    form.put(CHANNEL, "VISIT");
    form.put(PETITIONER_NAME, "赵" + seed);
    form.put(PETITIONER_ID_NUMBER, Petitions.idNumber(seed));
    form.put(PETITIONER_PHONE, "0471-6123456");
    form.put(HEADCOUNT, 1L);
    form.put(CATEGORY, "CLAIM");
    form.put(MATTER_TYPE, "social-security");
    form.put(LAW_RELATED, false);
    form.put(REGION, "village-2-2");
    form.put(CONTENT, "养老保险待遇核定有误，申请重新核定。");
    return form;
  }

  private String definitionId() {
    return Definitions.latest(repository, PROCESS_ID);
  }

  private void leadOutsideUnits(String caseNo) {
    desk.complete(
        "registrar",
        caseNo,
        "Task_ReviewRegistration",
        Map.of(
            ACCEPTANCE_DECISION,
            FORWARD,
            RESPONSIBLE_UNITS,
            UnitList.json(List.of("human-resources")),
            LEAD_UNIT,
            "housing",
            ROUTING_REASON,
            "测试"));
  }

  /** The status {@code GET /api/petitions/{caseNo}} answers the user. */
  private int reading(String caseNo, String user) {
    return DemoUser.of(user, port).get("/api/petitions/" + caseNo).statusCode();
  }

  private Object variable(Registration r, String name) {
    return runtime.getVariable(r.processInstanceId(), name);
  }
}
