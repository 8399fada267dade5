package cn.xinfang.platform.proxy;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseStatus;
import cn.xinfang.platform.errors.Problems;
import cn.xinfang.platform.system.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/proxy/counts?from=&to=}: per agent, over the matters filed in the period: filed,
 * resolved at each level, accepted into the petition procedure, closed, and the closed rate.
 */
@RestController
class ProxyController {

  private final ProxyCases cases;
  private final CaseFiles files;
  private final BusinessCalendar calendar;

  ProxyController(ProxyCases cases, CaseFiles files, BusinessCalendar calendar) {
    this.cases = cases;
    this.files = files;
    this.calendar = calendar;
  }

  @GetMapping("/api/proxy/counts")
  ResponseEntity<?> counts(@RequestParam String from, @RequestParam String to) {
    DateRange.Parsed period = DateRange.parse(from, to);
    if (period.range().isEmpty()) {
      return Problems.answer(HttpStatus.BAD_REQUEST, "填写有误", period.problem());
    }
    DateRange range = period.range().get();
    Map<String, Map<String, Object>> byAgent = new TreeMap<>();
    for (ProxyCases.ProxyCase c :
        cases.filedBetween(range.start(calendar.zone()), range.end(calendar.zone()))) {
      Map<String, Object> a =
          byAgent.computeIfAbsent(
              c.agent(),
              agent -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("agent", agent);
                m.put("filed", 0);
                Map<String, Integer> resolved = new LinkedHashMap<>();
                for (ProxyLevel level : ProxyLevel.values()) {
                  resolved.put(level.name(), 0);
                }
                m.put("resolvedAt", resolved);
                m.put("accepted", 0);
                m.put("closed", 0);
                return m;
              });
      a.merge("filed", 1, (x, y) -> (int) x + (int) y);
      String outcome = c.outcome() == null ? "" : c.outcome();
      boolean closed = false;
      if (outcome.startsWith("RESOLVED_")) {
        @SuppressWarnings("unchecked")
        Map<String, Integer> resolved = (Map<String, Integer>) a.get("resolvedAt");
        resolved.merge(outcome.substring("RESOLVED_".length()), 1, Integer::sum);
        closed = true;
      } else if (outcome.startsWith("ACCEPTED_")) {
        a.merge("accepted", 1, (x, y) -> (int) x + (int) y);
        CaseStatus status = files.find(c.caseNo()).map(s -> s.status()).orElse(null);
        closed = status == CaseStatus.CLOSED || status == CaseStatus.TERMINATED;
      }
      if (closed) {
        a.merge("closed", 1, (x, y) -> (int) x + (int) y);
      }
    }
    byAgent
        .values()
        .forEach(
            a ->
                a.put(
                    "closedRate",
                    BigDecimal.valueOf((int) a.get("closed") * 100L)
                        .divide(
                            BigDecimal.valueOf((int) a.get("filed")), 1, RoundingMode.HALF_UP)));
    return ResponseEntity.ok(
        Map.of("from", range.from(), "to", range.to(), "agents", byAgent.values()));
  }
}
