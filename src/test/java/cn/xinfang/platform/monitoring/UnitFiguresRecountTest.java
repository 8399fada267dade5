package cn.xinfang.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.aftercare.Satisfactions;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.PostgresPlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The unit figures of {@code GET /api/kpi/units}, over a quarter of generated petition work on a
 * real PostgreSQL, recounted here independently: from the raw rows of the case record (when each
 * part was signed for and finished comes from its 签收 and 单位领导审批通过 entries, not from the columns the
 * service reads), the supervision documents, the ratings, and the engine's history. For several
 * periods every figure of every unit must agree exactly.
 */
@PostgresPlatformTest
class UnitFiguresRecountTest extends CaseTest {

  static final LocalDate FIRST = LocalDate.of(2026, 6, 1);
  static final LocalDate LAST = LocalDate.of(2026, 8, 31);

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired Satisfactions satisfactions;

  @Test
  void everyFigureOfEveryUnitAgreesWithTheRawRecords() throws Exception {
    new CaseLoad(flow, management, satisfactions).run(FIRST, 60, 5, LAST);
    Raw raw = new Raw();
    assertThat(raw.parts.size()).as("parts in the data set").isGreaterThan(250);
    // the story has every kind of figure in it
    assertThat(raw.events.stream().map(Event::action).distinct())
        .contains(
            "SIGNED_FOR",
            "UNIT_REPLY_APPROVED",
            "OBJECTED",
            "BUCK_PASSING",
            "EXTENSION_APPROVED",
            "DUPLICATE_LINKED");
    assertThat(raw.documents).isNotEmpty();
    assertThat(raw.ratings).isNotEmpty();
    // the case record agrees with the engine's history: one 签收 entry per completed 签收 that signed
    assertThat(raw.events.stream().filter(e -> e.action().equals("SIGNED_FOR")).count())
        .isEqualTo(
            history
                .createHistoricVariableInstanceQuery()
                .variableName("signDecision")
                .list()
                .stream()
                .filter(v -> "SIGN".equals(v.getValue()))
                .count());

    for (String[] period :
        List.of(
            new String[] {"2026-06-01", "2026-08-31"},
            new String[] {"2026-07-01", "2026-07-31"},
            new String[] {"2026-07-06", "2026-07-12"},
            new String[] {"2026-06-15", "2026-06-15"})) {
      JsonNode answer = kpis("manager", period[0], period[1]);
      LocalDate from = LocalDate.parse(period[0]);
      LocalDate to = LocalDate.parse(period[1]);
      compare(answer.get("units"), raw.recount(from, to), period[0] + "…" + period[1]);
      long days = to.toEpochDay() - from.toEpochDay() + 1;
      List<JsonNode> previous = new ArrayList<>();
      answer.get("previous").forEach(previous::add);
      compare(
          json.valueToTree(previous),
          raw.recount(from.minusDays(days), from.minusDays(1)),
          "before " + period[0]);
    }

    JsonNode quarter = kpis("manager", "2026-06-01", "2026-08-31").get("units");
    List<Integer> overdue = new ArrayList<>();
    quarter.forEach(u -> overdue.add(u.get("overdueNow").asInt()));
    assertThat(overdue).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(overdue.get(0)).as("the story leaves parts overdue").isPositive();
    JsonNode police = unit(quarter, "police");
    assertThat(police.get("hotlineOrders").isNull()).as("no 12345 orders: —, not 0").isTrue();
    assertThat(police.get("supervisionNotices").isNull()).isFalse();
    JsonNode bureau = unit(quarter, "petition-bureau");
    assertThat(bureau.get("satisfactionRate").isNull()).as("nothing rated: —").isTrue();
    assertThat(bureau.get("medianDaysToClose").isNull()).isTrue();

    JsonNode list = get("manager", "/api/kpi/overdue");
    int total = 0;
    for (JsonNode u : quarter) {
      total += u.get("overdueNow").asInt();
    }
    assertThat(list.get("total").asInt()).isEqualTo(total);
    JsonNode first = list.get("overdue").get(0);
    assertThat(first.get("processInstanceId").asText()).isNotBlank();
    assertThat(first.get("stage").asText()).isIn("签收", "办理");
  }

  private static JsonNode unit(JsonNode units, String code) {
    for (JsonNode u : units) {
      if (u.get("unit").asText().equals(code)) {
        return u;
      }
    }
    throw new AssertionError("no figures for " + code);
  }

