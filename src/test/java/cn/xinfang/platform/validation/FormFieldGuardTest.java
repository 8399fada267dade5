package cn.xinfang.platform.validation;

import static cn.xinfang.platform.handling.HandlingVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xinfang.platform.calendar.Deadline;
import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseUnits;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.DemoUser;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A user task accepts only its own form's fields: whatever else a completing official sends is
 * refused in Chinese and changes nothing; what the form only shows is ignored; the case and the
 * unit a step belongs to come from the process.
 */
class FormFieldGuardTest extends CaseTest {

  @LocalServerPort int port;
  @Autowired CaseUnits units;

  @Test
  void signingForWithAnotherUnitIsRefusedAndChangesNothing() {
    Registration r = flow.register(Petitions.claim(601).build());
    flow.forward(r.caseNo(), "两个单位共同办理", "human-resources", "housing");

    Map<String, Object> asAnotherUnit = Map.of(SIGN_DECISION, SIGN, UNIT, "human-resources");
    assertThatThrownBy(
            () -> desk.complete("housing-official", r.caseNo(), "Task_SignFor", asAnotherUnit))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("表单中没有可填写的「unit」");

    assertThat(desk.countVisible("housing-official", r.caseNo(), "Task_SignFor")).isEqualTo(1);
    assertThat(unit(r.caseNo(), "housing").status()).isEqualTo("ASSIGNED");
    assertThat(unit(r.caseNo(), "human-resources").status()).isEqualTo("ASSIGNED");
    assertThat(actions(r.caseNo())).doesNotContain(CaseAction.SIGNED_FOR);
  }

  @Test
  void overRestAForeignFieldAnswers400NamingItAndTheTaskStaysOpen() {
    Registration r = flow.register(Petitions.claim(602).build());
    flow.forward(r.caseNo(), null, "human-resources");
    Task signFor = desk.visibleTask("human-resources-official", r.caseNo(), "Task_SignFor");

    for (String endpoint : new String[] {"submit-form", "complete"}) {
      HttpResponse<String> refused =
          as("human-resources-official")
              .postJson(
                  "/engine-rest/task/" + signFor.getId() + "/" + endpoint,
                  """
                  {"variables":{"signDecision":{"value":"SIGN"},
                    "unit":{"value":"housing"}}}
                  """);

      assertThat(refused.statusCode()).as(endpoint).isEqualTo(400);
      assertThat(refused.body())
          .contains("表单中没有可填写的「unit」")
          .doesNotContainIgnoringCase("sql")
          .doesNotContain("ENGINE-", "Exception");
    }
    assertThat(tasks.createTaskQuery().taskId(signFor.getId()).count()).isEqualTo(1);
    assertThat(runtime.getVariable(signFor.getProcessInstanceId(), "caseNo")).isEqualTo(r.caseNo());
  }

  @Test
  void whatTheFormOnlyShowsIsIgnoredWhenTasklistSendsItBack() {
    Registration r = flow.register(Petitions.claim(603).build());
    flow.forward(r.caseNo(), null, "human-resources");
    Task signFor = desk.visibleTask("human-resources-official", r.caseNo(), "Task_SignFor");
    Object summary = runtime.getVariable(signFor.getProcessInstanceId(), "summary");

    desk.complete(
        "human-resources-official",
        r.caseNo(),
        "Task_SignFor",
        Map.of(SIGN_DECISION, SIGN, CASE_NO, r.caseNo(), "summary", "被改写的摘要", "content", "被改写的内容"));

    assertThat(unit(r.caseNo(), "human-resources").status()).isEqualTo("HANDLING");
    Task handle = desk.visibleTask("human-resources-official", r.caseNo(), "Task_HandleCase");
    assertThat(runtime.getVariable(handle.getProcessInstanceId(), "summary")).isEqualTo(summary);
    assertThat(runtime.getVariable(handle.getProcessInstanceId(), "content"))
        .isNotEqualTo("被改写的内容");
  }

  @Test
  void theLeaderCannotRaiseTheDaysTheOfficialAskedFor() {
    Registration r = flow.register(Petitions.claim(604).build());
    flow.forward(r.caseNo(), null, "human-resources");
    flow.signFor("human-resources", r.caseNo());
    LocalDate deadline = unit(r.caseNo(), "human-resources").handlingDeadline();
    flow.requestExtension("human-resources", r.caseNo(), 10);

    desk.complete(
        "human-resources-leader",
        r.caseNo(),
        "Task_ApproveExtension",
        Map.of(EXTENSION_DECISION, APPROVE, EXTENSION_DAYS, 30));

    assertThat(unit(r.caseNo(), "human-resources").extendedDays()).isEqualTo(10);
    assertThat(unit(r.caseNo(), "human-resources").handlingDeadline()).isAfter(deadline);
  }

