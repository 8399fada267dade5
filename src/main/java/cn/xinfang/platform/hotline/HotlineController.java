package cn.xinfang.platform.hotline;

import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseSummary;
import cn.xinfang.platform.casefile.ReplyTexts;
import cn.xinfang.platform.errors.Problems;
import cn.xinfang.platform.intake.FieldError;
import cn.xinfang.platform.security.ApiUser;
import cn.xinfang.platform.system.DateRange;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 12345 hotline's interface (service account {@code channel-12345}): {@code POST
 * /api/hotline/orders} turns a work order into a petition, once per order number; {@code GET
 * /api/hotline/orders/{orderNo}} reports its status and reply; {@code POST …/evaluation} passes the
 * caller's evaluation on.
 */
@RestController
class HotlineController {

  static final Set<String> CALLERS = Set.of("channel-12345", "camunda-admin");

  static final Map<String, String> SATISFACTIONS =
      Map.of("SATISFIED", "满意", "BASICALLY_SATISFIED", "基本满意", "DISSATISFIED", "不满意");

  /** The caller's evaluation as the hotline reports it. */
  record EvaluationRequest(String satisfaction, String comment) {}

  private final HotlineService hotline;
  private final HotlineTypes types;
  private final HotlineOrders orders;
  private final CaseFiles files;
  private final ReplyTexts replies;
  private final ZoneId zone;
  private final HotlineRates rates;

  HotlineController(
      HotlineService hotline,
      HotlineTypes types,
      HotlineOrders orders,
      CaseFiles files,
      ReplyTexts replies,
      cn.xinfang.platform.calendar.BusinessCalendar calendar,
      HotlineRates rates) {
    this.rates = rates;
    this.hotline = hotline;
    this.types = types;
    this.orders = orders;
    this.files = files;
    this.replies = replies;
    this.zone = calendar.zone();
  }

