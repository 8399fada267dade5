package cn.xinfang.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.Browser;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.DemoUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.function.Consumer;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist changes a task's due and follow-up dates by sending the whole task back as it read it,
 * Camunda Form reference included ({@code camundaFormRef}); the engine's own REST layer cannot read
 * that property back. The platform reads it, through the webapp's API and through {@code
 * /engine-rest} alike.
 */
class TaskDatesFromTasklistTest extends CaseTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  @Test
  void datesChangedInTasklistStick() throws Exception {
    Task task = reviewTaskOf(flow.register(Petitions.claim(901).build()));

    HttpResponse<String> saved =
        inTasklist(
            "admin",
            task,
            dto -> {
              assertThat(dto.path("camundaFormRef").path("key").asText())
                  .isEqualTo("petition-review");
              dto.put("due", "2026-12-31T23:59:59.000+0800");
              dto.put("followUp", "2026-12-20T09:00:00.000+0800");
            });

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(204);
    Task after = reread(task);
    assertThat(after.getDueDate()).isEqualTo(at("2026-12-31T23:59:59+08:00"));
    assertThat(after.getFollowUpDate()).isEqualTo(at("2026-12-20T09:00:00+08:00"));
  }

  @Test
  void datesChangedThroughTheRestApiStick() throws Exception {
    Task task = reviewTaskOf(flow.register(Petitions.claim(902).build()));

    HttpResponse<String> saved =
        overRest(
            "admin",
            task,
            dto -> {
              assertThat(dto.path("camundaFormRef").path("key").asText())
                  .isEqualTo("petition-review");
              dto.putNull("due");
              dto.put("followUp", "2026-12-21T09:00:00.000+0800");
            });

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(204);
    Task after = reread(task);
    assertThat(after.getDueDate()).isNull();
    assertThat(after.getFollowUpDate()).isEqualTo(at("2026-12-21T09:00:00+08:00"));
  }

  @Test
  void anOfficialPlansTheirTaskWithAFollowUpDate() throws Exception {
    Task task = reviewTaskOf(flow.register(Petitions.claim(903).build()));

    HttpResponse<String> saved =
        inTasklist(
            "registrar",
            task,
            dto -> {
              // Tasklist sends the dates back to the second (moment's 'YYYY-MM-DDTHH:mm:ss')
              dto.put("due", dto.get("due").asText().replaceFirst("\\.\\d{3}", ".000"));
              dto.put("followUp", "2026-12-22T09:00:00.000+0800");
            });

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(204);
    Task after = reread(task);
    assertThat(after.getFollowUpDate()).isEqualTo(at("2026-12-22T09:00:00+08:00"));
    assertThat(after.getDueDate()).isEqualTo(task.getDueDate());
  }

  @Test
  void theStatutoryDueDateIsNotMovedByAnOfficial() throws Exception {
    Task task = reviewTaskOf(flow.register(Petitions.claim(904).build()));

    HttpResponse<String> refused =
        inTasklist(
            "registrar",
            task,
            dto -> {
              dto.put("due", "2027-03-31T23:59:59.000+0800");
              dto.put("followUp", "2026-12-22T09:00:00.000+0800");
            });

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain("ENGINE-");
    Task after = reread(task);
    assertThat(after.getDueDate()).isEqualTo(task.getDueDate());
    assertThat(after.getFollowUpDate()).isEqualTo(task.getFollowUpDate());
  }

  @Test
  void whoMayNotWorkOnATaskMayNotPlanIt() throws Exception {
    Task task = reviewTaskOf(flow.register(Petitions.claim(905).build()));

    HttpResponse<String> refused =
        overRest("manager", task, dto -> dto.put("followUp", "2026-12-22T09:00:00.000+0800"));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(reread(task).getFollowUpDate()).isEqualTo(task.getFollowUpDate());
  }

  /** As Tasklist saves a task: read it whole, change it, send it all back with PUT. */
  private HttpResponse<String> inTasklist(String user, Task task, Consumer<ObjectNode> change)
      throws Exception {
    Browser tasklist = DemoUser.of(user, port).browserIn("tasklist");
    String path = "/camunda/api/engine/engine/default/task/" + task.getId();
    ObjectNode dto = (ObjectNode) JSON.readTree(tasklist.get(path).body());
    change.accept(dto);
    return tasklist.putJson(path, dto.toString());
  }

  /** The same through {@code /engine-rest} with HTTP basic, as a client of the REST API does. */
  private HttpResponse<String> overRest(String user, Task task, Consumer<ObjectNode> change)
      throws Exception {
    DemoUser client = DemoUser.of(user, port);
    String path = "/engine-rest/task/" + task.getId();
    ObjectNode dto = (ObjectNode) JSON.readTree(client.get(path).body());
    change.accept(dto);
    return client.send(
        client
            .request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(dto.toString())));
  }

  private Task reread(Task task) {
    return tasks.createTaskQuery().taskId(task.getId()).singleResult();
  }

  private static Date at(String isoTime) {
    return Date.from(OffsetDateTime.parse(isoTime).toInstant());
  }

  private Task reviewTaskOf(Registration registration) {
    return tasks
        .createTaskQuery()
        .processInstanceId(registration.processInstanceId())
        .taskDefinitionKey("Task_ReviewRegistration")
        .singleResult();
  }
}