  private void compare(JsonNode units, Map<String, Map<String, Object>> expected, String period) {
    Map<String, JsonNode> byUnit = new HashMap<>();
    units.forEach(u -> byUnit.put(u.get("unit").asText(), u));
    assertThat(byUnit.keySet()).as(period).containsAll(CaseLoad.UNITS);
    for (String unit : byUnit.keySet()) {
      Map<String, Object> figures = expected.getOrDefault(unit, Raw.empty());
      JsonNode actual = byUnit.get(unit);
      for (Map.Entry<String, Object> figure : figures.entrySet()) {
        JsonNode value = actual.get(figure.getKey());
        Object got =
            value == null || value.isNull()
                ? null
                : value.isIntegralNumber() ? (Object) value.asInt() : value.decimalValue();
        Object want = figure.getValue();
        if (want instanceof BigDecimal w && got instanceof BigDecimal g) {
          assertThat(g).as(period + " " + unit + " " + figure.getKey()).isEqualByComparingTo(w);
        } else {
          assertThat(got).as(period + " " + unit + " " + figure.getKey()).isEqualTo(want);
        }
      }
    }
  }

  private JsonNode kpis(String user, String from, String to) throws Exception {
    return get(user, "/api/kpi/units?from=" + from + "&to=" + to);
  }

  private JsonNode get(String user, String path) throws Exception {
    HttpResponse<String> answer = DemoUser.of(user, port).get(path);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json.readTree(answer.body());
  }

  record Part(
      String caseNo,
      String unit,
      int episode,
      String status,
      Instant assigned,
      LocalDate acceptDeadline,
      LocalDate handlingDeadline) {}

  record Event(String caseNo, String unit, String action, Instant at) {}

  record Document(String unit, String kind, Instant at) {}

  record Rating(String unit, String rating, Instant at) {}

  /** The raw rows, read once, and the figures counted from them the plain way. */
  private final class Raw {