  @Test
  void approvingAnExtensionChecksTheCapAndTheOneExtensionRuleAgain() {
    Registration r = flow.register(Petitions.claim(605).build());
    flow.forward(r.caseNo(), null, "human-resources");
    flow.signFor("human-resources", r.caseNo());
    flow.requestExtension("human-resources", r.caseNo(), 10);
    Task approval = desk.visibleTask("human-resources-leader", r.caseNo(), "Task_ApproveExtension");

    // an administrator's edit in Cockpit is not a form: the server checks the days again
    runtime.setVariable(approval.getProcessInstanceId(), EXTENSION_DAYS, 45);
    assertThatThrownBy(() -> flow.approveExtension("human-resources", r.caseNo()))
        .hasMessageContaining("延期天数应为 1 至 30 的整数");

    // an extension recorded meanwhile (another node, another request) closes this one
    runtime.setVariable(approval.getProcessInstanceId(), EXTENSION_DAYS, 10);
    units.extendHandling(
        r.caseNo(), "human-resources", 5, new Deadline(LocalDate.of(2026, 12, 31), false));
    assertThatThrownBy(() -> flow.approveExtension("human-resources", r.caseNo()))
        .hasMessageContaining("已延期一次");
    assertThat(desk.countVisible("human-resources-leader", r.caseNo(), "Task_ApproveExtension"))
        .isEqualTo(1);
  }

  @Test
  void aRefusedObjectionReopensSigningWithNothingChosen() {
    Registration r = flow.register(Petitions.claim(606).build());
    flow.forward(r.caseNo(), null, "human-resources");
    flow.object("human-resources", r.caseNo());
    flow.refuseObjection(r.caseNo());

    Task signFor = desk.visibleTask("human-resources-official", r.caseNo(), "Task_SignFor");
    assertThat(runtime.getVariables(signFor.getProcessInstanceId()))
        .doesNotContainKeys(SIGN_DECISION, OBJECTION_REASON);
    // submitting the reopened form unchanged records nothing, least of all passing the buck
    assertThatThrownBy(
            () -> desk.complete("human-resources-official", r.caseNo(), "Task_SignFor", Map.of()))
        .hasMessageContaining("请选择签收意见");
    assertThat(actions(r.caseNo())).doesNotContain(CaseAction.BUCK_PASSING);
    assertThat(unit(r.caseNo(), "human-resources").objections()).isEqualTo(1);
  }

  @Test
  void aDraftSentBackKeepsItsTextButNotTheEarlierDecision() {
    Registration r = flow.register(Petitions.claim(607).build());
    flow.forward(r.caseNo(), null, "human-resources");
    flow.signFor("human-resources", r.caseNo());
    flow.handle("human-resources", r.caseNo());
    flow.leaderDecides("human-resources", r.caseNo(), RETURN);

    Task handle = desk.visibleTask("human-resources-official", r.caseNo(), "Task_HandleCase");
    Map<String, Object> variables = runtime.getVariables(handle.getProcessInstanceId());
    assertThat(variables).doesNotContainKeys(HANDLING_ACTION);
    assertThat(variables.get(FINDINGS)).asString().contains("反映情况基本属实");
    assertThat(variables.get(UNIT_COMMENT)).isEqualTo("查明情况不够具体，请补充");
    flow.handle("human-resources", r.caseNo());
    Task approval = desk.visibleTask("human-resources-leader", r.caseNo(), "Task_ApproveUnitReply");
    assertThat(runtime.getVariables(approval.getProcessInstanceId()))
        .doesNotContainKeys(UNIT_DECISION, UNIT_COMMENT);
  }

  @Test
  void textOverItsLimitIsRefusedBeforeAnythingIsWritten() {
    Registration r = flow.register(Petitions.claim(608).build());
    flow.forward(r.caseNo(), null, "human-resources");
    Map<String, Object> tooLong = new HashMap<>();
    tooLong.put(SIGN_DECISION, OBJECT);
    tooLong.put(OBJECTION_REASON, "理".repeat(TextField.OBJECTION_REASON.maxLength() + 1));

    assertThatThrownBy(
            () -> desk.complete("human-resources-official", r.caseNo(), "Task_SignFor", tooLong))
        .hasMessageContaining("退回理由不能超过 2000 个字");
    assertThat(unit(r.caseNo(), "human-resources").objections()).isZero();
  }

  @Test
  void nobodyButAnAdministratorStartsAPetitionHalfWay() {
    long before = runtime.createProcessInstanceQuery().count();

    assertThatThrownBy(
            () ->
                desk.asUser(
                    "registrar",
                    () ->
                        runtime
                            .createProcessInstanceByKey("petition")
                            .startBeforeActivity("Task_ReviewRegistration")
                            .setVariable(CASE_NO, "XF-2026-000001")
                            .execute()))
        .hasMessageContaining("只能从开始事件启动流程");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  private DemoUser as(String user) {
    return DemoUser.of(user, port);
  }
}
