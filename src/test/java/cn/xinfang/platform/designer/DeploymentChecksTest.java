package cn.xinfang.platform.designer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.DemoUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A designer's deployment through /engine-rest, as Modeler sends it: a clean model is accepted;
 * each slip is refused with a Chinese finding naming the element, and nothing of it is deployed.
 */
class DeploymentChecksTest extends CaseTest {

  @LocalServerPort int port;
  @Autowired RepositoryService repository;

  /** A process with one user task; {@code task} replaces its attributes, {@code more} adds. */
  static String process(String id, String task, String more) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="check" id="Defs">
          <bpmn:process id="%s" name="设计检查" isExecutable="true" camunda:historyTimeToLive="30">
            <bpmn:startEvent id="Start_Check" name="开始"/>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start_Check" targetRef="Task_Check"/>
            <bpmn:userTask id="Task_Check" name="办理" %s/>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Check" targetRef="End_Check"/>
            <bpmn:endEvent id="End_Check" name="结束"/>
            %s
          </bpmn:process>
        </bpmn:definitions>
        """
        .formatted(id, task, more);
  }

  static final String GOOD_TASK =
      "camunda:formRef=\"sign-for\" camunda:formRefBinding=\"latest\""
          + " camunda:candidateGroups=\"police\" camunda:dueDate=\"${now()}\"";

  @Test
  void aCleanModelIsAccepted() {
    HttpResponse<String> answer =
        designer()
            .deploy(
                "设计检查",
                "design-check.bpmn",
                process(
                    "design-check",
                    GOOD_TASK,
                    "<bpmn:serviceTask id=\"Task_Remind\" name=\"提醒\""
                        + " camunda:delegateExpression=\"${sendDeadlineReminderDelegate}\"/>"));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "camunda:candidateGroups=\"police\" camunda:dueDate=\"${now()}\"| |用户任务没有表单",
        "camunda:formRef=\"no-such-form\" camunda:formRefBinding=\"latest\" camunda:candidateGroups=\"police\" camunda:dueDate=\"${now()}\"| |表单 no-such-form 不存在",
        "camunda:formRef=\"sign-for\" camunda:formRefBinding=\"latest\" camunda:candidateGroups=\"police\"| |用户任务没有截止时间",
        "camunda:formRef=\"sign-for\" camunda:formRefBinding=\"latest\" camunda:dueDate=\"${now()}\"| |用户任务没有候选组",
        "camunda:formRef=\"sign-for\" camunda:formRefBinding=\"latest\" camunda:candidateGroups=\"polise\" camunda:dueDate=\"${now()}\"| |候选组 polise 不在组织机构中",
        "GOOD|<bpmn:serviceTask id=\"Task_Remind\" camunda:delegateExpression=\"${sendDeadlineRemindr}\"/>|平台组件 sendDeadlineRemindr 不存在",
        "GOOD|<bpmn:intermediateThrowEvent id=\"Throw_Esc\"><bpmn:escalationEventDefinition escalationRef=\"Esc_Nobody\"/></bpmn:intermediateThrowEvent>|升级 nobody-catches 没有任何流程捕获",
        "GOOD|<bpmn:intermediateThrowEvent id=\"Throw_Msg\"><bpmn:messageEventDefinition messageRef=\"Msg_Nobody\" camunda:delegateExpression=\"${sendMailDelegate}\"/></bpmn:intermediateThrowEvent>|消息 nobody-listens 没有任何流程接收",
      })
  void eachSlipIsRefusedNamingTheElementAndNothingIsDeployed(
      String task, String more, String finding) {
    String bpmn =
        process("design-slip", task.equals("GOOD") ? GOOD_TASK : task, more == null ? "" : more)
            .replace(
                "</bpmn:definitions>",
                "<bpmn:escalation id=\"Esc_Nobody\" escalationCode=\"nobody-catches\"/>"
                    + "<bpmn:message id=\"Msg_Nobody\" name=\"nobody-listens\"/></bpmn:definitions>");

    HttpResponse<String> answer = designer().deploy("设计检查", "design-slip.bpmn", bpmn);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains(finding, "\"mainElementId\"").doesNotContain("ENGINE-");
    assertThat(
            repository.createProcessDefinitionQuery().processDefinitionKey("design-slip").count())
        .isZero();
  }

  @Test
  void aProcessWithoutHistoryTimeToLiveIsRefusedInChinese() {
    HttpResponse<String> answer =
        designer()
            .deploy(
                "设计检查",
                "design-ttl.bpmn",
                process("design-ttl", GOOD_TASK, "")
                    .replace(" camunda:historyTimeToLive=\"30\"", ""));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("流程没有历史保留期");
  }

  @Test
  void aMistypedUnitInTheCatalogueIsRefusedNamingTheRuleAndTheCode() throws Exception {
    long before =
        repository
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey("responsibility-catalogue")
            .count();
    String catalogue = Files.readString(Path.of("processes/responsibility-catalogue.dmn"));
    String typo =
        catalogue.replace(
            "<outputEntry id=\"Rule_06_Unit\"><text>\"housing\"</text>",
            "<outputEntry id=\"Rule_06_Unit\"><text>\"housnig\"</text>");
    assertThat(typo).isNotEqualTo(catalogue);

    HttpResponse<String> answer = designer().deploy("责任目录", "responsibility-catalogue.dmn", typo);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains("housnig 不在组织机构中", "规则 Rule_");
    assertThat(
            repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey("responsibility-catalogue")
                .count())
        .as("nothing of it is deployed")
        .isEqualTo(before);
  }

  @Test
  void aProcessThatWouldNoLongerReceiveAPlatformMessageIsRefused() throws Exception {
    String supervision =
        Files.readString(Path.of("processes/supervision.bpmn"))
            .replace("name=\"supervision-requested\"", "name=\"supervision-request\"");

    HttpResponse<String> answer = designer().deploy("督查督办", "supervision.bpmn", supervision);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains("平台发出的消息 supervision-requested 部署后将没有流程接收");
  }

  @Test
  void thePreviewListsThePastCasesAChangedCatalogueWouldSendElsewhere() throws Exception {
    var housingCase = flow.register(Petitions.claim(994).about("housing").build());
    var otherCase = flow.register(Petitions.claim(995).build());
    String catalogue = Files.readString(Path.of("processes/responsibility-catalogue.dmn"));
    String changed =
        catalogue.replace(
            "<outputEntry id=\"Rule_06_Unit\"><text>\"housing\"</text>",
            "<outputEntry id=\"Rule_06_Unit\"><text>\"natural-resources\"</text>");

    int version = latestCatalogueVersion();
    HttpResponse<String> answer = preview(designer(), changed);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode body = new ObjectMapper().readTree(answer.body());
    assertThat(body.get("compared").asInt()).isGreaterThanOrEqualTo(2);
    List<String> moved = new ArrayList<>();
    body.get("moved").forEach(m -> moved.add(m.get("caseNo").asText()));
    assertThat(moved).contains(housingCase.caseNo()).doesNotContain(otherCase.caseNo());
    JsonNode row = body.get("moved").get(moved.indexOf(housingCase.caseNo()));
    assertThat(row.get("before").get("units").toString()).contains("housing");
    assertThat(row.get("after").get("units").toString())
        .contains("natural-resources")
        .doesNotContain("\"housing\"");
    assertThat(body.get("findings")).isEmpty();
    assertThat(
            repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey("responsibility-catalogue")
                .latestVersion()
                .singleResult()
                .getVersion())
        .as("nothing deployed")
        .isEqualTo(1);

    HttpResponse<String> typo =
        preview(
            designer(),
            catalogue.replace(
                "<text>\"housing\"</text></outputEntry>",
                "<text>\"housnig\"</text></outputEntry>"));
    assertThat(typo.body()).contains("housnig 不在组织机构中", "部署时将被拒绝");
    assertThat(preview(DemoUser.of("police-official", port), changed).statusCode()).isEqualTo(403);
    HttpResponse<String> garbage = preview(designer(), "<not-a-catalogue/>");
    assertThat(garbage.statusCode()).isEqualTo(400);
    assertThat(garbage.body()).contains("目录文件无法读取").doesNotContain("Exception");
  }

  @Test
  void everyDeploymentIsRecordedWithWhatChangedAndTheLatestCanBeRolledBack() throws Exception {
    String catalogue = Files.readString(Path.of("processes/responsibility-catalogue.dmn"));
    String changed =
        catalogue.replace(
            "<outputEntry id=\"Rule_06_Unit\"><text>\"housing\"</text>",
            "<outputEntry id=\"Rule_06_Unit\"><text>\"natural-resources\"</text>");
    HttpResponse<String> deployed =
        designer().deploy("住建事项改由自然资源局", "responsibility-catalogue.dmn", changed);
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    String deploymentId = new ObjectMapper().readTree(deployed.body()).get("id").asText();

    HttpResponse<String> ledger =
        DemoUser.of("manager", port).get("/api/designer/deployments?limit=5");
    assertThat(ledger.statusCode()).isEqualTo(200);
    JsonNode newest = new ObjectMapper().readTree(ledger.body()).get("deployments").get(0);
    assertThat(newest.get("deploymentId").asText()).isEqualTo(deploymentId);
    assertThat(newest.get("actor").asText()).isEqualTo("designer");
    assertThat(newest.get("summary").asText())
        .isEqualTo("responsibility-catalogue.dmn：修改 1 项（Rule_06_Unit）");
    assertThat(DemoUser.of("police-official", port).get("/api/designer/deployments").statusCode())
        .isEqualTo(403);
    assertThat(
            DemoUser.of("police-official", port)
                .get("/api/designer/deployments?ifAllowed=true")
                .statusCode())
        .as("Cockpit's dashboard asks for everyone")
        .isEqualTo(204);
    assertThat(routeOfHousing()).isEqualTo("natural-resources");

    HttpResponse<String> rolledBack =
        designer().postJson("/api/designer/deployments/" + deploymentId + "/rollback", "");
    assertThat(rolledBack.statusCode()).as(rolledBack.body()).isEqualTo(200);
    assertThat(routeOfHousing()).as("the previous version counts again").isEqualTo("housing");
    JsonNode back =
        new ObjectMapper()
            .readTree(DemoUser.of("manager", port).get("/api/designer/deployments?limit=1").body())
            .get("deployments")
            .get(0);
    assertThat(back.get("source").asText()).isEqualTo("回退部署 " + deploymentId);
    assertThat(back.get("summary").asText()).contains("修改 1 项（Rule_06_Unit）");

    HttpResponse<String> again =
        designer().postJson("/api/designer/deployments/" + deploymentId + "/rollback", "");
    assertThat(again.statusCode()).as("only the latest deployment of a model").isEqualTo(409);
    assertThat(again.body()).contains("只能回退最新的一次部署");
    assertThat(
            DemoUser.of("manager", port)
                .postJson("/api/designer/deployments/" + deploymentId + "/rollback", "")
                .statusCode())
        .isEqualTo(403);
  }

  /** The unit the catalogue now gives a housing matter. */
  private String routeOfHousing() {
    return engine
        .getDecisionService()
        .evaluateDecisionByKey("responsibility-catalogue")
        .variables(
            cn.xinfang.platform.routing.ResponsibilityCatalogue.input("housing", null, false, null))
        .evaluate()
        .getFirstResult()
        .getEntry("unit");
  }

  private int latestCatalogueVersion() {
    return repository
        .createDecisionDefinitionQuery()
        .decisionDefinitionKey("responsibility-catalogue")
        .latestVersion()
        .singleResult()
        .getVersion();
  }

  private HttpResponse<String> preview(DemoUser who, String dmn) {
    return who.send(
        who.request("/api/designer/catalogue/preview?last=50")
            .header("Content-Type", "application/xml")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(dmn)));
  }

  private DemoUser designer() {
    return DemoUser.of("designer", port);
  }
}
