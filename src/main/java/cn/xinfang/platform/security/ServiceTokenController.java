package cn.xinfang.platform.security;

import cn.xinfang.platform.errors.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators issue (rotate), list and revoke the API tokens of service accounts: {@code
 * /api/admin/accounts/{account}/tokens}. A new token is in the answer once and never again.
 */
@RestController
class ServiceTokenController {

  private static final String ADMINS = "camunda-admin";

  private final ServiceTokens tokens;
  private final AccountAudit audit;

  ServiceTokenController(ServiceTokens tokens, AccountAudit audit) {
    this.tokens = tokens;
    this.audit = audit;
  }

  /** {@code overlapMinutes}: how long the earlier tokens keep working (0: revoked at once). */
  record Rotation(Long overlapMinutes) {}

  @PostMapping("/api/admin/accounts/{account}/tokens")
  ResponseEntity<?> issue(
      @PathVariable String account,
      @RequestBody(required = false) Rotation rotation,
      HttpServletRequest request) {
    ResponseEntity<?> refused = refused(account, request);
    if (refused != null) {
      return refused;
    }
    Duration overlap = tokens.defaultOverlap();
    if (rotation != null && rotation.overlapMinutes() != null) {
      long minutes = rotation.overlapMinutes();
      if (minutes < 0 || minutes > tokens.maxOverlap().toMinutes()) {
        return Problems.answer(
            HttpStatus.BAD_REQUEST,
            "填写有误",
            "旧令牌的过渡期（overlapMinutes）应为 0 到 " + tokens.maxOverlap().toMinutes() + " 分钟");
      }
      overlap = Duration.ofMinutes(minutes);
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String admin = ApiUser.of(request).id();
    ServiceTokens.Issued issued = tokens.issue(account, admin, overlap, now);
    String earlier = overlap.isZero() ? "此前的令牌已立即吊销" : "此前的令牌在 " + overlap.toMinutes() + " 分钟后失效";
    audit.record(
        AccountAudit.Event.TOKEN_ISSUED,
        account,
        admin,
        request.getRemoteAddr(),
        "令牌 #" + issued.id() + "（" + issued.hint() + "）；" + earlier);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", issued.id());
    body.put("account", account);
    body.put("token", issued.token());
    body.put("hint", issued.hint());
    body.put("createdAt", issued.createdAt());
    body.put("message", "令牌只显示这一次，请立即交给接入方妥善保存；" + earlier);
    return ResponseEntity.status(HttpStatus.CREATED).body(body);
  }

  @GetMapping("/api/admin/accounts/{account}/tokens")
  ResponseEntity<?> list(@PathVariable String account, HttpServletRequest request) {
    ResponseEntity<?> refused = refused(account, request);
    if (refused != null) {
      return refused;
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ServiceTokens.Token token : tokens.list(account)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", token.id());
      row.put("hint", token.hint());
      row.put("createdAt", token.createdAt());
      row.put("createdBy", token.createdBy());
      row.put("expiresAt", token.expiresAt());
      row.put("revokedAt", token.revokedAt());
      row.put("lastUsedAt", token.lastUsedAt());
      row.put("valid", token.validAt(now));
      row.put(
          "status",
          token.revokedAt() != null
              ? "已吊销"
              : !token.validAt(now) ? "已过期" : token.expiresAt() != null ? "过渡期内有效" : "有效");
      rows.add(row);
    }
    return ResponseEntity.ok(Map.of("account", account, "tokens", rows));
  }

  @DeleteMapping("/api/admin/accounts/{account}/tokens/{tokenId}")
  ResponseEntity<?> revoke(
      @PathVariable String account, @PathVariable String tokenId, HttpServletRequest request) {
    ResponseEntity<?> refused = refused(account, request);
    if (refused != null) {
      return refused;
    }
    long id;
    try {
      id = Long.parseLong(tokenId);
    } catch (NumberFormatException e) {
      id = -1;
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String admin = ApiUser.of(request).id();
    if (id < 0 || !tokens.revoke(account, id, admin, now)) {
      return Problems.answer(HttpStatus.NOT_FOUND, "令牌不存在", "账号 " + account + " 没有这一编号的有效令牌");
    }
    audit.record(
        AccountAudit.Event.TOKEN_REVOKED, account, admin, request.getRemoteAddr(), "令牌 #" + id);
    return ResponseEntity.ok(Map.of("id", id, "account", account, "revokedAt", now));
  }

  /** Administrators only, and only for an existing service account. */
  private ResponseEntity<?> refused(String account, HttpServletRequest request) {
    if (!ApiUser.of(request).isInAny(Set.of(ADMINS))) {
      return Problems.answer(HttpStatus.FORBIDDEN, "无权操作", "只有系统管理员可以管理接口令牌");
    }
    if (!tokens.isServiceAccount(account)) {
      return Problems.answer(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "不能签发令牌",
          "接口令牌只发给渠道接入账号（服务账号）；账号 " + shown(account) + " 不是");
    }
    return null;
  }

  /** The account as an answer may echo it: the platform's account characters only. */
  private static String shown(String account) {
    return account.matches("[a-z0-9][a-z0-9-]{0,63}") ? account : "（格式不正确）";
  }
}
