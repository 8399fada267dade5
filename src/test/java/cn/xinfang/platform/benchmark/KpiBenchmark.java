package cn.xinfang.platform.benchmark;

import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.PostgresPlatformTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A benchmark, not a test (surefire does not pick it up by its name; {@code
 * scripts/benchmark-kpi.sh} runs it): 100,000 historic cases of a year written straight into the
 * case file of an embedded PostgreSQL — their units' parts, signing, finishing, objections,
 * buck-passing, extensions, repeats, ratings and supervision documents — then {@code GET
 * /api/kpi/units} asked for a day, a week, a month, a quarter and the year, as 监控中心 asks it, and
 * the latency printed per period (goal: p95 under 1 s).
 */
@PostgresPlatformTest
class KpiBenchmark {

  static final int CASES = Integer.getInteger("benchmark.cases", 100_000);
  static final int ROUNDS = Integer.getInteger("benchmark.rounds", 40);

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void kpiApiAtAHundredThousandCases() throws Exception {
    long start = System.nanoTime();
    generate();
    System.out.printf(
        "%n[kpi-benchmark] generated %,d cases, %,d unit parts, %,d case-record entries in %.1f s%n",
        count("petition_case"),
        count("petition_unit"),
        count("petition_event"),
        (System.nanoTime() - start) / 1e9);
    jdbc.sql("analyze").update();

    DemoUser manager = DemoUser.of("manager", port);
    Random random = new Random(17);
    for (int i = 0; i < 10; i++) {
      ask(manager, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)); // warm-up
    }
    String[] kinds = {"day", "week", "month", "quarter", "year"};
    boolean met = true;
    for (String kind : kinds) {
      List<Long> millis = new ArrayList<>();
      for (int i = 0; i < ROUNDS; i++) {
        LocalDate from = LocalDate.of(2025, 12, 1).plusDays(random.nextInt(330));
        LocalDate to =
            switch (kind) {
              case "day" -> from;
              case "week" -> from.plusDays(6);
              case "month" -> from.plusMonths(1).minusDays(1);
              case "quarter" -> from.plusMonths(3).minusDays(1);
              default -> LocalDate.of(2025, 12, 1).plusYears(1).minusDays(1);
            };
        if (kind.equals("year")) {
          from = LocalDate.of(2025, 12, 1);
        }
        millis.add(ask(manager, from, to));
      }
      millis.sort(null);
      long p50 = millis.get(millis.size() / 2);
      long p95 = millis.get((int) Math.ceil(millis.size() * 0.95) - 1);
      met &= p95 < 1000;
      System.out.printf(
          "[kpi-benchmark] GET /api/kpi/units period=%-7s n=%d p50=%4d ms p95=%4d ms max=%4d ms"
              + " (goal p95 < 1000 ms)%n",
          kind, millis.size(), p50, p95, millis.get(millis.size() - 1));
    }
    System.out.println("[kpi-benchmark] goal " + (met ? "met" : "MISSED"));
  }

  private long ask(DemoUser user, LocalDate from, LocalDate to) {
    long t = System.nanoTime();
    HttpResponse<String> answer = user.get("/api/kpi/units?from=" + from + "&to=" + to);
    long ms = Duration.ofNanos(System.nanoTime() - t).toMillis();
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(answer.statusCode() + " " + answer.body());
    }
    return ms;
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  /** A year of cases from 2025-12-01, one every 315 seconds, written with set-based SQL. */
  private void generate() {
    String units =
        "array['police','court','procuratorate','justice','natural-resources','human-resources',"
            + "'housing','market-regulation','township-1','township-2','village-1-1','village-2-1']";
    jdbc.sql(
            """
            insert into petition_case (case_no, query_code_hash, channel, category, matter_type,
              law_related, region, headcount, content, status, lead_unit, registered_at,
              registered_by, forward_deadline)
            select 'BM-' || lpad(i::text, 7, '0'), md5(i::text), 'VISIT', 'CLAIM', 'wages', false,
              'village-1-1', 1, '基准测试案件', case when i % 10 < 8 then 'CLOSED' else 'HANDLING' end,
              (UNITS)[1 + i % 12], timestamp '2025-12-01 01:00' + i * interval '315 seconds',
              'registrar', date '2025-12-01' + (i * 315 / 86400) + 15
            from generate_series(1, :cases) as i
            """
                .replace("UNITS", units))
        .param("cases", CASES)
        .update();
    // one unit per case, a second one for three cases in ten
    jdbc.sql(
            """
            insert into petition_unit (case_no, unit, episode, lead, status, assigned_at,
              accept_deadline, objection_deadline, handling_deadline, objections, buck_passing,
              handling_started_at, extended_days, finished_at)
            select c.case_no, (UNITS)[1 + (n + k) % 12], 1, k = 0,
              case when n % 20 = 0 then 'ASSIGNED' when n % 10 < 8 then 'DONE' else 'HANDLING' end,
              c.registered_at + interval '1 hour',
              cast(c.registered_at as date) + 15, cast(c.registered_at as date) + 7,
              case when n % 20 = 0 then null
                else cast(c.registered_at as date) + (n % 19) + 60 + case when n % 10 = 3 then 30 else 0 end end,
              0, false,
              case when n % 20 = 0 then null else c.registered_at + (n % 19) * interval '1 day' end,
              case when n % 10 = 3 then 30 else 0 end,
              case when n % 20 <> 0 and n % 10 < 8
                then c.registered_at + ((n % 19) + (n * 7) % 80) * interval '1 day' end
            from (select case_no, registered_at, cast(substr(case_no, 4) as integer) as n
                  from petition_case where case_no like 'BM-%') c
            cross join generate_series(0, 1) as k
            where k = 0 or c.n % 10 < 3
            """
                .replace("UNITS", units))
        .update();
    // the case record: 登记 and 交办 per case, 签收 and 审批通过 per part, and the rarer entries
    jdbc.sql(
            """
            insert into petition_event (case_no, occurred_at, actor, unit, action, detail)
            select case_no, registered_at, 'registrar', null, a, '基准测试'
            from petition_case cross join unnest(array['REGISTERED', 'ROUTED', 'ASSIGNED']) as a
            where case_no like 'BM-%'
            """)
        .update();
    jdbc.sql(
            """
            insert into petition_event (case_no, occurred_at, actor, unit, action, detail)
            select case_no, handling_started_at, 'official', unit, 'SIGNED_FOR', '基准测试'
            from petition_unit where case_no like 'BM-%' and handling_started_at is not null
            union all
            select case_no, finished_at, 'leader', unit, 'UNIT_REPLY_APPROVED', '基准测试'
            from petition_unit where case_no like 'BM-%' and finished_at is not null
            union all
            select case_no, assigned_at + interval '1 day', 'official', unit, 'OBJECTED', '基准测试'
            from petition_unit
            where case_no like 'BM-%' and cast(substr(case_no, 4) as integer) % 13 = 0
            union all
            select case_no, assigned_at + interval '2 day', 'official', unit, 'BUCK_PASSING', '基准测试'
            from petition_unit
            where case_no like 'BM-%' and cast(substr(case_no, 4) as integer) % 50 = 0
            union all
            select case_no, handling_started_at + interval '5 day', 'leader', unit,
              'EXTENSION_APPROVED', '基准测试'
            from petition_unit where case_no like 'BM-%' and extended_days > 0
            union all
            select case_no, registered_at + interval '20 day', 'registrar', null,
              'DUPLICATE_LINKED', '基准测试'
            from petition_case
            where case_no like 'BM-%' and cast(substr(case_no, 4) as integer) % 20 = 7
            """)
        .update();
    jdbc.sql(
            """
            insert into case_satisfaction (case_no, unit, source, rating, way, rated_at, actor)
            select case_no, unit, 'FOLLOW_UP',
              (array['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'])[1 + cast(substr(case_no, 4) as integer) % 3],
              'PHONE', finished_at + interval '3 day', 'registrar'
            from petition_unit
            where case_no like 'BM-%' and finished_at is not null
              and cast(substr(case_no, 4) as integer) % 2 = 0
            """)
        .update();
    jdbc.sql(
            """
            insert into supervision_case (case_no, unit, reason, source, opened_at, triggers)
            select case_no, unit, 'BUCK_PASSING', 'OBJECTION', assigned_at + interval '2 day', 1
            from petition_unit
            where case_no like 'BM-%' and cast(substr(case_no, 4) as integer) % 50 = 0
            """)
        .update();
    jdbc.sql(
            """
            insert into supervision_document (supervision_id, case_no, unit, kind, title, html,
              issued_at, issued_by)
            select id, case_no, unit,
              case when id % 5 = 0 then 'PUBLIC_NOTICE' when id % 7 = 0 then 'PROPOSAL' else 'NOTICE' end,
              '督办函', '<p>基准测试</p>', opened_at + interval '1 day', 'supervisor'
            from supervision_case where case_no like 'BM-%'
            """)
        .update();
  }
}
