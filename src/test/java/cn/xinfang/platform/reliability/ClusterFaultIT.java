package cn.xinfang.platform.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.validation.BadIntakeCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The fault suite: two nodes of the real application ({@code java -jar}, job executors on,
 * deployment-aware off) on one PostgreSQL, driven through their HTTP APIs while a node is killed,
 * the SMTP server goes away and the database restarts. It prints one line of figures and fails if
 * any is off:
 *
 * <pre>
 * acknowledged N, found N, lost 0; timers due N, fired N, duplicates 0; mails N; bad inputs refused M/M
 * </pre>
 *
 * (the bad inputs are the intake corpus, run again here against a node). Runs in {@code verify}
 * after the browser group; needs the jar {@code package} builds.
 */
@Tag("fault")
class ClusterFaultIT {

  /** Short job locks, so the dead node's jobs are taken over within the suite's time. */
  private static final Duration LOCK = Duration.ofSeconds(15);

  private static final List<String> CLOCKS =
      List.of("Timer_ForwardReminder", "Timer_ForwardOverdue");

  private static SharedDatabase database;
  private static GreenMail smtp;
  private static int smtpPort;
  private static Node a;
  private static Node b;

  private final ObjectMapper json = new ObjectMapper();
  private final ExecutorService threads = Executors.newFixedThreadPool(8);
  private final AtomicInteger petitioners = new AtomicInteger();

  /** Petitions acknowledged with 201, by case number. */
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

  /** 登记受理 completions acknowledged with 204, by case number. */
  private final Set<String> completed = ConcurrentHashMap.newKeySet();

  private final List<String> unfinished = java.util.Collections.synchronizedList(new ArrayList<>());

  private final Figures figures = new Figures();

