package cn.xinfang.platform.validation;

import static cn.xinfang.platform.handling.HandlingVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.casefile.CaseView;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.DemoUser;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The longest texts the forms allow go through a case; longer ones are refused, in Chinese. */
class LongTextsInACaseTest extends CaseTest {

  @LocalServerPort int port;

  @Test
  void aDraftAsLongAsTheFormAllowsIsRecordedWithoutFailing() {
    Registration r = flow.register(Petitions.claim(702).build());
    flow.forward(r.caseNo(), null, "human-resources");
    flow.signFor("human-resources", r.caseNo());
    String draft = "答".repeat(TextField.DRAFT_REPLY.maxLength());

    desk.complete(
        "human-resources-official",
        r.caseNo(),
        "Task_HandleCase",
        Map.of(HANDLING_ACTION, HANDLED, FINDINGS, "查明", MEASURES, "措施", DRAFT_REPLY, draft));

    assertThat(view(r.caseNo()).record())
        .filteredOn(e -> e.action().equals("HANDLED"))
        .singleElement()
        .extracting(CaseView.Entry::detail)
        .satisfies(d -> assertThat(d.length()).isEqualTo(CaseRecord.DETAIL_MAX_LENGTH))
        .satisfies(d -> assertThat(d).endsWith("……"));
  }

  @Test
  void aWrittenReplyLongerThanItsLimitIsRefusedInTasklistAndTheTaskStaysOpen() {
    Registration r = flow.register(Petitions.claim(703).build());
    flow.forward(r.caseNo(), null, "human-resources");
    flow.unitHandles("human-resources", r.caseNo());
    Task consolidate =
        desk.visibleTask("human-resources-official", r.caseNo(), "Task_ConsolidateReply");
    DemoUser official = DemoUser.of("human-resources-official", port);
    official.postJson(
        "/engine-rest/task/" + consolidate.getId() + "/claim",
        "{\"userId\":\"human-resources-official\"}");

    HttpResponse<String> refused =
        official.postJson(
            "/engine-rest/task/" + consolidate.getId() + "/submit-form",
            "{\"variables\":{\"replyText\":{\"value\":\"" + "复".repeat(8000) + "\"}}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("答复意见书不能超过 4000 个字").doesNotContainIgnoringCase("sql");
    assertThat(tasks.createTaskQuery().taskId(consolidate.getId()).count()).isEqualTo(1);

    HttpResponse<String> longest =
        official.postJson(
            "/engine-rest/task/" + consolidate.getId() + "/submit-form",
            "{\"variables\":{\"replyText\":{\"value\":\"" + "复".repeat(4000) + "\"}}}");
    assertThat(longest.statusCode()).as(longest.body()).isEqualTo(204);
  }
}
