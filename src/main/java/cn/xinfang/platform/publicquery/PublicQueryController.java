package cn.xinfang.platform.publicquery;

import cn.xinfang.platform.aftercare.AftercareService;
import cn.xinfang.platform.aftercare.Satisfaction;
import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.errors.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
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
 * The petitioner's own query without login (可查询、可跟踪、可评价): {@code GET
 * /api/public/petitions/{caseNo}?code=} and, once the reply is delivered, one rating by {@code
 * POST}. A wrong code gets the answer an unknown case number gets; too many wrong codes from one
 * client are refused for a while.
 */
@RestController
class PublicQueryController {

  /** A rating: the query code, 满意/基本满意/不满意, and an optional comment. */
  record Rating(String code, String satisfaction, String comment) {}

  static final int COMMENT_MAX = 500;

  private final PublicQuery query;
  private final WrongCodeLimiter limiter;
  private final AftercareService aftercare;
  private final BusinessCalendar calendar;

  PublicQueryController(
      PublicQuery query,
      WrongCodeLimiter limiter,
      AftercareService aftercare,
      BusinessCalendar calendar) {
    this.query = query;
    this.limiter = limiter;
    this.aftercare = aftercare;
    this.calendar = calendar;
  }

  @GetMapping("/api/public/petitions/{caseNo}")
  ResponseEntity<?> get(
      @PathVariable String caseNo,
      @RequestParam(required = false) String code,
      HttpServletRequest http) {
    return checked(caseNo, code, http).orElseGet(() -> ResponseEntity.ok(query.view(caseNo)));
  }

  @PostMapping("/api/public/petitions/{caseNo}")
  ResponseEntity<?> rate(
      @PathVariable String caseNo, @RequestBody Rating rating, HttpServletRequest http) {
    Optional<ResponseEntity<?>> refused = checked(caseNo, rating.code(), http);
    if (refused.isPresent()) {
      return refused.get();
    }
    Satisfaction satisfaction = null;
    for (Satisfaction s : Satisfaction.values()) {
      if (s.name().equals(rating.satisfaction())) {
        satisfaction = s;
      }
    }
    if (satisfaction == null) {
      return Problems.answer(
          HttpStatus.BAD_REQUEST,
          "填写有误",
          "请选择满意度：SATISFIED（满意）、BASICALLY_SATISFIED（基本满意）或 DISSATISFIED（不满意）");
    }
    if (rating.comment() != null && rating.comment().length() > COMMENT_MAX) {
      return refused(HttpStatus.BAD_REQUEST, "填写有误", "评价意见不能超过 " + COMMENT_MAX + " 个字");
    }
    return switch (aftercare.petitionerRates(caseNo, satisfaction, rating.comment())) {
      case RECORDED ->
          ResponseEntity.status(HttpStatus.CREATED)
              .body(Map.of("caseNo", caseNo, "satisfaction", satisfaction.label()));
      case NOT_YET_DELIVERED -> refused(HttpStatus.CONFLICT, "暂不能评价", "答复意见书送达后才能评价");
      case ALREADY_RATED -> refused(HttpStatus.CONFLICT, "已经评价", "本案已经评价过，不能重复评价");
    };
  }

  /** Refused when the client is blocked or the code is wrong (counted); empty when it may go on. */
  private Optional<ResponseEntity<?>> checked(String caseNo, String code, HttpServletRequest http) {
    String client = http.getRemoteAddr();
    Instant now = calendar.now();
    Optional<Duration> blocked = limiter.blocked(client, now);
    if (blocked.isPresent()) {
      return Optional.of(tooMany(blocked.get()));
    }
    if (!query.matches(caseNo, code)) {
      if (limiter.failed(client, now)) {
        return Optional.of(tooMany(limiter.blocked(client, now).orElse(Duration.ZERO)));
      }
      return Optional.of(refused(HttpStatus.NOT_FOUND, "未找到", "案件编号或查询码不正确"));
    }
    return Optional.empty();
  }

  private static ResponseEntity<?> tooMany(Duration left) {
    long seconds = Math.max(1, left.toSeconds());
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
        .body(
            problem(
                HttpStatus.TOO_MANY_REQUESTS,
                "查询过于频繁",
                "查询码错误次数过多，请 " + ((seconds + 59) / 60) + " 分钟后再试"));
  }

  private static ResponseEntity<?> refused(HttpStatus status, String title, String detail) {
    return ResponseEntity.status(status).body(problem(status, title, detail));
  }

  /**
   * The same body whatever case number was asked for: the case number is not echoed (a wrong code
   * and an unknown case look alike).
   */
  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = Problems.of(status, title, detail);
    problem.setInstance(URI.create("/api/public/petitions"));
    return problem;
  }
}
