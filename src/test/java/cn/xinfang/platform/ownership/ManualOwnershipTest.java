package cn.xinfang.platform.ownership;

import static cn.xinfang.platform.ownership.OwnershipVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.DemoUser;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 指定包案 by hand: from Tasklist's start form and through {@code POST /api/ownership}. */
class ManualOwnershipTest extends CaseTest {

  @Autowired FormService forms;
  @Autowired RepositoryService repository;
  @Autowired Ownerships ownerships;
  @LocalServerPort int port;

  @Test
  void theBureauNamesACaseForADistrictLeaderFromTasklist() {
    String caseNo = flow.register(Petitions.claim(961).build()).caseNo();
    desk.asUser(
        "registrar",
        () ->
            forms.submitStartForm(
                definitionId(),
                Map.of(CASE_NO, caseNo, OWNER_LEVEL, "district", ASSIGN_REASON, "涉及多个部门，需区领导协调")));
    Ownerships.Ownership o = ownerships.ofCase(caseNo).orElseThrow();
    assertThat(o.reason()).isEqualTo(OwnershipReason.ASSIGNED);
    assertThat(o.ownerLevel()).isEqualTo("district");
    assertThat(desk.countVisible("registrar", caseNo, "Task_ProposeOwner")).isEqualTo(1);
    assertThat(view(caseNo).record())
        .anySatisfy(e -> assertThat(e.detail()).contains("指定包案", "涉及多个部门，需区领导协调"));
  }

  @Test
  void anOfficialMayNotNameACaseForOwnership() {
    String caseNo = flow.register(Petitions.claim(962).build()).caseNo();
    assertThatThrownBy(
            () ->
                desk.asUser(
                    "court-official",
                    () ->
                        forms.submitStartForm(
                            definitionId(),
                            Map.of(CASE_NO, caseNo, OWNER_LEVEL, "district", ASSIGN_REASON, "x"))))
        .isInstanceOf(AuthorizationException.class);
    assertThat(ownerships.ofCase(caseNo)).isEmpty();
  }

  @Test
  void aSupervisorNamesACaseThroughTheApiOnceAndASecondTimeJoins() throws Exception {
    String caseNo = flow.register(Petitions.claim(963).build()).caseNo();
    String body = "{\"caseNo\":\"" + caseNo + "\",\"ownerLevel\":\"district\",\"reason\":\"高风险\"}";
    HttpResponse<String> first = DemoUser.of("supervisor", port).postJson("/api/ownership", body);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    HttpResponse<String> again = DemoUser.of("supervisor", port).postJson("/api/ownership", body);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(again.body()).contains("\"joined\":true");

    HttpResponse<String> bad =
        DemoUser.of("registrar", port)
            .postJson(
                "/api/ownership", "{\"caseNo\":\"XF-1999-000001\",\"ownerLevel\":\"galaxy\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("案件编号不存在", "包案领导层级只能是", "请填写指定包案理由");
    assertThat(DemoUser.of("court-official", port).postJson("/api/ownership", body).statusCode())
        .isEqualTo(403);
  }

  private String definitionId() {
    return repository
        .createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS_ID)
        .latestVersion()
        .singleResult()
        .getId();
  }
}