  @BeforeAll
  static void startTheCluster() throws Exception {
    database = SharedDatabase.start();
    smtpPort = Node.freePort();
    smtp = startSmtp();
    // the first node creates the schema and deploys the models, the second joins it
    a = Node.start("node-a", environment(), settings());
    b = Node.start("node-b", environment(), settings());
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    for (Node node : new Node[] {a, b}) {
      if (node != null) {
        node.close();
      }
    }
    if (smtp != null) {
      smtp.stop();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void noPetitionTimerOrMailIsLostOrDoubledWhenNodesDieAndMailAndDatabaseGoAway() throws Exception {
    try {
      twoNodesTakeLoadAndOneKeyGivesOnePetition();
      eachClockFiresOnceAcrossBothNodes();
      killingANodeMidLoadLosesNothing();
      aMailOutageEndsInIncidentsThatRetryOnce();
      aDatabaseRestartIsAnswered503AndLeavesNothingHalfWritten();
      figures.badInputs(badInputsAgainst(b));
    } finally {
      threads.shutdownNow();
      System.out.println(figures.line());
    }
    figures.assertAllTrue();
  }

  /** 1 and 6: registrations and 登记受理 through both nodes; one key sent to both at once. */
  private void twoNodesTakeLoadAndOneKeyGivesOnePetition() throws Exception {
    List<String> cases = registerConcurrently(List.of(a, b), 90);
    assertThat(cases).as("every registration acknowledged").hasSize(90);
    List<Future<?>> work = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String caseNo = cases.get(i);
      Node node = i % 2 == 0 ? a : b;
      work.add(threads.submit(() -> forward(node, caseNo)));
    }
    for (Future<?> w : work) {
      w.get(2, TimeUnit.MINUTES);
    }
    assertThat(unfinished).as("completions not acknowledged").isEmpty();
    assertThat(completed).as("every completion acknowledged").hasSize(30);
    untouched.addAll(cases.subList(30, 90));

    // the same Idempotency-Key sent to both nodes at the same moment
    String petition = petitionJson();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> posts = new ArrayList<>();
    for (Node node : List.of(a, b, a, b)) {
      Callable<HttpResponse<String>> post =
          () -> {
            go.await();
            return node.post(
                "registrar", "/api/petitions", petition, "Idempotency-Key", "fault-suite-one-key");
          };
      posts.add(threads.submit(post));
    }
    go.countDown();
    List<JsonNode> answers = new ArrayList<>();
    for (Future<HttpResponse<String>> post : posts) {
      HttpResponse<String> answer = post.get(1, TimeUnit.MINUTES);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
      answers.add(json.readTree(answer.body()));
    }
    assertThat(answers).allSatisfy(answer -> assertThat(answer).isEqualTo(answers.get(0)));
    String caseNo = answers.get(0).get("caseNo").asText();
    acknowledged.add(caseNo);
    assertThat(
            database.count(
                "select count(*) from petition_petitioner where id_number = ?",
                json.readTree(petition).at("/petitioners/0/idNumber").asText()))
        .as("one petition for one key across two nodes")
        .isEqualTo(1);
  }

  /** 3: N deadlines due at once: N reminders and N overdue records, each mail once. */
  private void eachClockFiresOnceAcrossBothNodes() throws Exception {
    List<String> cases = take(untouched, 20);
    Map<String, Integer> recipients = recipientsPerMail(cases);
    int due = makeClocksDue(cases);
    awaitQuietJobs(Duration.ofMinutes(3));
    assertThat(waitFor(Duration.ofMinutes(1), () -> mailsQueued(cases) == 0)).isTrue();
    figures.timers(due, firedRecords(cases), duplicateRecords(cases));
    figures.mails(recipients, received(cases));
  }

  /**
   * 2: load through both nodes, deadlines coming due, then kill -9 of node A while it holds jobs:
   * every acknowledged petition and completion is there, the dead node's jobs are taken over when
   * their locks expire, every clock still fires once.
   */
  private void killingANodeMidLoadLosesNothing() throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    List<Future<?>> load = new ArrayList<>();
    for (Node node : List.of(a, b, a, b)) {
      load.add(threads.submit(() -> registerWhile(running, node)));
    }
    List<String> forwarded = take(untouched, 10);
    for (int i = 0; i < forwarded.size(); i++) {
      String caseNo = forwarded.get(i);
      Node node = i % 2 == 0 ? a : b;
      load.add(threads.submit(() -> forward(node, caseNo)));
    }
    List<String> clocked = take(untouched, 20);
    int due = makeClocksDue(clocked);
    long locked = awaitJobsLockedBy(a.name, Duration.ofSeconds(20));
    a.kill();
    long lockedWhenKilled = lockedBy(a.name);
    Thread.sleep(3000);
    running.set(false);
    for (Future<?> f : load) {
      f.get(2, TimeUnit.MINUTES);
    }
    awaitQuietJobs(LOCK.plus(Duration.ofMinutes(2)));

    figures.killed(locked, lockedWhenKilled, lockedBy(a.name));
    figures.timers(due, firedRecords(clocked), duplicateRecords(clocked));
    figures.acknowledged(acknowledged.size(), found(acknowledged));
    figures.completions(completed.size(), completedInDatabase(completed));
    figures.halfWritten(halfWritten());
    figures.stuck(casesWithoutAnythingOpen());
    // the open cases go on, on the surviving node
    List<String> goOn = take(untouched, 5);
    for (String caseNo : goOn) {
      forward(b, caseNo);
    }
    figures.continued(
        completed.containsAll(goOn) && completedInDatabase(completed) == completed.size());
  }

  /** 4: SMTP down while deadlines come due: incidents, no rollback; retried, each mail once. */
  private void aMailOutageEndsInIncidentsThatRetryOnce() throws Exception {
    List<String> cases = take(untouched, 5);
    Map<String, Integer> recipients = recipientsPerMail(cases);
    smtp.stop();
    int due = makeClocksDue(cases);
    long mails = recipients.size();
    boolean incidents =
        waitFor(Duration.ofMinutes(2), () -> failedMailJobs(cases) >= mails && dueJobs() == 0);
    figures.mailOutage(incidents, failedMailJobs(cases), mails, firedRecords(cases), due);

    smtp = startSmtp();
    // what Cockpit's 重试 does for each incident: one more retry
    for (String job :
        database.strings(
            "select j.id_ from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_"
                + " where j.retries_ = 0 and e.business_key_ = any(?)",
            cases)) {
      HttpResponse<String> retried =
          b.put("admin", "/engine-rest/job/" + job + "/retries", "{\"retries\":1}");
      assertThat(retried.statusCode()).as(String.valueOf(retried.body())).isEqualTo(204);
    }
    assertThat(waitFor(Duration.ofMinutes(1), () -> mailsQueued(cases) == 0))
        .as("the retried mails sent")
        .isTrue();
    figures.mails(recipients, received(cases));
    assertThat(
            database.count(
                "select count(*) from act_ru_incident i join act_ru_execution e"
                    + " on e.id_ = i.proc_inst_id_ where e.business_key_ = any(?)",
                cases))
        .as("no incident left after the retry")
        .isZero();
  }

