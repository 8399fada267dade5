package cn.xinfang.platform.fivechiefs;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.errors.Problems;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.system.DateRange;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/five-chiefs/duty?date=}: who sits on that day's five-chiefs service day. */
@RestController
class FiveChiefsController {

  private final FiveChiefsRoster roster;
  private final FiveChiefsReceptions receptions;
  private final Organisation organisation;
  private final BusinessCalendar calendar;

  FiveChiefsController(
      FiveChiefsRoster roster,
      FiveChiefsReceptions receptions,
      Organisation organisation,
      BusinessCalendar calendar) {
    this.roster = roster;
    this.receptions = receptions;
    this.organisation = organisation;
    this.calendar = calendar;
  }

  /**
   * Per chief, over the service days from {@code from} to {@code to}: walk-ins received, within
   * their remit (handled or into legal procedure), forwarded to the bureau, replied on time.
   */
  @GetMapping("/api/five-chiefs/counts")
  ResponseEntity<?> counts(@RequestParam String from, @RequestParam String to) {
    DateRange.Parsed period = DateRange.parse(from, to);
    if (period.range().isEmpty()) {
      return Problems.answer(HttpStatus.BAD_REQUEST, "填写有误", period.problem());
    }
    LocalDate first = period.range().get().from();
    LocalDate last = period.range().get().to();
    Map<String, Map<String, Object>> byChief = new java.util.TreeMap<>();
    for (FiveChiefsReceptions.Reception r : receptions.between(first, last)) {
      Map<String, Object> c =
          byChief.computeIfAbsent(
              r.chiefUnit() + " " + r.chiefName(),
              k -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("unit", r.chiefUnit());
                m.put("unitName", organisation.nameOf(r.chiefUnit()));
                m.put("name", r.chiefName());
                m.put("received", 0);
                m.put("inRemit", 0);
                m.put("forwarded", 0);
                m.put("repliedOnTime", 0);
                return m;
              });
      c.merge("received", 1, (a, b) -> (int) a + (int) b);
      if ("HANDLE".equals(r.outcome()) || "LEGAL".equals(r.outcome())) {
        c.merge("inRemit", 1, (a, b) -> (int) a + (int) b);
      }
      if ("OUTSIDE".equals(r.outcome())) {
        c.merge("forwarded", 1, (a, b) -> (int) a + (int) b);
      }
      if (r.repliedAt() != null
          && !r.repliedAt().isAfter(calendar.endOf(r.replyDue()).toInstant())) {
        c.merge("repliedOnTime", 1, (a, b) -> (int) a + (int) b);
      }
    }
    return ResponseEntity.ok(Map.of("from", first, "to", last, "chiefs", byChief.values()));
  }

  @GetMapping("/api/five-chiefs/duty")
  ResponseEntity<?> duty(@RequestParam(required = false) String date) {
    LocalDate day;
    try {
      day = date == null || date.isBlank() ? calendar.today() : LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      return Problems.answer(HttpStatus.BAD_REQUEST, "填写有误", "日期格式应为 2026-11-26");
    }
    FiveChiefsRoster.Duty d = roster.duty(day);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("date", d.date());
    body.put("serviceDay", d.serviceDay());
    body.put("reason", d.reason());
    if (d.chief() != null) {
      body.put(
          "chief",
          Map.of(
              "unit", d.chief().unit(),
              "unitName", organisation.nameOf(d.chief().unit()),
              "title", d.chief().title(),
              "name", d.chief().name(),
              "account", d.chief().account()));
    }
    return ResponseEntity.ok(body);
  }
}
