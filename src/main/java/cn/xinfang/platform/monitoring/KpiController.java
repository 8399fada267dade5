package cn.xinfang.platform.monitoring;

import cn.xinfang.platform.errors.Problems;
import cn.xinfang.platform.security.ApiUser;
import cn.xinfang.platform.system.DateRange;
import jakarta.servlet.http.HttpServletRequest;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 监控中心's figures: {@code GET /api/kpi/units?from=&to=&level=} (per unit, with the previous period
 * of the same length for trends), {@code GET /api/kpi/overdue?level=} (the overdue list) and {@code
 * GET /api/kpi/activities?processDefinitionId=&from=&to=} (where cases stall on a diagram).
 */
@RestController
class KpiController {

  /** Who may see where cases stall across all units: the district's watchers and administrators. */
  static final Set<String> STALL_READERS =
      Set.of("managers", "supervisors", "petition-bureau", "camunda-admin");

  /** The longest overdue list one answer carries. */
  static final int OVERDUE_LIMIT = 500;

  private final KpiScope scopes;
  private final UnitKpis kpis;
  private final OverdueParts overdue;
  private final ActivityStalls stalls;
  private final KpiSettings settings;

  KpiController(
      KpiScope scopes,
      UnitKpis kpis,
      OverdueParts overdue,
      ActivityStalls stalls,
      KpiSettings settings) {
    this.scopes = scopes;
    this.kpis = kpis;
    this.overdue = overdue;
    this.stalls = stalls;
    this.settings = settings;
  }

  @GetMapping("/api/kpi/units")
  ResponseEntity<?> units(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String level,
      HttpServletRequest request) {
    KpiScope.Answer scope = scopes.of(ApiUser.of(request), level);
    if (scope.scope() == null) {
      return Problems.answer(scope.status(), "无权查看", scope.problem());
    }
    DateRange.Parsed period = DateRange.parse(from, to);
    if (period.range().isEmpty()) {
      return Problems.answer(HttpStatus.BAD_REQUEST, "填写有误", period.problem());
    }
    DateRange range = period.range().get();
    DateRange before = previous(range);
    Map<String, UnitFigures> previous = new LinkedHashMap<>();
    kpis.between(before, scope.scope().units()).forEach(f -> previous.put(f.unit(), f));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("from", range.from());
    answer.put("to", range.to());
    answer.put("previousFrom", before.from());
    answer.put("previousTo", before.to());
    answer.put("level", scope.scope().level());
    answer.put("redBelow", settings);
    answer.put("units", kpis.between(range, scope.scope().units()));
    answer.put("previous", previous);
    return ResponseEntity.ok(answer);
  }

  @GetMapping("/api/kpi/overdue")
  ResponseEntity<?> overdue(
      @RequestParam(required = false) String level, HttpServletRequest request) {
    KpiScope.Answer scope = scopes.of(ApiUser.of(request), level);
    if (scope.scope() == null) {
      return Problems.answer(scope.status(), "无权查看", scope.problem());
    }
    List<OverdueParts.Overdue> all = overdue.of(scope.scope().units());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("level", scope.scope().level());
    answer.put("total", all.size());
    answer.put("overdue", all.subList(0, Math.min(all.size(), OVERDUE_LIMIT)));
    return ResponseEntity.ok(answer);
  }

  @GetMapping("/api/kpi/activities")
  ResponseEntity<?> activities(
      @RequestParam(required = false) String processDefinitionId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      HttpServletRequest request) {
    if (!ApiUser.of(request).isInAny(STALL_READERS)) {
      return Problems.answer(HttpStatus.FORBIDDEN, "无权查看", "只有区领导、督查室、信访局和管理员可以查看流程卡点");
    }
    DateRange.Parsed period = DateRange.parse(from, to);
    if (period.range().isEmpty()) {
      return Problems.answer(HttpStatus.BAD_REQUEST, "填写有误", period.problem());
    }
    var key = processDefinitionId == null ? null : stalls.keyOf(processDefinitionId).orElse(null);
    if (key == null) {
      return Problems.answer(HttpStatus.NOT_FOUND, "没有这个流程", "流程卡点只统计信访事项办理、责任单位办理、督查督办和领导包案流程");
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("processDefinitionKey", key);
    answer.put("from", period.range().get().from());
    answer.put("to", period.range().get().to());
    answer.put("activities", stalls.of(key, period.range().get()));
    return ResponseEntity.ok(answer);
  }

  /** The period of the same length just before. */
  static DateRange previous(DateRange range) {
    long days = ChronoUnit.DAYS.between(range.from(), range.to()) + 1;
    return new DateRange(range.from().minusDays(days), range.from().minusDays(1));
  }
}
