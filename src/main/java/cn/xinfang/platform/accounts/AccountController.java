package cn.xinfang.platform.accounts;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.errors.Problems;
import cn.xinfang.platform.security.AccountAudit;
import cn.xinfang.platform.security.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * An official sets their password through the one-time link mailed to them: {@code
 * /account/password?token=…} (a plain page, no login) posts to {@code POST
 * /api/public/accounts/password}. The password must pass Camunda's password policy (at least 10
 * characters with a lower and an upper case letter, a digit and a sign, and not the account's own
 * name). Administrators read what the last roster synchronisation did at {@code GET
 * /api/admin/roster}.
 */
@Controller
class AccountController {

  private static final String LINK_INVALID = "链接无效、已使用或已过期，请联系系统管理员重新发送";

  private final AccountLinks links;
  private final OfficialAccounts accounts;
  private final IdentityService identity;
  private final BusinessCalendar calendar;
  private final RosterSync roster;
  private final AccountAudit audit;

  AccountController(
      AccountLinks links,
      OfficialAccounts accounts,
      IdentityService identity,
      BusinessCalendar calendar,
      RosterSync roster,
      AccountAudit audit) {
    this.links = links;
    this.accounts = accounts;
    this.identity = identity;
    this.calendar = calendar;
    this.roster = roster;
    this.audit = audit;
  }

  @GetMapping("/account/password")
  String page() {
    return "forward:/account-password.html";
  }

  record NewPassword(String token, String password) {}

  @PostMapping("/api/public/accounts/password")
  @ResponseBody
  @Transactional
  ResponseEntity<?> setPassword(
      @RequestBody(required = false) NewPassword body, HttpServletRequest request) {
    Instant now = calendar.now();
    String account = body == null ? null : links.accountOf(body.token(), now).orElse(null);
    if (account == null
        || accounts.find(account).filter(OfficialAccounts.Account::active).isEmpty()) {
      return Problems.answer(HttpStatus.BAD_REQUEST, "无法设置密码", LINK_INVALID);
    }
    User user = identity.createUserQuery().userId(account).singleResult();
    String password = body.password() == null ? "" : body.password();
    PasswordPolicyResult result =
        identity.checkPasswordAgainstPolicy(new DefaultPasswordPolicyImpl(), password, user);
    if (!result.isValid()) {
      List<String> wrong = new ArrayList<>();
      for (PasswordPolicyRule rule : result.getViolatedRules()) {
        wrong.add(chinese(rule));
      }
      return Problems.answer(HttpStatus.BAD_REQUEST, "密码不符合要求", String.join("；", wrong));
    }
    if (!links.use(body.token(), now)) {
      return Problems.answer(HttpStatus.BAD_REQUEST, "无法设置密码", LINK_INVALID);
    }
    user.setPassword(password);
    identity.saveUser(user);
    identity.unlockUser(account);
    audit.record(
        AccountAudit.Event.PASSWORD_SET, account, account, request.getRemoteAddr(), "一次性链接");
    return ResponseEntity.ok(
        Map.of("account", account, "message", "密码已设置，请用账号 " + account + " 登录任务中心"));
  }

  @GetMapping("/api/admin/roster")
  @ResponseBody
  ResponseEntity<?> lastRoster(HttpServletRequest request) {
    if (!ApiUser.of(request).isInAny(Set.of("camunda-admin"))) {
      return Problems.answer(HttpStatus.FORBIDDEN, "无权查看", "只有系统管理员可以查看人员名单同步情况");
    }
    RosterSync.Report report = roster.lastReport();
    return report == null
        ? Problems.answer(HttpStatus.NOT_FOUND, "尚未同步", "人员名单尚未同步")
        : ResponseEntity.ok(report);
  }

  @GetMapping("/api/admin/audit")
  @ResponseBody
  ResponseEntity<?> audit(
      @org.springframework.web.bind.annotation.RequestParam(required = false) String account,
      HttpServletRequest request) {
    if (!ApiUser.of(request).isInAny(Set.of("camunda-admin"))) {
      return Problems.answer(HttpStatus.FORBIDDEN, "无权查看", "只有系统管理员可以查看账号审计记录");
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (AccountAudit.Entry e :
        audit.latest(account == null || account.isBlank() ? null : account, 500)) {
      Map<String, Object> row = new java.util.LinkedHashMap<>();
      row.put("at", e.at());
      row.put("event", e.event());
      row.put("eventLabel", e.event().label());
      row.put("account", e.account());
      row.put("actor", e.actor());
      row.put("remote", e.remote());
      row.put("detail", e.detail());
      rows.add(row);
    }
    return ResponseEntity.ok(Map.of("entries", rows));
  }

  /** Camunda's rule in Chinese (its placeholder names the rule, its parameters the figure). */
  private static String chinese(PasswordPolicyRule rule) {
    Map<String, String> p = rule.getParameters();
    String n = p == null || p.isEmpty() ? "" : p.values().iterator().next();
    return switch (rule.getPlaceholder()) {
      case "PASSWORD_POLICY_LENGTH" -> "至少 " + n + " 个字符";
      case "PASSWORD_POLICY_LOWERCASE" -> "至少 " + n + " 个小写字母";
      case "PASSWORD_POLICY_UPPERCASE" -> "至少 " + n + " 个大写字母";
      case "PASSWORD_POLICY_DIGIT" -> "至少 " + n + " 个数字";
      case "PASSWORD_POLICY_SPECIAL" -> "至少 " + n + " 个符号（如 !、#、%）";
      case "PASSWORD_POLICY_USER_DATA" -> "不能包含账号、姓名或邮箱";
      default -> "不符合密码规则";
    };
  }
}
