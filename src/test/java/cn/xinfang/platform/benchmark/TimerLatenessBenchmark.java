package cn.xinfang.platform.benchmark;

import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.reliability.Node;
import cn.xinfang.platform.reliability.SharedDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a test ({@code scripts/benchmark-timers.sh} runs it after {@code package}): N
 * open cases registered once through the intake API, then, on a copy of that database for each
 * variant, their reminder and breach timers (2N jobs) moved so they come due spread over one
 * minute, and the platform left to fire them, first with one node, then with two nodes on the same
 * database. Prints how late the reminders and overdue records were written after their due time
 * (p50/p99, goal p99 ≤ 60 s) and that each fired exactly once, counted in the records, the case
 * record and the mails. {@code -Dbenchmark.deadlines} sets N: 50,000 cases by default, whose 转送
 * clocks make the 100,000 deadline timers the issue asks for.
 */
class TimerLatenessBenchmark {

  static final int CASES = Integer.getInteger("benchmark.deadlines", 50_000);
  static final int THREADS = Integer.getInteger("benchmark.threads", 16);
  static final Duration WINDOW = Duration.ofMinutes(1);
  static final String REGISTERED = "registered";

  /**
   * How long to wait for the mails after the timers (the mails queued behind 100,000 timers take
   * about as long again); the duplicate check covers the mails sent by then.
   */
  static final Duration MAIL_WAIT =
      Duration.ofMinutes(Integer.getInteger("benchmark.mail-wait-minutes", 30));

  /** With one node only, or one and then two ({@code -Dbenchmark.nodes}). */
  static final int MOST_NODES = Integer.getInteger("benchmark.nodes", 2);

  /** Two nodes only, for a long run split in two: {@code -Dbenchmark.fewest-nodes=2}. */
  static final int FEWEST_NODES = Integer.getInteger("benchmark.fewest-nodes", 1);

  /**
   * Settings the nodes get besides the product's (e.g. job executor tuning to try),
   * comma-separated.
   */
  static final List<String> EXTRA =
      System.getProperty("benchmark.settings", "").isBlank()
          ? List.of()
          : List.of(System.getProperty("benchmark.settings").split(","));

  private final ObjectMapper json = new ObjectMapper();
  private final AtomicInteger petitioners = new AtomicInteger();

  @Test
  void deadlinesComingDueInOneWindow() throws Exception {
    print(
        "%d cases, %d timers due within %d s; %d client threads",
        CASES, 2 * CASES, WINDOW.toSeconds(), THREADS);
    try (SharedDatabase database = SharedDatabase.start()) {
      registerOnce(database);
      for (int nodes = FEWEST_NODES; nodes <= MOST_NODES; nodes++) {
        String name = "timers" + nodes;
        database.createDatabase(name, REGISTERED);
        GreenMail smtp = new GreenMail(new ServerSetup(Node.freePort(), "localhost", "smtp"));
        smtp.start();
        List<Node> cluster = new ArrayList<>();
        try {
          for (int i = 1; i <= nodes; i++) {
            cluster.add(
                PlatformBenchmark.startPlatform(
                    name + "-node-" + i, database.url(name), smtp.getSmtp().getPort(), EXTRA));
          }
          run(nodes, database, name, smtp);
        } finally {
          for (Node node : cluster) {
            node.close();
          }
          smtp.stop();
        }
      }
    }
  }

  /**
   * The cases are registered once, through one node's intake API, and each variant starts from a
   * copy of that database: registering 50,000 cases takes longer than firing them on this machine.
   */
  private void registerOnce(SharedDatabase database) throws Exception {
    database.createDatabase(REGISTERED);
    GreenMail smtp = new GreenMail(new ServerSetup(Node.freePort(), "localhost", "smtp"));
    smtp.start();
    try (Node node =
        PlatformBenchmark.startPlatform(
            "registering-node", database.url(REGISTERED), smtp.getSmtp().getPort(), EXTRA)) {
      Instant began = Instant.now();
      int registered = register(node);
      print(
          "%d cases registered in %d s (once, each variant starts from a copy)",
          registered, Duration.between(began, Instant.now()).toSeconds());
      Database db = new Database(database, REGISTERED);
      waitForMails(db, Duration.ofMinutes(10));
    } finally {
      smtp.stop();
    }
  }

  /** Until no mail is waiting to be sent, or {@code most} has passed; the mails still queued. */
  private static long waitForMails(Database db, Duration most) throws Exception {
    Instant until = Instant.now().plus(most);
    long queued;
    while ((queued =
                db.count(
                    "select count(*) from act_ru_execution where parent_id_ is null"
                        + " and proc_def_id_ like 'mail-delivery:%'"))
            > 0
        && Instant.now().isBefore(until)) {
      Thread.sleep(2000);
    }
    return queued;
  }