  /** 5: PostgreSQL stopped and started while registrations arrive. */
  private void aDatabaseRestartIsAnswered503AndLeavesNothingHalfWritten() throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    List<String> refusals = new ArrayList<>();
    List<Future<?>> load = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      load.add(
          threads.submit(
              () -> {
                while (running.get()) {
                  HttpResponse<String> answer = register(b);
                  int status = answer == null ? -1 : answer.statusCode();
                  statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                  if (status != 201 && status != -1) {
                    synchronized (refusals) {
                      refusals.add(
                          status
                              + " Retry-After="
                              + answer.headers().firstValue("Retry-After").orElse("")
                              + " "
                              + answer.body());
                    }
                  }
                }
              }));
    }
    Thread.sleep(2000);
    database.stop();
    Thread.sleep(8000);
    database.restart();
    Instant restarted = Instant.now();
    boolean recovered =
        waitFor(
            Duration.ofMinutes(1),
            () -> {
              int before = statuses.getOrDefault(201, new AtomicInteger()).get();
              sleep(3000);
              return statuses.getOrDefault(201, new AtomicInteger()).get() > before;
            });
    Duration recovery = Duration.between(restarted, Instant.now());
    running.set(false);
    for (Future<?> f : load) {
      f.get(2, TimeUnit.MINUTES);
    }
    awaitQuietJobs(Duration.ofMinutes(1));
    figures.databaseRestart(recovered, recovery, statuses, refusals);
    figures.acknowledged(acknowledged.size(), found(acknowledged));
    figures.halfWritten(halfWritten());
  }

  /** The intake corpus of bad and odd input (issue item 9), against a cluster node. */
  private BadIntakeCorpus.Result badInputsAgainst(Node node) {
    return new BadIntakeCorpus(json, "19700909")
        .run(
            body -> node.post("registrar", "/api/petitions", body),
            () -> {
              try {
                return database.count("select count(*) from petition_case");
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            },
            caseNo -> {
              try {
                return json.readTree(node.get("registrar", "/api/petitions/" + caseNo).body())
                    .path("content")
                    .asText();
              } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
              }
            });
  }

  // --- load ---

  private final List<String> untouched = new ArrayList<>();

  private List<String> registerConcurrently(List<Node> nodes, int count) throws Exception {
    List<Future<HttpResponse<String>>> posts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Node node = nodes.get(i % nodes.size());
      posts.add(threads.submit(() -> register(node)));
    }
    List<String> cases = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (Future<HttpResponse<String>> post : posts) {
      HttpResponse<String> answer = post.get(2, TimeUnit.MINUTES);
      if (answer != null && answer.statusCode() == 201) {
        cases.add(json.readTree(answer.body()).get("caseNo").asText());
      } else {
        refused.add(answer == null ? "no answer" : answer.statusCode() + " " + answer.body());
      }
    }
    assertThat(refused).as("registrations not acknowledged").isEmpty();
    return cases;
  }

  private void registerWhile(AtomicBoolean running, Node node) {
    while (running.get()) {
      if (register(node) == null) {
        // the node is gone: what it acknowledged before is what counts
        return;
      }
    }
  }

  /** One registration with a key of its own; a 201 counts as acknowledged. */
  private HttpResponse<String> register(Node node) {
    int n = petitioners.incrementAndGet();
    HttpResponse<String> answer =
        node.post("registrar", "/api/petitions", petitionJson(n), "Idempotency-Key", "fault-" + n);
    if (answer != null && answer.statusCode() == 201) {
      try {
        acknowledged.add(json.readTree(answer.body()).get("caseNo").asText());
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return answer;
  }

  private String petitionJson() {
    return petitionJson(petitioners.incrementAndGet());
  }

  /** A wage claim of petitioner n, each n with an ID number of its own. */
  private String petitionJson(int n) {
    String born =
        LocalDate.of(1975, 1, 1).plusDays(n / 1000).format(DateTimeFormatter.BASIC_ISO_DATE);
    try {
      return json.writeValueAsString(Petitions.claimBy(born, n % 1000).build());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** 登记受理 as Tasklist does it: find the task, claim it, submit the form (转送交办 to 住建局). */
  private Void forward(Node node, String caseNo) throws Exception {
    HttpResponse<String> found =
        node.get(
            "registrar",
            "/engine-rest/task?processInstanceBusinessKey="
                + caseNo
                + "&taskDefinitionKey=Task_ReviewRegistration");
    if (found == null || found.statusCode() != 200) {
      return unfinished(caseNo, "task query", found);
    }
    JsonNode tasks = json.readTree(found.body());
    if (tasks.isEmpty()) {
      return unfinished(caseNo, "no 登记受理 task", found);
    }
    String task = tasks.get(0).get("id").asText();
    HttpResponse<String> claimed =
        node.post(
            "registrar", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"registrar\"}");
    if (claimed == null || claimed.statusCode() != 204) {
      return unfinished(caseNo, "claim", claimed);
    }
    HttpResponse<String> submitted =
        node.post(
            "registrar",
            "/engine-rest/task/" + task + "/submit-form",
            """
            {"variables":{"acceptanceDecision":{"value":"FORWARD"},
             "responsibleUnits":{"value":"[\\"housing\\"]","type":"Json"},
             "leadUnit":{"value":"housing"},
             "routingReason":{"value":"经核实，拖欠工资的项目由住建局监管"}}}
            """);
    if (submitted != null && submitted.statusCode() == 204) {
      completed.add(caseNo);
      return null;
    }
    return unfinished(caseNo, "submit-form", submitted);
  }

  /** A completion that did not happen, and why (a dead node's are expected). */
  private Void unfinished(String caseNo, String step, HttpResponse<String> answer) {
    unfinished.add(
        caseNo
            + " "
            + step
            + ": "
            + (answer == null ? "no answer" : answer.statusCode() + " " + answer.body()));
    return null;
  }

  // --- clocks, jobs, mail ---

  /** Moves the cases' reminder and breach timers to now, as if their days had passed. */
  private int makeClocksDue(List<String> cases) throws SQLException {
    return database.update(
        "update act_ru_job j set duedate_ = ? from act_ru_jobdef d, act_ru_execution e"
            + " where j.job_def_id_ = d.id_ and d.act_id_ = any(?) and e.id_ = j.process_instance_id_"
            + " and e.business_key_ = any(?)",
        Timestamp.from(Instant.now().minusSeconds(1)),
        CLOCKS,
        cases);
  }

  /** Waits until no job is due with retries left (every node idle), or fails. */
  private void awaitQuietJobs(Duration limit) throws Exception {
    assertThat(waitFor(limit, () -> dueJobs() == 0)).as("jobs done within " + limit).isTrue();
  }

  private long dueJobs() {
    return database.countWhileReachable(
        "select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1"
            + " and (duedate_ is null or duedate_ <= ?)",
        Timestamp.from(Instant.now()));
  }

  private long awaitJobsLockedBy(String node, Duration limit) throws Exception {
    long[] locked = new long[1];
    waitFor(
        limit,
        () -> {
          locked[0] = lockedBy(node);
          return locked[0] >= 2;
        },
        Duration.ofMillis(20));
    return locked[0];
  }

  private long lockedBy(String node) {
    return database.countWhileReachable(
        "select count(*) from act_ru_job where lock_owner_ = ?", node);
  }

  /** Mails of the cases not sent yet (their mail-delivery instances still running). */
  private long mailsQueued(List<String> cases) {
    return database.countWhileReachable(
        "select count(*) from act_ru_execution where parent_id_ is null"
            + " and proc_def_id_ like 'mail-delivery:%' and business_key_ = any(?)",
        cases);
  }

  private long failedMailJobs(List<String> cases) {
    return database.countWhileReachable(
        "select count(*) from act_ru_incident i join act_ru_execution e on e.id_ = i.proc_inst_id_"
            + " join act_re_procdef d on d.id_ = i.proc_def_id_"
            + " where i.incident_type_ = 'failedJob' and d.key_ = 'mail-delivery'"
            + " and e.business_key_ = any(?)",
        cases);
  }

  /** Each clock's records, reminders and breaches: one row per fired clock. */
  private long firedRecords(List<String> cases) throws SQLException {
    return database.count(
        "select count(*) from petition_reminder where case_no = any(?) and period = 'FORWARD'",
        cases);
  }

  /** Rows a clock wrote twice: the case record's entries beyond one per reminder row. */
  private long duplicateRecords(List<String> cases) throws SQLException {
    return database.count(
            "select count(*) from petition_event where case_no = any(?)"
                + " and action in ('REMINDED', 'OVERDUE')",
            cases)
        - firedRecords(cases);
  }

  /** The mails the cases' clocks should send: subject prefix and case → its recipients. */
  private Map<String, Integer> recipientsPerMail(List<String> cases) throws SQLException {
    int bureau = members("petition-bureau");
    int leaders = members("petition-bureau-leaders");
    Map<String, Integer> expected = new HashMap<>();
    for (String caseNo : cases) {
      expected.put("【期限提醒】" + caseNo, bureau);
      if (bureau > 0) {
        expected.put("【超期】" + caseNo, bureau + leaders);
      }
    }
    expected.values().removeIf(n -> n == 0);
    return expected;
  }

  private int members(String group) throws SQLException {
    return (int)
        database.count(
            "select count(*) from act_id_membership m join act_id_user u on u.id_ = m.user_id_"
                + " where m.group_id_ = ? and coalesce(u.email_, '') <> ''",
            group);
  }

  /** Copies received per subject prefix and case (one copy per recipient). */
  private Map<String, Integer> received(Collection<String> cases) throws MessagingException {
    Map<String, Integer> copies = new HashMap<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      String subject = message.getSubject();
      for (String caseNo : cases) {
        for (String prefix : List.of("【期限提醒】", "【超期】")) {
          if (subject.startsWith(prefix + caseNo)) {
            copies.merge(prefix + caseNo, 1, Integer::sum);
          }
        }
      }
    }
    return copies;
  }

  // --- what the database holds ---

  private long found(Set<String> cases) throws SQLException {
    return database.count(
        "select count(*) from petition_case c where c.case_no = any(?) and exists"
            + " (select 1 from act_hi_procinst p where p.business_key_ = c.case_no"
            + " and p.proc_def_key_ = 'petition')",
        List.copyOf(cases));
  }

  private long completedInDatabase(Set<String> cases) throws SQLException {
    return database.count(
        "select count(distinct t.proc_inst_id_) from act_hi_taskinst t join act_hi_procinst p"
            + " on p.id_ = t.proc_inst_id_ where t.task_def_key_ = 'Task_ReviewRegistration'"
            + " and t.end_time_ is not null and p.business_key_ = any(?)",
        List.copyOf(cases));
  }

  /** Cases without their process instance, and petition instances without their case. */
  private long halfWritten() throws SQLException {
    return database.count(
            "select count(*) from petition_case c where not exists (select 1 from act_hi_procinst p"
                + " where p.business_key_ = c.case_no and p.proc_def_key_ = 'petition')")
        + database.count(
            "select count(*) from act_hi_procinst p where p.proc_def_key_ = 'petition'"
                + " and not exists (select 1 from petition_case c where c.case_no = p.business_key_)");
  }

  /** Running petitions with neither an open task nor a job anywhere under them. */
  private long casesWithoutAnythingOpen() throws SQLException {
    return database.count(
        "select count(*) from act_ru_execution p where p.parent_id_ is null"
            + " and p.proc_def_id_ like 'petition:%' and not exists"
            + " (select 1 from act_ru_task t join act_ru_execution e on e.proc_inst_id_ ="
            + " t.proc_inst_id_ where e.business_key_ = p.business_key_) and not exists"
            + " (select 1 from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_"
            + " where e.business_key_ = p.business_key_)");
  }

  // --- helpers ---

  private static List<String> take(List<String> from, int n) {
    List<String> taken = new ArrayList<>(from.subList(0, n));
    from.subList(0, n).clear();
    return taken;
  }

  private static boolean waitFor(Duration limit, BooleanSupplier condition) {
    return waitFor(limit, condition, Duration.ofMillis(500));
  }

  private static boolean waitFor(Duration limit, BooleanSupplier condition, Duration poll) {
    Instant until = Instant.now().plus(limit);
    while (Instant.now().isBefore(until)) {
      if (condition.getAsBoolean()) {
        return true;
      }
      sleep(poll.toMillis());
    }
    return condition.getAsBoolean();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static GreenMail startSmtp() {
    GreenMail mail =
        new GreenMail(new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    return mail;
  }

  private static Map<String, String> environment() {
    return Map.of(
        "DB_URL", database.url(),
        "DB_USER", "postgres",
        "DB_PASSWORD", "",
        "MAIL_HOST", "localhost",
        "MAIL_PORT", String.valueOf(smtpPort));
  }

  private static List<String> settings() {
    return List.of(
        "--spring.profiles.active=postgres,demo",
        "--platform.mail.log-when-unavailable=false",
        "--platform.mail.retry-cycle=R2/PT2S",
        "--DB_CONNECTION_TIMEOUT=3000",
        "--camunda.bpm.job-execution.deployment-aware=false",
        "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK.toMillis(),
        "--camunda.bpm.job-execution.max-jobs-per-acquisition=10",
        "--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--camunda.bpm.job-execution.max-wait=2000",
        "--logging.level.org.camunda.bpm.engine.jobexecutor=warn");
  }
}
