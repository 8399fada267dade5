package cn.xinfang.platform.accounts;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.errors.Problems;
import cn.xinfang.platform.security.AccountAudit;
import cn.xinfang.platform.security.ApiUser;
import cn.xinfang.platform.security.PlatformPasswordPolicy;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
  private final Environment environment;

  AccountController(
      AccountLinks links,
      OfficialAccounts accounts,
      IdentityService identity,
      BusinessCalendar calendar,
      RosterSync roster,
      AccountAudit audit,
      Environment environment) {
    this.environment = environment;
    this.links = links;
    this.accounts = accounts;
    this.identity = identity;
    this.calendar = calendar;
    this.roster = roster;
    this.audit = audit;
  }

  /** Whether the webapps' login page offers 统一身份认证登录 (profile sso). */
  @GetMapping("/api/public/sso")
  @ResponseBody
  Map<String, Object> unifiedLogin() {
    return Map.of("enabled", environment.acceptsProfiles(Profiles.of("sso")));
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
    User user = account == null ? null : identity.createUserQuery().userId(account).singleResult();
    if (user == null || keptElsewhere(account) != null) {
      return Problems.answer(HttpStatus.BAD_REQUEST, "无法设置密码", LINK_INVALID);
    }
    String password = body.password() == null ? "" : body.password();
    PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(password, user);
    if (!result.isValid()) {
      return Problems.answer(
          HttpStatus.BAD_REQUEST, "密码不符合要求", PlatformPasswordPolicy.describe(result));
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

  /**
   * Administrators reset a password (from Admin, 账号与密码): the old password stops working at once,
   * and the person is mailed a one-time link to set a new one.
   */
  @PostMapping("/api/admin/accounts/{account}/password-reset")
  @ResponseBody
  @Transactional
  ResponseEntity<?> resetPassword(@PathVariable String account, HttpServletRequest request) {
    ApiUser admin = ApiUser.of(request);
    if (!admin.isInAny(Set.of("camunda-admin"))) {
      return Problems.answer(HttpStatus.FORBIDDEN, "无权操作", "只有系统管理员可以重置密码");
    }
    User user = identity.createUserQuery().userId(account).singleResult();
    if (user == null) {
      return Problems.answer(HttpStatus.NOT_FOUND, "账号不存在", "没有账号 " + account);
    }
    String refused = keptElsewhere(account);
    if (refused == null && (user.getEmail() == null || user.getEmail().isBlank())) {
      refused = "账号 " + account + " 没有邮箱，无法发送设置密码链接；请先在“用户”中填写邮箱";
    }
    if (refused != null) {
      return Problems.answer(HttpStatus.BAD_REQUEST, "无法重置密码", refused);
    }
    Instant now = calendar.now();
    user.setPassword(RosterSync.unusable());
    PlatformPasswordPolicy.saveWithoutPolicy(identity, user);
    roster.mailLink(account, user.getFirstName(), now, "信访流转平台：请重新设置密码", "您的密码已由系统管理员重置，原密码已失效。");
    audit.record(
        AccountAudit.Event.PASSWORD_RESET,
        account,
        admin.id(),
        request.getRemoteAddr(),
        "原密码已失效；设置密码链接已交邮件投递：" + maskMail(user.getEmail()));
    return ResponseEntity.ok(
        Map.of(
            "account",
            account,
            "message",
            "账号 "
                + account
                + " 的原密码已失效，设置密码链接已交邮件投递至 "
                + maskMail(user.getEmail())
                + "（"
                + roster.linkDays()
                + " 天内有效，只能使用一次）"));
  }

  /**
   * Why this platform does not keep the account's password, or null when it does: the directory
   * (LDAP) manages the accounts, the roster says the person signs in through the directory, or the
   * roster disabled the account.
   */
  private String keptElsewhere(String account) {
    if (identity.isReadOnly()) {
      return "账号由政务目录（LDAP）管理，密码不由本平台保管";
    }
    var known = accounts.find(account);
    if (known.isPresent() && !known.get().active()) {
      return "账号 " + account + " 已停用（已不在人员名单中）";
    }
    if (known.isPresent() && !Official.SignIn.PASSWORD.name().equals(known.get().signIn())) {
      return "账号 " + account + " 通过政务目录登录，密码不由本平台保管";
    }
    return null;
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

  /** The mail address as an administrator's answer shows it: z***@example.gov.cn. */
  static String maskMail(String mail) {
    int at = mail.indexOf('@');
    return at <= 0 ? "***" : mail.charAt(0) + "***" + mail.substring(at);
  }
}
