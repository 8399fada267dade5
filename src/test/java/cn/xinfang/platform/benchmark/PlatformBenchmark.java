package cn.xinfang.platform.benchmark;

import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.reliability.Node;
import cn.xinfang.platform.reliability.SharedDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a test (surefire does not pick it up by its name; {@code scripts/benchmark.sh}
 * runs it after {@code package}): plain Camunda 7.24 with its default settings and the platform,
 * side by side on one embedded PostgreSQL (fsync and synchronous commit on), each in its own JVM,
 * driven over HTTP by closed-loop client threads, warmed up first and alternated in one run.
 *
 * <ul>
 *   <li>intake: plain {@code POST /engine-rest/process-definition/key/plain-petition/start} against
 *       the platform's {@code POST /api/petitions} (validation, duplicate check, routing);
 *   <li>steps: each system's whole lifecycle, tasks found, claimed and completed through {@code
 *       /engine-rest} as Tasklist does (plain: two parallel tasks and a reply; platform: 登记受理, two
 *       units' 签收, 送达, 办理 and 审批, the consolidated reply and its approval);
 *   <li>footprint: the platform's start-up to healthy, heap and RSS at rest and under intake load,
 *       with the JVM options the README recommends.
 * </ul>
 *
 * Every figure is printed with its target beside it. Settings: {@code -Dbenchmark.seconds} (per
 * measured phase, 30), {@code -Dbenchmark.threads} (client threads, 16), {@code -Dbenchmark.rounds}
 * (alternations, 2).
 */
class PlatformBenchmark {

  static final int SECONDS = Integer.getInteger("benchmark.seconds", 30);
  static final int THREADS = Integer.getInteger("benchmark.threads", 16);
  static final int ROUNDS = Integer.getInteger("benchmark.rounds", 2);

  /** The JVM options the README recommends for production. */
  static final List<String> PRODUCTION_JVM =
      List.of("-Xms256m", "-Xmx768m", "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError");

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private final ObjectMapper json = new ObjectMapper();
  private final AtomicInteger petitioners = new AtomicInteger();
  private final AtomicInteger businessKeys = new AtomicInteger();

  @Test
  void plainCamundaAndThePlatformSideBySide() throws Exception {
    print(
        "machine: %d cores, %d MiB memory; Java %s; %d client threads, %d s per phase, %d rounds",
        Runtime.getRuntime().availableProcessors(),
        totalMemoryMib(),
        System.getProperty("java.version"),
        THREADS,
        SECONDS,
        ROUNDS);
    GreenMail smtp = new GreenMail(new ServerSetup(Node.freePort(), "localhost", "smtp"));
    smtp.start();
    try (SharedDatabase database = SharedDatabase.start()) {
      database.createDatabase("plain");
      try (Node plain = startPlain(database);
          Node platform =
              startPlatform("platform", database.url(), smtp.getSmtp().getPort(), List.of())) {
        print(
            "start-up to healthy: platform %.1f s (target ≤ 15 s), plain Camunda %.1f s",
            seconds(platform.startup()), seconds(plain.startup()));
        Thread.sleep(5000);
        Footprint rest = Footprint.of(platform);
        print(
            "platform at rest: heap used %d MiB of %d MiB, RSS %d MiB (target ≤ 1024 MiB)",
            rest.heapUsedMib(), rest.heapCommittedMib(), rest.rssMib());

        // warm-up, not counted
        measure("warm-up", plainIntake(plain), 10);
        measure("warm-up", platformIntake(platform), 10);
        measure("warm-up", plainLifecycle(plain), 10);
        measure("warm-up", platformLifecycle(platform), 10);

        List<Result> results = new ArrayList<>();
        AtomicLong peakRss = new AtomicLong();
        AtomicLong peakHeap = new AtomicLong();
        for (int round = 1; round <= ROUNDS; round++) {
          results.add(measure("plain intake", plainIntake(plain), SECONDS));
          results.add(
              measureWhileSampling(
                  "platform intake", platformIntake(platform), platform, peakRss, peakHeap));
          results.add(measure("plain steps", plainLifecycle(plain), SECONDS));
          results.add(measure("platform steps", platformLifecycle(platform), SECONDS));
        }
        report(results, peakRss.get(), peakHeap.get());
        print("mails the platform sent meanwhile: %d", smtp.getReceivedMessages().length);
      }
    } finally {
      smtp.stop();
    }
  }

  // --- the two systems ---

  private static Node startPlain(SharedDatabase database) throws Exception {
    return Node.start(
        "plain-camunda",
        List.of("-Xmx768m"),
        List.of(
            "-cp", classpathWithoutThePlatform(), "cn.xinfang.bench.plain.PlainCamundaApplication"),
        Map.of("DB_URL", database.url("plain"), "DB_USER", "postgres", "DB_PASSWORD", ""),
        List.of("--spring.config.location=classpath:/bench/plain-camunda.yaml"));
  }

  /**
   * A platform node as production runs it (the README's JVM options), on {@code databaseUrl},
   * mailing to the benchmark's SMTP server, with {@code extra} settings besides the product's.
   */
  static Node startPlatform(String name, String databaseUrl, int smtpPort, List<String> extra)
      throws Exception {
    List<String> settings =
        new ArrayList<>(
            List.of(
                "--spring.profiles.active=postgres,demo",
                "--logging.level.root=warn",
                "--logging.level.cn.xinfang=warn"));
    settings.addAll(extra);
    return Node.start(
        name,
        PRODUCTION_JVM,
        List.of("-jar", Node.jar().toString(), "--platform.node-name=" + name),
        Map.of(
            "DB_URL", databaseUrl,
            "DB_USER", "postgres",
            "DB_PASSWORD", "",
            "MAIL_HOST", "localhost",
            "MAIL_PORT", String.valueOf(smtpPort)),
        settings);
  }

  /** The test classpath without the platform's own classes and configuration. */
  private static String classpathWithoutThePlatform() {
    String classes = new File("target/classes").getAbsolutePath();
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !new File(entry).getAbsolutePath().equals(classes))
        .collect(Collectors.joining(File.pathSeparator));
  }

  // --- what one client thread does, over and over ---

  /** One round of a client: the starts and steps it did, with each one's latency. */
  interface Work {
    void once(Tally tally) throws Exception;
  }

  private void plainIntake(Node plain, Tally tally) {
    long t = System.nanoTime();
    HttpResponse<String> started = startPlainInstance(plain);
    tally.start(t, ok(started, 200));
  }

  /** A plain-petition instance started as a client of plain Camunda's REST API starts it. */
  private HttpResponse<String> startPlainInstance(Node plain) {
    return plain.post(
        null,
        "/engine-rest/process-definition/key/plain-petition/start",
        "{\"businessKey\":\"P-" + businessKeys.incrementAndGet() + "\"}");
  }

  private Work plainIntake(Node plain) {
    return tally -> plainIntake(plain, tally);
  }

  private Work platformIntake(Node platform) {
    return tally -> {
      long t = System.nanoTime();
      HttpResponse<String> registered = platform.post("registrar", "/api/petitions", petition());
      tally.start(t, ok(registered, 201));
    };
  }

  private Work plainLifecycle(Node plain) {
    return tally -> {
      long t = System.nanoTime();
      HttpResponse<String> started = startPlainInstance(plain);
      if (!tally.start(t, ok(started, 200))) {
        return;
      }
      String instance = json.readTree(started.body()).get("id").asText();
      for (String task : List.of("Task_UnitA", "Task_UnitB", "Task_Reply")) {
        if (!step(plain, null, "processInstanceId=" + instance, task, "complete", "{}", tally)) {
          return;
        }
      }
    };
  }

  private Work platformLifecycle(Node platform) {
    return tally -> {
      long t = System.nanoTime();
      HttpResponse<String> registered = platform.post("registrar", "/api/petitions", petition());
      if (!tally.start(t, ok(registered, 201))) {
        return;
      }
      String caseNo = json.readTree(registered.body()).get("caseNo").asText();
      List<String[]> steps = caseSteps("natural-resources", "township-2");
      for (String[] step : steps) {
        String filter = "processInstanceBusinessKey=" + caseNo;
        String variables = "{\"variables\":" + step[2] + "}";
        if (!step(platform, step[0], filter, step[1], "submit-form", variables, tally)) {
          return;
        }
      }
    };
  }

  /**
   * The platform's lifecycle of a case routed to {@code lead} and {@code other}: each step's user,
   * task key and submitted variables (登记受理, each unit's 签收, 送达, 办理 and 审批, the consolidated reply
   * and its approval).
   */
  static List<String[]> caseSteps(String lead, String other) {
    List<String[]> steps = new ArrayList<>();
    steps.add(
        new String[] {
          "registrar",
          "Task_ReviewRegistration",
          """
          {"acceptanceDecision":{"value":"FORWARD"},
           "responsibleUnits":{"value":"[\\"%s\\",\\"%s\\"]","type":"Json"},
           "leadUnit":{"value":"%s"},
           "routingReason":{"value":"基准测试：按两个单位分办"}}
          """
              .formatted(lead, other, lead)
        });
    for (String unit : List.of(lead, other)) {
      steps.add(
          new String[] {
            unit + "-official", "Task_SignFor", "{\"signDecision\":{\"value\":\"SIGN\"}}"
          });
      steps.add(new String[] {unit + "-official", "Task_DeliverNotice", deliveredToday()});
      steps.add(
          new String[] {
            unit + "-official",
            "Task_HandleCase",
            """
            {"handlingAction":{"value":"HANDLED"},
             "findings":{"value":"经现场核查，工资已核实"},
             "measures":{"value":"督促企业十日内发放"},
             "draftReply":{"value":"工资将于十日内发放"}}
            """
          });
      steps.add(
          new String[] {
            unit + "-leader", "Task_ApproveUnitReply", "{\"unitDecision\":{\"value\":\"APPROVE\"}}"
          });
    }
    steps.add(
        new String[] {
          lead + "-official",
          "Task_ConsolidateReply",
          "{\"replyText\":{\"value\":\"经自然资源局、第二镇调查核实，工资将于十日内发放。如不服本答复，可自收到之日起三十日内申请复查。\"}}"
        });
    steps.add(
        new String[] {
          lead + "-leader", "Task_ApproveReply", "{\"replyDecision\":{\"value\":\"APPROVE\"}}"
        });
    return steps;
  }

  /**
   * One step as Tasklist takes it: the task found, claimed by the user and completed ({@code
   * complete} or {@code submit-form}); its latency is the claim and the completion. False if it
   * failed.
   */
  boolean step(
      Node node,
      String user,
      String filter,
      String taskKey,
      String completion,
      String body,
      Tally tally)
      throws Exception {
    String id = findTask(node, user, filter, taskKey);
    if (id == null) {
      tally.failed();
      return false;
    }
    String claimant = user == null ? "bench" : user;
    long s = System.nanoTime();
    boolean done =
        ok(
                node.post(
                    user,
                    "/engine-rest/task/" + id + "/claim",
                    "{\"userId\":\"" + claimant + "\"}"),
                204)
            && ok(node.post(user, "/engine-rest/task/" + id + "/" + completion, body), 204);
    tally.step(s, done);
    return done;
  }

  /**
   * The task as the user's Tasklist lists it; waits for it while the job executor is still on its
   * way there (the units' parts join the case asynchronously).
   */
  String findTask(Node node, String user, String filter, String taskKey) throws Exception {
    Instant until = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(until)) {
      HttpResponse<String> found =
          node.get(user, "/engine-rest/task?" + filter + "&taskDefinitionKey=" + taskKey);
      if (found != null && found.statusCode() == 200) {
        JsonNode tasks = json.readTree(found.body());
        if (!tasks.isEmpty()) {
          return tasks.get(0).get("id").asText();
        }
      }
      Thread.sleep(100);
    }
    return null;
  }

  String petition() {
    int n = petitioners.incrementAndGet();
    String born =
        LocalDate.of(1960, 1, 1).plusDays(n / 1000).format(DateTimeFormatter.BASIC_ISO_DATE);
    try {
      return json.writeValueAsString(Petitions.claimBy(born, n % 1000).build());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String deliveredToday() {
    return "{\"deliveryWay\":{\"value\":\"IN_PERSON\"},\"deliveredOn\":{\"value\":\""
        + LocalDate.now(BEIJING)
        + "\"}}";
  }

  private static boolean ok(HttpResponse<String> answer, int status) {
    return answer != null && answer.statusCode() == status;
  }

  // --- measuring ---

  private Result measure(String phase, Work work, int seconds) throws Exception {
    return run(phase, work, seconds, null, null, null);
  }

  private Result measureWhileSampling(
      String phase, Work work, Node node, AtomicLong peakRss, AtomicLong peakHeap)
      throws Exception {
    return run(phase, work, SECONDS, node, peakRss, peakHeap);
  }

  private Result run(
      String phase, Work work, int seconds, Node sampled, AtomicLong peakRss, AtomicLong peakHeap)
      throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(THREADS);
    AtomicBoolean running = new AtomicBoolean(true);
    List<Tally> tallies = new ArrayList<>();
    List<Future<?>> futures = new ArrayList<>();
    long began = System.nanoTime();
    for (int i = 0; i < THREADS; i++) {
      Tally tally = new Tally();
      tallies.add(tally);
      futures.add(
          clients.submit(
              () -> {
                while (running.get()) {
                  work.once(tally);
                }
                return null;
              }));
    }
    Instant until = Instant.now().plusSeconds(seconds);
    while (Instant.now().isBefore(until)) {
      if (sampled != null) {
        Footprint now = Footprint.of(sampled);
        peakRss.accumulateAndGet(now.rssMib(), Math::max);
        peakHeap.accumulateAndGet(now.heapUsedMib(), Math::max);
      }
      Thread.sleep(1000);
    }
    running.set(false);
    for (Future<?> f : futures) {
      f.get(2, TimeUnit.MINUTES);
    }
    double elapsed = (System.nanoTime() - began) / 1e9;
    clients.shutdown();
    Result result = Result.of(phase, elapsed, tallies);
    if (!phase.equals("warm-up")) {
      print("%s", result.line());
    }
    return result;
  }

  private void report(List<Result> results, long peakRss, long peakHeap) {
    Result plainIntake = Result.merge("plain intake", results);
    Result platformIntake = Result.merge("platform intake", results);
    Result plainSteps = Result.merge("plain steps", results);
    Result platformSteps = Result.merge("platform steps", results);
    print("=== summary (all rounds) ===");
    print(
        "intake: platform %.1f petitions/s (target ≥ 300 on 2 cores), plain Camunda %.1f starts/s;"
            + " ratio %.2f",
        platformIntake.startsPerSecond(),
        plainIntake.startsPerSecond(),
        platformIntake.startsPerSecond() / plainIntake.startsPerSecond());
    print(
        "intake latency ms p50/p95/p99: platform %s, plain %s",
        platformIntake.startLatency(), plainIntake.startLatency());
    print(
        "steps: platform %.1f steps/s, plain Camunda %.1f steps/s; ratio %.2f (target ≥ 1.0)",
        platformSteps.stepsPerSecond(),
        plainSteps.stepsPerSecond(),
        platformSteps.stepsPerSecond() / plainSteps.stepsPerSecond());
    print(
        "lifecycle starts/s: platform %.1f, plain %.1f; step latency ms p50/p95/p99: platform %s,"
            + " plain %s",
        platformSteps.startsPerSecond(),
        plainSteps.startsPerSecond(),
        platformSteps.stepLatency(),
        plainSteps.stepLatency());
    print(
        "platform under intake load: heap used at most %d MiB, RSS at most %d MiB (target ≤ 1024"
            + " MiB)",
        peakHeap, peakRss);
    print(
        "failed requests: plain %d, platform %d",
        plainIntake.failed() + plainSteps.failed(),
        platformIntake.failed() + platformSteps.failed());
  }

  /** One client thread's counts and latencies (nanoseconds). */
  static final class Tally {
    final List<Long> starts = new ArrayList<>();
    final List<Long> steps = new ArrayList<>();
    int failed;

    boolean start(long began, boolean ok) {
      if (ok) {
        starts.add(System.nanoTime() - began);
      } else {
        failed++;
      }
      return ok;
    }

    void step(long began, boolean ok) {
      if (ok) {
        steps.add(System.nanoTime() - began);
      } else {
        failed++;
      }
    }

    void failed() {
      failed++;
    }
  }

  record Result(String phase, double seconds, List<Long> starts, List<Long> steps, int failed) {

    static Result of(String phase, double seconds, List<Tally> tallies) {
      List<Long> starts = new ArrayList<>();
      List<Long> steps = new ArrayList<>();
      int failed = 0;
      for (Tally t : tallies) {
        starts.addAll(t.starts);
        steps.addAll(t.steps);
        failed += t.failed;
      }
      return new Result(phase, seconds, starts, steps, failed);
    }

    static Result merge(String phase, List<Result> results) {
      List<Long> starts = new ArrayList<>();
      List<Long> steps = new ArrayList<>();
      double seconds = 0;
      int failed = 0;
      for (Result r : results) {
        if (r.phase.equals(phase)) {
          starts.addAll(r.starts);
          steps.addAll(r.steps);
          seconds += r.seconds;
          failed += r.failed;
        }
      }
      return new Result(phase, seconds, starts, steps, failed);
    }

    double startsPerSecond() {
      return starts.size() / seconds;
    }

    double stepsPerSecond() {
      return steps.size() / seconds;
    }

    String startLatency() {
      return percentiles(starts);
    }

    String stepLatency() {
      return percentiles(steps);
    }

    String line() {
      return String.format(
          "%-16s %6.1f s: %6d starts (%6.1f/s, ms p50/p95/p99 %s), %6d steps (%6.1f/s, ms"
              + " p50/p95/p99 %s), %d failed",
          phase,
          seconds,
          starts.size(),
          startsPerSecond(),
          startLatency(),
          steps.size(),
          stepsPerSecond(),
          stepLatency(),
          failed);
    }

    private static String percentiles(List<Long> nanos) {
      if (nanos.isEmpty()) {
        return "–";
      }
      List<Long> sorted = nanos.stream().sorted().toList();
      return String.format("%d/%d/%d", at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
    }

    private static long at(List<Long> sorted, double p) {
      int index = Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1);
      return sorted.get(Math.max(0, index)) / 1_000_000;
    }
  }

  /** A JVM's heap (from {@code jcmd GC.heap_info}) and resident set (from /proc). */
  record Footprint(long heapUsedMib, long heapCommittedMib, long rssMib) {

    private static final Pattern HEAP =
        Pattern.compile("garbage-first heap\\s+total (\\d+)K, used (\\d+)K");
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    static Footprint of(Node node) {
      long used = -1;
      long committed = -1;
      try {
        Process jcmd =
            new ProcessBuilder(jcmd(), String.valueOf(node.pid()), "GC.heap_info")
                .redirectErrorStream(true)
                .start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor(10, TimeUnit.SECONDS);
        Matcher heap = HEAP.matcher(out);
        if (heap.find()) {
          committed = Long.parseLong(heap.group(1)) / 1024;
          used = Long.parseLong(heap.group(2)) / 1024;
        }
      } catch (IOException e) {
        // no jcmd: the heap stays unknown (-1)
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      long rss = -1;
      try {
        Matcher m =
            RSS.matcher(Files.readString(Path.of("/proc", String.valueOf(node.pid()), "status")));
        if (m.find()) {
          rss = Long.parseLong(m.group(1)) / 1024;
        }
      } catch (IOException e) {
        // not Linux: the RSS stays unknown (-1)
      }
      return new Footprint(used, committed, rss);
    }

    private static String jcmd() {
      return Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    }
  }

  private static long totalMemoryMib() {
    try {
      Matcher m =
          Pattern.compile("MemTotal:\\s+(\\d+) kB")
              .matcher(Files.readString(Path.of("/proc/meminfo")));
      return m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  private static double seconds(Duration d) {
    return d.toMillis() / 1000.0;
  }

  private static void print(String format, Object... arguments) {
    System.out.printf("[benchmark] " + format + "%n", arguments);
  }
}
