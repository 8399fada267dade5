package cn.xinfang.platform.handling;

import static cn.xinfang.platform.handling.HandlingVariables.EXTENSION_COMMENT;
import static cn.xinfang.platform.handling.HandlingVariables.EXTENSION_DECISION;
import static cn.xinfang.platform.handling.HandlingVariables.REFUSE;
import static cn.xinfang.platform.handling.HandlingVariables.RETURN;
import static cn.xinfang.platform.handling.HandlingVariables.UNIT_COMMENT;
import static cn.xinfang.platform.intake.PetitionVariables.REPLY_COMMENT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.CaseTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.junit.jupiter.api.Test;

/**
 * The read-only boxes for a leader's comment show only when a leader has written one: an official
 * opening 办理 or 汇总答复意见书 for the first time sees no empty 领导意见 or 延期审批意见 boxes. The forms are the
 * ones deployed for the tasks, their hide conditions evaluated with Camunda's FEEL engine on the
 * task's variables, as Tasklist's form-js evaluates them.
 */
class EmptyCommentBoxesTest extends CaseTest {

  /** The unit the catalogue sends a wage claim to. */
  private static final String UNIT = "human-resources";

  private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void handlingShowsTheLeadersCommentsOnlyOnceALeaderHasWrittenThem() throws IOException {
    Registration r = flow.register(Petitions.claim(873).build());
    flow.forward(r.caseNo(), null, UNIT);
    flow.signFor(UNIT, r.caseNo());

    assertThat(shown(r.caseNo(), "Task_HandleCase", UNIT_COMMENT)).isFalse();
    assertThat(shown(r.caseNo(), "Task_HandleCase", EXTENSION_COMMENT)).isFalse();

    flow.handle(UNIT, r.caseNo());
    flow.leaderDecides(UNIT, r.caseNo(), RETURN);
    assertThat(shown(r.caseNo(), "Task_HandleCase", UNIT_COMMENT)).isTrue();
    assertThat(shown(r.caseNo(), "Task_HandleCase", EXTENSION_COMMENT)).isFalse();

    flow.requestExtension(UNIT, r.caseNo(), 10);
    desk.complete(
        UNIT + "-leader",
        r.caseNo(),
        "Task_ApproveExtension",
        Map.of(EXTENSION_DECISION, REFUSE, EXTENSION_COMMENT, "证明材料已齐备，请按期办结"));
    assertThat(shown(r.caseNo(), "Task_HandleCase", EXTENSION_COMMENT)).isTrue();
  }

  @Test
  void consolidationShowsTheLeadersCommentOnlyOnceTheReplyWasReturned() throws IOException {
    Registration r = flow.register(Petitions.claim(874).build());
    flow.forward(r.caseNo(), null, UNIT);
    flow.unitHandles(UNIT, r.caseNo());

    assertThat(shown(r.caseNo(), "Task_ConsolidateReply", REPLY_COMMENT)).isFalse();

    flow.consolidate(UNIT, r.caseNo());
    flow.leaderDecidesReply(UNIT, r.caseNo(), RETURN);
    assertThat(shown(r.caseNo(), "Task_ConsolidateReply", REPLY_COMMENT)).isTrue();
  }

  @Test
  void anEmptyCommentCountsAsNone() throws IOException {
    Registration r = flow.register(Petitions.claim(875).build());
    flow.forward(r.caseNo(), null, UNIT);
    flow.signFor(UNIT, r.caseNo());
    JsonNode form =
        deployedForm(desk.visibleTask(UNIT + "-official", r.caseNo(), "Task_HandleCase"));

    Map<String, Object> blank = new HashMap<>();
    blank.put(UNIT_COMMENT, "");
    blank.put(EXTENSION_COMMENT, null);
    assertThat(hides(form, UNIT_COMMENT, blank)).isTrue();
    assertThat(hides(form, EXTENSION_COMMENT, blank)).isTrue();
    assertThat(hides(form, UNIT_COMMENT, Map.of(UNIT_COMMENT, "请补充"))).isFalse();
  }

  /** Whether the box {@code key} shows on the case's task as the unit's official opens it now. */
  private boolean shown(String caseNo, String taskKey, String key) throws IOException {
    Task task = desk.visibleTask(UNIT + "-official", caseNo, taskKey);
    return !hides(deployedForm(task), key, tasks.getVariables(task.getId()));
  }

  private JsonNode deployedForm(Task task) throws IOException {
    try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
      return json.readTree(form);
    }
  }

  /** Evaluates the field's {@code conditional.hide} (a form-js {@code =FEEL} expression). */
  private static boolean hides(JsonNode form, String key, Map<String, Object> variables) {
    JsonNode field = null;
    for (JsonNode component : form.path("components")) {
      if (key.equals(component.path("key").asText())) {
        field = component;
      }
    }
    assertThat(field).as("field %s of form %s", key, form.path("id").asText()).isNotNull();
    assertThat(field.path("readonly").asBoolean()).as("%s is read-only", key).isTrue();
    String hide = field.path("conditional").path("hide").asText();
    assertThat(hide).as("hide condition of %s", key).startsWith("=");

    EvaluationResult result = FEEL.evaluateExpression(hide.substring(1), variables);
    assertThat(result.isSuccess()).as(() -> hide + " fails: " + result.failure()).isTrue();
    assertThat(result.result()).as("%s is true or false", hide).isInstanceOf(Boolean.class);
    return (Boolean) result.result();
  }
}