    final List<Part> parts =
        jdbc.sql(
                "select case_no, unit, episode, status, assigned_at, accept_deadline,"
                    + " handling_deadline from petition_unit")
            .query(
                (rs, n) ->
                    new Part(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getDate(6).toLocalDate(),
                        rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate()))
            .list();
    final List<Event> events =
        jdbc.sql("select case_no, unit, action, occurred_at from petition_event")
            .query(
                (rs, n) ->
                    new Event(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
            .list();
    final List<Document> documents =
        jdbc.sql("select unit, kind, issued_at from supervision_document")
            .query(
                (rs, n) ->
                    new Document(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
            .list();
    final List<Rating> ratings =
        jdbc.sql("select unit, rating, rated_at from case_satisfaction")
            .query(
                (rs, n) ->
                    new Rating(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
            .list();

    static Map<String, Object> empty() {
      Map<String, Object> f = new LinkedHashMap<>();
      for (String count :
          List.of(
              "received",
              "dueToAccept",
              "acceptedOnTime",
              "closed",
              "closedOnTime",
              "extensions",
              "objections",
              "buckPassing",
              "rated",
              "satisfied",
              "repeatCases")) {
        f.put(count, 0);
      }
      return f;
    }

    /** Events of the part: its unit's, from its handing over until the unit's next episode. */
    private List<Event> of(Part p) {
      Instant until =
          parts.stream()
              .filter(
                  q ->
                      q.caseNo().equals(p.caseNo())
                          && q.unit().equals(p.unit())
                          && q.episode() == p.episode() + 1)
              .map(Part::assigned)
              .findFirst()
              .orElse(Instant.MAX);
      return events.stream()
          .filter(
              e ->
                  e.caseNo().equals(p.caseNo())
                      && p.unit().equals(e.unit())
                      && !e.at().isBefore(p.assigned())
                      && e.at().isBefore(until))
          .toList();
    }

    Map<String, Map<String, Object>> recount(LocalDate from, LocalDate to) {
      Instant start = from.atStartOfDay(CaseLoad.BEIJING).toInstant();
      Instant end = to.plusDays(1).atStartOfDay(CaseLoad.BEIJING).toInstant();
      LocalDate today =
          LocalDate.ofInstant(
              org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(),
              CaseLoad.BEIJING);
      Map<String, Map<String, Object>> all = new HashMap<>();
      Map<String, List<Long>> closing = new HashMap<>();
      Set<String> repeated = new TreeSet<>();
      events.stream()
          .filter(e -> e.action().equals("DUPLICATE_LINKED") && e.at().isBefore(end))
          .forEach(e -> repeated.add(e.caseNo()));
      for (Part p : parts) {
        Map<String, Object> f = all.computeIfAbsent(p.unit(), u -> empty());
        List<Event> mine = of(p);
        Instant signed =
            mine.stream()
                .filter(e -> e.action().equals("SIGNED_FOR"))
                .map(Event::at)
                .min(Instant::compareTo)
                .orElse(null);
        Instant finished =
            p.status().equals("DONE")
                ? mine.stream()
                    .filter(e -> e.action().equals("UNIT_REPLY_APPROVED"))
                    .map(Event::at)
                    .max(Instant::compareTo)
                    .orElse(null)
                : null;
        if (within(p.assigned(), start, end)) {
          add(f, "received");
          if (repeated.contains(p.caseNo())) {
            add(f, "repeatCases");
          }
          if (signed != null) {
            add(f, "dueToAccept");
            if (!beijing(signed).isAfter(p.acceptDeadline())) {
              add(f, "acceptedOnTime");
            }
          } else if (Set.of("ASSIGNED", "OBJECTED").contains(p.status())
              && today.isAfter(p.acceptDeadline())) {
            add(f, "dueToAccept");
          }
        }
        if (finished != null && within(finished, start, end)) {
          add(f, "closed");
          if (!beijing(finished).isAfter(p.handlingDeadline())) {
            add(f, "closedOnTime");
          }
          closing
              .computeIfAbsent(p.unit(), u -> new ArrayList<>())
              .add(Duration.between(p.assigned(), finished).toSeconds());
        }
        boolean overdue =
            Set.of("ASSIGNED", "OBJECTED").contains(p.status()) && today.isAfter(p.acceptDeadline())
                || Set.of("HANDLING", "AWAITING_APPROVAL").contains(p.status())
                    && today.isAfter(p.handlingDeadline());
        f.merge("overdueNow", overdue ? 1 : 0, (a, b) -> (int) a + (int) b);
      }
      for (Event e : events) {
        if (e.unit() != null && within(e.at(), start, end)) {
          Map<String, Object> f = all.computeIfAbsent(e.unit(), u -> empty());
          switch (e.action()) {
            case "EXTENSION_APPROVED" -> add(f, "extensions");
            case "OBJECTED" -> add(f, "objections");
            case "BUCK_PASSING" -> add(f, "buckPassing");
            default -> {}
          }
        }
      }
      for (Document d : documents) {
        if (within(d.at(), start, end)) {
          Map<String, Object> f = all.computeIfAbsent(d.unit(), u -> empty());
          String figure =
              switch (d.kind()) {
                case "PUBLIC_NOTICE" -> "publicNotices";
                case "PROPOSAL" -> "accountabilityProposals";
                default -> "supervisionNotices";
              };
          add(f, figure);
        }
      }
      for (Rating r : ratings) {
        if (within(r.at(), start, end)) {
          Map<String, Object> f = all.computeIfAbsent(r.unit(), u -> empty());
          add(f, "rated");
          if (!r.rating().equals("DISSATISFIED")) {
            add(f, "satisfied");
          }
        }
      }
      all.forEach(
          (unit, f) -> {
            for (String figure :
                List.of("supervisionNotices", "publicNotices", "accountabilityProposals")) {
              f.putIfAbsent(figure, 0);
            }
            f.putIfAbsent("overdueNow", 0);
            f.put("acceptedOnTimeRate", percent(f, "acceptedOnTime", "dueToAccept"));
            f.put("closedOnTimeRate", percent(f, "closedOnTime", "closed"));
            f.put("satisfactionRate", percent(f, "satisfied", "rated"));
            f.put("repeatRate", percent(f, "repeatCases", "received"));
            f.put("medianDaysToClose", medianDays(closing.getOrDefault(unit, List.of())));
            f.put("hotlineOrders", null);
          });
      return all;
    }

    private LocalDate beijing(Instant at) {
      return LocalDate.ofInstant(at, CaseLoad.BEIJING);
    }

    private static boolean within(Instant at, Instant start, Instant end) {
      return !at.isBefore(start) && at.isBefore(end);
    }

    private static void add(Map<String, Object> f, String figure) {
      f.merge(figure, 1, (a, b) -> (int) a + (int) b);
    }

    private static BigDecimal percent(Map<String, Object> f, String part, String whole) {
      int w = (int) f.get(whole);
      return w == 0
          ? null
          : new BigDecimal((int) f.get(part) * 100)
              .divide(new BigDecimal(w), 1, RoundingMode.HALF_UP);
    }

    /** The median in days: the middle duration, or the mean of the middle two. */
    private static BigDecimal medianDays(List<Long> seconds) {
      if (seconds.isEmpty()) {
        return null;
      }
      long[] sorted = seconds.stream().mapToLong(Long::longValue).sorted().toArray();
      double middle =
          sorted.length % 2 == 1
              ? sorted[sorted.length / 2]
              : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
      return new BigDecimal(middle).divide(new BigDecimal(86_400), 1, RoundingMode.HALF_UP);
    }
  }
}