  private void run(int nodes, SharedDatabase all, String name, GreenMail smtp) throws Exception {
    Database db = new Database(all, name);
    // due spread evenly over the window, starting 20 s from now
    Instant start = Instant.now().plusSeconds(20);
    db.update(
        "update act_ru_job j set duedate_ = cast(? as timestamp)"
            + " + (random() * cast(? as double precision)) * interval '1 second'"
            + " from act_ru_jobdef d where j.job_def_id_ = d.id_"
            + " and d.act_id_ in ('Timer_ForwardReminder', 'Timer_ForwardOverdue')",
        Timestamp.from(start),
        (double) WINDOW.toSeconds());
    Map<String, Instant> due = new HashMap<>();
    for (List<Object> row :
        db.rows(
            "select e.business_key_, d.act_id_, j.duedate_ from act_ru_job j"
                + " join act_ru_jobdef d on d.id_ = j.job_def_id_"
                + " join act_ru_execution e on e.id_ = j.process_instance_id_"
                + " where d.act_id_ in ('Timer_ForwardReminder', 'Timer_ForwardOverdue')")) {
      String kind = row.get(1).equals("Timer_ForwardOverdue") ? "OVERDUE" : "REMINDER";
      due.put(row.get(0) + "/" + kind, ((Timestamp) row.get(2)).toInstant());
    }
    // at least 15 minutes, more for a large run: firing at 5 timers a second would still finish
    Instant until = start.plus(WINDOW).plus(Duration.ofSeconds(Math.max(900, due.size() / 5)));
    long fired = 0;
    Instant progress = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(until)) {
      fired = db.count("select count(*) from petition_reminder where period = 'FORWARD'");
      if (fired >= due.size()) {
        break;
      }
      if (Instant.now().isAfter(progress)) {
        print(
            "%d node(s): %d of %d fired after %d s",
            nodes, fired, due.size(), Duration.between(start, Instant.now()).toSeconds());
        progress = progress.plus(Duration.ofMinutes(5));
      }
      Thread.sleep(2000);
    }
    List<Long> lateness = new ArrayList<>();
    for (List<Object> row :
        db.rows("select case_no, step, sent_at from petition_reminder where period = 'FORWARD'")) {
      String kind = "OVERDUE".equals(row.get(1)) ? "OVERDUE" : "REMINDER";
      Instant dueAt = due.get(row.get(0) + "/" + kind);
      if (dueAt != null) {
        lateness.add(Duration.between(dueAt, ((Timestamp) row.get(2)).toInstant()).toMillis());
      }
    }
    lateness.sort(null);
    long duplicates =
        db.count(
            "select count(*) - count(distinct (case_no, step)) from petition_reminder"
                + " where period = 'FORWARD'");
    long events =
        db.count("select count(*) from petition_event where action in ('REMINDED', 'OVERDUE')");
    print(
        "%d node(s): lateness after due p50 %.1f s, p99 %.1f s, max %.1f s (goal p99 ≤ 60 s)",
        nodes,
        at(lateness, 0.50) / 1000.0,
        at(lateness, 0.99) / 1000.0,
        lateness.isEmpty() ? -1 : lateness.get(lateness.size() - 1) / 1000.0);
    // let the mail jobs finish, for as long as -Dbenchmark.mail-wait-minutes allows
    Instant firedAt = Instant.now();
    long queued = waitForMails(db, MAIL_WAIT);
    print(
        "%d node(s): mails %s %d s after the last timer fired",
        nodes,
        queued == 0 ? "all sent" : queued + " still queued",
        Duration.between(firedAt, Instant.now()).toSeconds());
    Map<String, Integer> copies = new HashMap<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      String subject = message.getSubject();
      if (subject.startsWith("【期限提醒】") || subject.startsWith("【超期】")) {
        copies.merge(subject, 1, Integer::sum);
      }
    }
    int bureau = (int) members(db, "petition-bureau");
    int leaders = (int) members(db, "petition-bureau-leaders");
    long mailsTwice =
        copies.entrySet().stream()
            .filter(e -> e.getValue() > (e.getKey().startsWith("【超期】") ? bureau + leaders : bureau))
            .count();
    print(
        "%d node(s): timers due %d, fired %d, duplicates %d; case-record entries %d; mails %d"
            + " (subjects sent more than once: %d)",
        nodes,
        due.size(),
        fired,
        duplicates,
        events,
        copies.values().stream().mapToInt(i -> i).sum(),
        mailsTwice);
  }

  private int register(Node node) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(THREADS);
    AtomicInteger done = new AtomicInteger();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      futures.add(
          clients.submit(
              () -> {
                while (true) {
                  int n = petitioners.incrementAndGet();
                  if (n > CASES) {
                    return null;
                  }
                  String born =
                      LocalDate.of(1950, 1, 1)
                          .plusDays(n / 1000)
                          .format(DateTimeFormatter.BASIC_ISO_DATE);
                  var answer =
                      node.post(
                          "registrar",
                          "/api/petitions",
                          json.writeValueAsString(Petitions.claimBy(born, n % 1000).build()));
                  if (answer != null && answer.statusCode() == 201) {
                    done.incrementAndGet();
                  }
                }
              }));
    }
    for (Future<?> f : futures) {
      f.get(6, TimeUnit.HOURS);
    }
    clients.shutdown();
    petitioners.set(0);
    return done.get();
  }

  private static long members(Database db, String group) throws Exception {
    return db.count(
        "select count(*) from act_id_membership m join act_id_user u on u.id_ = m.user_id_"
            + " where m.group_id_ = ? and coalesce(u.email_, '') <> ''",
        group);
  }

  private static long at(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return -1;
    }
    int index = Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1);
    return sorted.get(Math.max(0, index));
  }

  private static void print(String format, Object... arguments) {
    System.out.printf("[timer-benchmark] " + format + "%n", arguments);
  }

  /** One database of the shared server. */
  private record Database(SharedDatabase server, String name) {

    List<List<Object>> rows(String sql, Object... parameters) throws Exception {
      return server.rowsIn(name, sql, parameters);
    }

    long count(String sql, Object... parameters) throws Exception {
      return ((Number) rows(sql, parameters).get(0).get(0)).longValue();
    }

    int update(String sql, Object... parameters) throws Exception {
      return server.updateIn(name, sql, parameters);
    }
  }
}