  @PostMapping("/api/hotline/orders")
  ResponseEntity<?> receive(@RequestBody HotlineOrderRequest order, HttpServletRequest http) {
    ApiUser user = ApiUser.of(http);
    if (!user.isInAny(CALLERS) && !CALLERS.contains(user.id())) {
      return Problems.answer(HttpStatus.FORBIDDEN, "无权操作", "只有 12345 热线的服务账号可以推送工单");
    }
    Optional<String> emergency =
        order.type() == null ? Optional.empty() : types.emergencyLine(order.type());
    if (emergency.isPresent()) {
      return Problems.answer(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "紧急警情，不予受理",
          "该工单属于紧急警情，请告知来电人立即拨打 " + emergency.get() + "；本平台不受理，未登记任何信访事项");
    }
    List<FieldError> problems = order.problems();
    if (!problems.isEmpty()) {
      ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "填写有误", "12345 工单信息有误，未登记");
      problem.setProperty("errors", problems);
      return ResponseEntity.badRequest().body(problem);
    }
    HotlineService.Received received = hotline.receive(order, user.id());
    Map<String, Object> body = status(received.order());
    return received.created()
        ? ResponseEntity.created(URI.create("/api/hotline/orders/" + order.orderNo())).body(body)
        : ResponseEntity.ok(body);
  }

  static final Set<String> RATE_READERS =
      Set.of("managers", "supervisors", "petition-bureau", "camunda-admin");

  /**
   * The three rates per lead unit over the orders received from {@code from} to {@code to} (dates
   * in Beijing time, both included).
   */
  @GetMapping("/api/hotline/rates")
  ResponseEntity<?> rates(
      @RequestParam String from, @RequestParam String to, HttpServletRequest http) {
    ApiUser user = ApiUser.of(http);
    if (!user.isInAny(RATE_READERS) && !CALLERS.contains(user.id())) {
      return Problems.answer(HttpStatus.FORBIDDEN, "无权查看", "只有区委政法委、督查室、信访局和 12345 热线可以查看热线指标");
    }
    DateRange.Parsed period = DateRange.parse(from, to);
    if (period.range().isEmpty()) {
      return Problems.answer(HttpStatus.BAD_REQUEST, "填写有误", period.problem());
    }
    DateRange range = period.range().get();
    return ResponseEntity.ok(
        Map.of(
            "from", range.from(),
            "to", range.to(),
            "units", rates.between(range.start(zone), range.end(zone))));
  }

  @GetMapping("/api/hotline/orders/{orderNo}")
  ResponseEntity<?> get(@PathVariable String orderNo, HttpServletRequest http) {
    ApiUser user = ApiUser.of(http);
    if (!user.isInAny(CALLERS) && !CALLERS.contains(user.id())) {
      return Problems.answer(HttpStatus.FORBIDDEN, "无权操作", "只有 12345 热线的服务账号可以查询工单");
    }
    return hotline
        .find(orderNo)
        .<ResponseEntity<?>>map(o -> ResponseEntity.ok(status(o)))
        .orElseGet(() -> Problems.answer(HttpStatus.NOT_FOUND, "未找到", "没有工单 " + orderNo));
  }

  @PostMapping("/api/hotline/orders/{orderNo}/evaluation")
  ResponseEntity<?> evaluate(
      @PathVariable String orderNo, @RequestBody EvaluationRequest e, HttpServletRequest http) {
    ApiUser user = ApiUser.of(http);
    if (!user.isInAny(CALLERS) && !CALLERS.contains(user.id())) {
      return Problems.answer(HttpStatus.FORBIDDEN, "无权操作", "只有 12345 热线的服务账号可以反馈评价");
    }
    if (hotline.find(orderNo).isEmpty()) {
      return Problems.answer(HttpStatus.NOT_FOUND, "未找到", "没有工单 " + orderNo);
    }
    if (e.satisfaction() == null || !SATISFACTIONS.containsKey(e.satisfaction())) {
      return Problems.answer(
          HttpStatus.BAD_REQUEST,
          "填写有误",
          "满意度只能是 SATISFIED（满意）、BASICALLY_SATISFIED（基本满意）或 DISSATISFIED（不满意）");
    }
    if (e.comment() != null && e.comment().length() > 500) {
      return Problems.answer(HttpStatus.BAD_REQUEST, "填写有误", "评价意见不能超过 500 个字");
    }
    return switch (hotline.evaluate(orderNo, e.satisfaction(), e.comment())) {
      case RECORDED -> ResponseEntity.ok(Map.of("orderNo", orderNo, "result", "已记录评价"));
      case REOPENED -> ResponseEntity.ok(Map.of("orderNo", orderNo, "result", "来电人不满意，工单已重办"));
      case SUPERVISED -> ResponseEntity.ok(Map.of("orderNo", orderNo, "result", "重办后仍不满意，已提请督查督办"));
      case NOT_REPLIED -> Problems.answer(HttpStatus.CONFLICT, "尚未答复", "工单尚未答复，答复后才能评价");
      case BEING_REDONE -> Problems.answer(HttpStatus.CONFLICT, "正在重办", "工单正在重新办理，重新答复后才能评价");
    };
  }

  /** What the hotline is told about an order: where it stands, when it is due, the reply. */
  private Map<String, Object> status(HotlineOrders.Order o) {
    CaseSummary c = files.find(o.caseNo()).orElseThrow();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("orderNo", o.orderNo());
    body.put("caseNo", o.caseNo());
    body.put("kind", HotlineService.label(o.urgency(), o.complexity()));
    body.put("receivedAt", OffsetDateTime.ofInstant(o.receivedAt(), zone));
    body.put("feedbackDue", OffsetDateTime.ofInstant(o.feedbackDue(), zone));
    body.put("status", c.status().name());
    body.put("statusLabel", c.status().label());
    boolean answered = HotlineService.answered(c.status());
    body.put("answered", answered);
    body.put("reply", answered ? replies.latest(o.caseNo()).orElse(null) : null);
    body.put("reopened", o.reopened() > 0);
    body.put(
        "evaluations",
        orders.evaluations(o.orderNo()).stream()
            .map(
                ev ->
                    Map.of(
                        "satisfaction", ev.satisfaction(),
                        "label", SATISFACTIONS.get(ev.satisfaction()),
                        "at", OffsetDateTime.ofInstant(ev.at(), zone)))
            .toList());
    return body;
  }
}
