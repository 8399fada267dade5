package cn.xinfang.platform.benchmark;

import cn.xinfang.platform.reliability.Node;
import cn.xinfang.platform.reliability.SharedDatabase;
import cn.xinfang.platform.support.Browser;
import cn.xinfang.platform.support.DemoUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a test ({@code scripts/benchmark-scale.sh} runs it after {@code package}): the
 * platform's reads at scale, on one embedded PostgreSQL with fsync on.
 *
 * <ol>
 *   <li>The platform makes template cases through its API: running ones, at 签收 and at 办理 of two
 *       units each, spread over nine units, and finished ones (the whole lifecycle).
 *   <li>{@link ScaleData} copies them in SQL: by default to 100,000 open unit tasks (50,000 running
 *       cases, due dates spread from five days ago to forty days ahead) and 1,000,000 historic
 *       cases (closed, in past years).
 *   <li>The platform is started again and measured, one request after another, each as its webapp
 *       or client sends it: an official's 本单位待办 sorted by due date and the 即将超期 list with its count
 *       (Tasklist's {@code POST …/filter/{id}/list}, HAL, authorization checks on), the case record
 *       {@code GET /api/petitions/{caseNo}} of random cases, and Cockpit's list of the petition
 *       process's instances (count, then the first page of 50) as a manager.
 * </ol>
 *
 * Every figure is printed with its target. Settings: {@code -Dbenchmark.historic-cases}
 * (1,000,000), {@code -Dbenchmark.open-tasks} (100,000), {@code -Dbenchmark.samples} (per query,
 * 200, after 20 not counted). To look into a slow query: {@code -Dbenchmark.pause=<seconds>} keeps
 * the full database and the platform running before the measurements (their addresses printed),
 * {@code -Dbenchmark.show-sql=true} prints the copying statements.
 */
class ScaleBenchmark {

  static final int HISTORIC = Integer.getInteger("benchmark.historic-cases", 1_000_000);
  static final int OPEN_TASKS = Integer.getInteger("benchmark.open-tasks", 100_000);
  static final int SAMPLES = Integer.getInteger("benchmark.samples", 200);

  /** The units the cases are spread over, each case to a unit and the next one. */
  private static final List<String> UNITS =
      List.of(
          "police",
          "justice",
          "natural-resources",
          "human-resources",
          "housing",
          "market-regulation",
          "township-1",
          "township-2",
          "district-government");

  private static final String OFFICIAL = "natural-resources-official";
  private static final String TASKLIST_API = "/camunda/api/engine/engine/default";
  private static final String COCKPIT_API = "/camunda/api/cockpit/plugin/base/default";
  private static final String HAL = "application/hal+json, application/json; q=0.5";

  private final ObjectMapper json = new ObjectMapper();
  private final PlatformBenchmark lifecycle = new PlatformBenchmark();
  private final Random random = new Random(17);

  @Test
  void tasksAndCasesAtScale() throws Exception {
    print(
        "machine: %d cores; Java %s; %,d historic cases, %,d open unit tasks, %d samples a query",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        HISTORIC,
        OPEN_TASKS,
        SAMPLES);
    GreenMail smtp = new GreenMail(new ServerSetup(Node.freePort(), "localhost", "smtp"));
    smtp.start();
    try (SharedDatabase database = SharedDatabase.start()) {
      int smtpPort = smtp.getSmtp().getPort();
      List<String> signing = new ArrayList<>();
      List<String> handling = new ArrayList<>();
      List<String> finished = new ArrayList<>();
      try (Node platform =
          PlatformBenchmark.startPlatform("platform", database.url(), smtpPort, List.of())) {
        for (int i = 0; i < UNITS.size(); i++) {
          List<String[]> steps = PlatformBenchmark.caseSteps(UNITS.get(i), next(i));
          signing.add(template(platform, steps.subList(0, 1)));
          handling.add(
              template(
                  platform,
                  List.of(steps.get(0), steps.get(1), steps.get(2), steps.get(5), steps.get(6))));
          finished.add(template(platform, steps));
        }
        awaitQuiet(database);
      }
      print(
          "templates: %d at 签收, %d at 办理, %d finished",
          signing.size(), handling.size(), finished.size());
      generate(database, signing, handling, finished);
      try (Node platform =
          PlatformBenchmark.startPlatform("platform", database.url(), smtpPort, List.of())) {
        print(
            "start-up to healthy on the full database: %.1f s (target ≤ 15 s)",
            platform.startup().toMillis() / 1000.0);
        if (Integer.getInteger("benchmark.pause", 0) > 0) {
          // to look at the database and the running platform before measuring (EXPLAIN, logs)
          print("paused; the database: %s, the platform: port %d", database.url(), platform.port);
          Thread.sleep(Integer.getInteger("benchmark.pause") * 1000L);
        }
        measure(platform, database);
      }
    } finally {
      smtp.stop();
    }
  }

  private static String next(int i) {
    return UNITS.get((i + 1) % UNITS.size());
  }

  /** A case registered through the API and taken through these steps; its case number. */
  private String template(Node platform, List<String[]> steps) throws Exception {
    HttpResponse<String> registered =
        platform.post("registrar", "/api/petitions", lifecycle.petition());
    if (registered == null || registered.statusCode() != 201) {
      throw new IllegalStateException("registration refused: " + answer(registered));
    }
    String caseNo = json.readTree(registered.body()).get("caseNo").asText();
    PlatformBenchmark.Tally tally = new PlatformBenchmark.Tally();
    for (String[] step : steps) {
      String variables = "{\"variables\":" + step[2] + "}";
      if (!lifecycle.step(
          platform,
          step[0],
          "processInstanceBusinessKey=" + caseNo,
          step[1],
          "submit-form",
          variables,
          tally)) {
        throw new IllegalStateException(caseNo + ": step " + step[1] + " failed");
      }
    }
    return caseNo;
  }

  /** Waits until the job executor has nothing due: only the cases' clocks are left. */
  private static void awaitQuiet(SharedDatabase database) throws Exception {
    Instant until = Instant.now().plusSeconds(120);
    while (database.count(
            "select count(*) from act_ru_job where duedate_ is null or duedate_ <="
                + " now() + interval '1 minute'")
        > 0) {
      if (Instant.now().isAfter(until)) {
        throw new IllegalStateException("jobs still due after two minutes");
      }
      Thread.sleep(500);
    }
  }

  // --- the data ---

  private void generate(
      SharedDatabase database, List<String> signing, List<String> handling, List<String> finished)
      throws Exception {
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    List<String> running = new ArrayList<>(signing);
    running.addAll(handling);
    int openCopies = Math.max(1, OPEN_TASKS / 2 / running.size());
    int historicCopies = Math.max(1, HISTORIC / finished.size());
    try (Connection db = DriverManager.getConnection(database.url(), "postgres", "")) {
      ScaleData data = new ScaleData(db);
      Instant began = Instant.now();
      Map<String, Long> open =
          data.copy(
              new ScaleData.Batch(
                  "o",
                  running,
                  openCopies,
                  false,
                  "'XF-" + year + "-' || lpad((100000 + seq)::text, 6, '0')",
                  "interval '0 days'",
                  50_000_000L),
              ScaleBenchmark::print);
      print("running cases copied in %d s: %s", seconds(began), open);
      began = Instant.now();
      Map<String, Long> historic =
          data.copy(
              new ScaleData.Batch(
                  "h",
                  finished,
                  historicCopies,
                  true,
                  "'XF-' || ("
                      + (year - 6)
                      + " + seq / 200000) || '-'"
                      + " || lpad((seq % 200000 + 1)::text, 6, '0')",
                  "make_interval(days => (6 - seq / 200000) * 365 + (seq % 300)::int)",
                  0L),
              ScaleBenchmark::print);
      print("finished cases copied in %d s: %s", seconds(began), historic);
      // the counter goes on after the copies, as if the platform had numbered them
      database.update(
          "insert into petition_case_counter (case_year, last_no) values (?, ?)"
              + " on conflict (case_year) do update set last_no = excluded.last_no",
          year,
          100000 + openCopies * running.size());
      // the copies' due dates spread from five days ago to forty days ahead, to the minute (a
      // copy's id ends in its batch's letter, 'o' = 6f, and its number; see ScaleData)
      database.update(
          "update act_ru_task set due_date_ = date_trunc('minute', now())"
              + " + make_interval(mins => abs(hashtext(id_)) % (45 * 24 * 60) - 5 * 24 * 60)"
              + " where right(id_, 12) like '006f%'");
      began = Instant.now();
      data.settle();
      print("vacuum analyze and checkpoint in %d s", seconds(began));
    }
    print(
        "database: %,d cases (%,d running), %,d open tasks, %,d historic process instances,"
            + " %s on disk",
        database.count("select count(*) from petition_case"),
        database.count("select count(*) from petition_case where status <> 'CLOSED'"),
        database.count("select count(*) from act_ru_task"),
        database.count("select count(*) from act_hi_procinst"),
        database.strings("select pg_size_pretty(pg_database_size(current_database()))").get(0));
  }

  // --- the measurements ---

  private void measure(Node platform, SharedDatabase database) throws Exception {
    Browser tasklist = DemoUser.of(OFFICIAL, platform.port).browserIn("tasklist");
    Map<String, String> filters = filters(tasklist);
    String unitsTasks = filters.get("本单位待办");
    String dueSoon = filters.get("即将超期");
    String byDueDate =
        "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
            + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"active\":true}";
    String byCreated =
        "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
            + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
    long[] counts = new long[2];
    report(
        "本单位待办 by due date (Tasklist's list, 15 of the unit's tasks and their count)",
        100,
        sample(() -> taskList(tasklist, unitsTasks, byDueDate, counts, 0)));
    print("  %s sees %,d tasks in 本单位待办", OFFICIAL, counts[0]);
    report(
        "即将超期 (Tasklist's list and count, newest first)",
        100,
        sample(() -> taskList(tasklist, dueSoon, byCreated, counts, 1)));
    print("  即将超期 counts %,d tasks", counts[1]);

    List<String> cases =
        database.strings("select case_no from petition_case tablesample system (1) limit 2000");
    report(
        "case record GET /api/petitions/{caseNo} (random cases, running and historic)",
        50,
        sample(
            () -> {
              String caseNo = cases.get(random.nextInt(cases.size()));
              HttpResponse<String> read = platform.get("registrar", "/api/petitions/" + caseNo);
              return read != null && read.statusCode() == 200 && read.body().contains(caseNo);
            }));

    Browser cockpit = DemoUser.of("manager", platform.port).browserIn("cockpit");
    String definition =
        database
            .strings(
                "select id_ from act_re_procdef where key_ = 'petition'"
                    + " order by version_ desc limit 1")
            .get(0);
    long[] instances = new long[1];
    report(
        "Cockpit's process instance list of the petition process (count, first page of 50)",
        0,
        sample(() -> cockpitList(cockpit, definition, instances)));
    print("  Cockpit counts %,d running petition instances", instances[0]);
  }

  /** The filter names Tasklist shows the user, with their ids. */
  private Map<String, String> filters(Browser tasklist) throws Exception {
    HttpResponse<String> listed =
        tasklist.get(
            TASKLIST_API
                + "/filter?resourceType=Task&itemCount=false&firstResult=0"
                + "&maxResults=50");
    Map<String, String> ids = new java.util.HashMap<>();
    for (JsonNode filter : json.readTree(listed.body())) {
      ids.put(filter.get("name").asText(), filter.get("id").asText());
    }
    return ids;
  }

  /** Tasklist's request for a filter's first page; true when it lists tasks and counts them. */
  private boolean taskList(Browser tasklist, String filter, String body, long[] counts, int slot)
      throws Exception {
    HttpResponse<String> listed =
        tasklist.postJson(
            TASKLIST_API + "/filter/" + filter + "/list?firstResult=0&maxResults=15", body, HAL);
    if (listed.statusCode() != 200) {
      return false;
    }
    JsonNode page = json.readTree(listed.body());
    counts[slot] = page.path("count").asLong();
    return counts[slot] > 0 && page.path("_embedded").path("task").size() > 0;
  }

  /** Cockpit's two requests for the instance table: the count, then the first page. */
  private boolean cockpitList(Browser cockpit, String definition, long[] instances)
      throws Exception {
    HttpResponse<String> count =
        cockpit.postJson(
            COCKPIT_API + "/process-instance/count",
            "{\"processDefinitionId\":\"" + definition + "\"}");
    if (count.statusCode() != 200) {
      return false;
    }
    instances[0] = json.readTree(count.body()).path("count").asLong();
    HttpResponse<String> page =
        cockpit.postJson(
            COCKPIT_API
                + "/process-instance?firstResult=0&maxResults=50&sortBy=startTime&sortOrder=desc",
            "{\"firstResult\":0,\"maxResults\":50,\"sortBy\":\"startTime\",\"sortOrder\":\"desc\","
                + "\"processDefinitionId\":\""
                + definition
                + "\"}");
    return page.statusCode() == 200 && json.readTree(page.body()).size() == 50;
  }

  interface Request {
    boolean send() throws Exception;
  }

  /** Latencies (ms) of {@link #SAMPLES} requests, one after another, after 20 not counted. */
  private static List<Double> sample(Request request) throws Exception {
    List<Double> latencies = new ArrayList<>();
    for (int i = -20; i < SAMPLES; i++) {
      long t = System.nanoTime();
      if (!request.send()) {
        throw new IllegalStateException("a request failed");
      }
      if (i >= 0) {
        latencies.add((System.nanoTime() - t) / 1e6);
      }
    }
    return latencies;
  }

  private static void report(String what, int targetP95, List<Double> latencies) {
    List<Double> sorted = latencies.stream().sorted().toList();
    double p95 = at(sorted, 0.95);
    String target =
        targetP95 <= 0
            ? "no target"
            : String.format(
                "target p95 ≤ %d ms: %s", targetP95, p95 <= targetP95 ? "met" : "missed");
    print(
        "%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%s)",
        what, at(sorted, 0.50), p95, at(sorted, 0.99), sorted.get(sorted.size() - 1), target);
  }

  private static double at(List<Double> sorted, double p) {
    int index = Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1);
    return sorted.get(Math.max(0, index));
  }

  private static String answer(HttpResponse<String> response) {
    return response == null ? "no answer" : response.statusCode() + " " + response.body();
  }

  private static long seconds(Instant since) {
    return Duration.between(since, Instant.now()).toSeconds();
  }

  private static void print(String format, Object... arguments) {
    System.out.printf("[scale-benchmark] " + format + "%n", arguments);
  }
}
