package cn.xinfang.platform.intake;

import static cn.xinfang.platform.intake.PetitionVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.PostgresPlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two identical petitions posted at the same moment, on PostgreSQL: one case, the other linked to
 * it. To make "the same moment" certain, the test holds the year's case-number counter while both
 * registrations come in: each has checked for an open case, found none, and waits for a number.
 */
@PostgresPlatformTest
class IdenticalRegistrationsOnPostgresTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  final ExecutorService threads = Executors.newFixedThreadPool(2);

  @BeforeEach
  void theYearsCounterExists() throws Exception {
    String body = json.writeValueAsString(Petitions.claim(700).about("housing").build());
    assertThat(as("registrar").postJson("/api/petitions", body).statusCode()).isBetween(200, 201);
  }

  @AfterEach
  void stopTheThreads() {
    threads.shutdownNow();
  }

  @Test
  void twoIdenticalPetitionsPostedAtTheSameMomentGiveOneCaseAndTheOtherIsLinkedToIt()
      throws Exception {
    String petition = json.writeValueAsString(Petitions.claim(701).build());

    List<HttpResponse<String>> answers =
        bothAtTheSameMoment(
            () -> as("registrar").postJson("/api/petitions", petition),
            () -> as("channel-12345").postJson("/api/petitions", petition));

    assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 200);
    JsonNode created = json.readTree(answer(answers, 201).body());
    JsonNode linked = json.readTree(answer(answers, 200).body());
    assertThat(linked.get("linkedToOpenCase").asBoolean()).isTrue();
    assertThat(linked.get("caseNo").asText()).isEqualTo(created.get("caseNo").asText());
    assertThat(casesOf(Petitions.idNumber(701))).containsExactly(created.get("caseNo").asText());
    JsonNode view =
        json.readTree(
            as("registrar").get("/api/petitions/" + created.get("caseNo").asText()).body());
    assertThat(view.get("record").findValuesAsText("action"))
        .containsExactly("REGISTERED", "DUPLICATE_LINKED");
  }

  @Test
  void twoIdenticalStartFormsSubmittedAtTheSameMomentStartOneCaseAndTellTheOtherRegistrar()
      throws Exception {
    String startForm = startForm(702);

    List<HttpResponse<String>> answers =
        bothAtTheSameMoment(
            () -> as("registrar").postJson(START_FORM, startForm),
            () -> as("agent-village-1-1").postJson(START_FORM, startForm));

    assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 400);
    String caseNo = json.readTree(answer(answers, 200).body()).get("businessKey").asText();
    assertThat(json.readTree(answer(answers, 400).body()).get("message").asText())
        .startsWith("填写有误：该信访人就同一事项已有在办案件 " + caseNo + "。");
    assertThat(casesOf(Petitions.idNumber(702))).containsExactly(caseNo);
  }

  @Test
  void newMattersDecidedBesideAnOpenCaseAtTheSameMomentEachOpenACaseWhileARepeatIsStillLinked()
      throws Exception {
    String open =
        json.readTree(
                as("registrar")
                    .postJson(
                        "/api/petitions",
                        json.writeValueAsString(Petitions.claim(703).about("housing").build()))
                    .body())
            .get("caseNo")
            .asText();
    String newMatter =
        json.writeValueAsString(
            Petitions.claim(703)
                .about("housing")
                .content("开发商逾期两年未交房。")
                .decidedAsDuplicate("NEW_MATTER", "与在办案件反映的物业问题不同")
                .build());

    List<HttpResponse<String>> answers =
        bothAtTheSameMoment(
            () -> as("registrar").postJson("/api/petitions", newMatter),
            () -> as("agent-village-1-1").postJson("/api/petitions", newMatter));

    assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(201, 201);
    assertThat(casesOf(Petitions.idNumber(703))).hasSize(3).contains(open);
    HttpResponse<String> repeat =
        as("registrar")
            .postJson(
                "/api/petitions",
                json.writeValueAsString(Petitions.claim(703).about("housing").build()));
    assertThat(repeat.statusCode()).isEqualTo(200);
    assertThat(json.readTree(repeat.body()).get("caseNo").asText()).isEqualTo(open);
  }

  static final String START_FORM = "/engine-rest/process-definition/key/petition/submit-form";

  /**
   * Sends both while the test holds the counter's row, waits until both wait for it, then lets them
   * go: both have passed the check for an open case before either creates its case.
   */
  private List<HttpResponse<String>> bothAtTheSameMoment(
      Callable<HttpResponse<String>> one, Callable<HttpResponse<String>> other) throws Exception {
    Future<HttpResponse<String>> first;
    Future<HttpResponse<String>> second;
    try (Connection counterHeld = dataSource.getConnection()) {
      counterHeld.setAutoCommit(false);
      try (PreparedStatement lock =
          counterHeld.prepareStatement(
              "select last_no from petition_case_counter where case_year = ? for update")) {
        lock.setInt(1, Year.now(ZoneId.of("Asia/Shanghai")).getValue());
        assertThat(lock.executeQuery().next()).isTrue();
      }
      first = threads.submit(one);
      second = threads.submit(other);
      waitUntilSessionsWaitForALock(2);
      counterHeld.rollback();
    }
    return List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
  }

  private void waitUntilSessionsWaitForALock(int sessions) throws InterruptedException {
    for (int polls = 0; polls < 600; polls++) {
      long waiting =
          jdbc.sql(
                  "select count(*) from pg_stat_activity"
                      + " where wait_event_type = 'Lock' and datname = current_database()")
              .query(Long.class)
              .single();
      if (waiting >= sessions) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the two registrations never both waited for a case number");
  }

  private List<String> casesOf(String idNumber) {
    return jdbc.sql("select case_no from petition_petitioner where id_number = ?")
        .param(idNumber)
        .query(String.class)
        .list();
  }

  private static HttpResponse<String> answer(List<HttpResponse<String>> answers, int status) {
    return answers.stream().filter(a -> a.statusCode() == status).findFirst().orElseThrow();
  }

  private String startForm(int seed) throws Exception {
    return "{\"variables\":"
        + json.writeValueAsString(
            java.util.Map.of(
                CHANNEL, value("VISIT"),
                PETITIONER_NAME, value("赵" + seed),
                PETITIONER_ID_NUMBER, value(Petitions.idNumber(seed)),
                PETITIONER_PHONE, value("0471-6123456"),
                HEADCOUNT, java.util.Map.of("value", 1, "type", "Long"),
                CATEGORY, value("CLAIM"),
                MATTER_TYPE, value("social-security"),
                LAW_RELATED, java.util.Map.of("value", false, "type", "Boolean"),
                REGION, value("village-2-2"),
                CONTENT, value("养老保险待遇核定有误，申请重新核定。")))
        + "}";
  }

  private static java.util.Map<String, Object> value(String text) {
    return java.util.Map.of("value", text);
  }

  private DemoUser as(String user) {
    return DemoUser.of(user, port);
  }
}
