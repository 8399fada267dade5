package cn.xinfang.platform.accounts;

import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.organisation.OrganisationSync;
import cn.xinfang.platform.security.AccountAudit;
import cn.xinfang.platform.security.ApiUser;
import cn.xinfang.platform.security.PlatformPasswordPolicy;
import cn.xinfang.platform.security.TokenAccounts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unified login's claims as platform accounts (profile {@code sso}): the account, the unit (a
 * unit code of the organisation) and the roles (the roster's: official, leader, registrar…) give
 * the groups, as a roster line would. At a webapp sign-in the account is made or brought up to date
 * with those groups (no usable password: it signs in through the unified login only); an API token
 * is only read. Administrators sign in with the platform's own login page, never by a token.
 */
@Component
@Profile("sso")
public class SsoAccounts implements TokenAccounts {

  /** Which claim holds what (platform.sso.claims; SSO_CLAIM_… variables). */
  @ConfigurationProperties("platform.sso.claims")
  public record ClaimNames(String account, String name, String unit, String roles, String mail) {}

  private final ClaimNames names;
  private final Organisation organisation;
  private final OrganisationSync organisationSync;
  private final IdentityService identity;
  private final AccountAudit audit;
  private final String administrator;

  SsoAccounts(
      ClaimNames names,
      Organisation organisation,
      OrganisationSync organisationSync,
      IdentityService identity,
      AccountAudit audit,
      org.springframework.core.env.Environment environment) {
    this.names = names;
    this.organisation = organisation;
    this.organisationSync = organisationSync;
    this.identity = identity;
    this.audit = audit;
    this.administrator = environment.getProperty("platform.admin.id", "admin");
  }

  @Override
  public ApiUser resolve(Map<String, Object> claims) {
    String account = text(claims, names.account());
    if (account == null) {
      account = text(claims, "sub");
    }
    if (account == null || !RosterCheck.ACCOUNT.matcher(account).matches()) {
      throw new Refused("统一身份认证的账号缺失或格式不正确（应为小写字母、数字和连字符）");
    }
    if (account.equals(administrator)
        || identity.createGroupQuery().groupMember(account).groupId("camunda-admin").count() > 0) {
      throw new Refused("系统管理员请使用平台登录页登录，不能通过统一身份认证登录");
    }
    String unit = text(claims, names.unit());
    if (unit == null || organisation.unit(unit).isEmpty()) {
      throw new Refused("统一身份认证给出的单位 " + (unit == null ? "（缺失）" : unit) + " 不在组织机构中");
    }
    Set<String> groups = new TreeSet<>();
    List<String> unknown = new ArrayList<>();
    for (String role : list(claims.get(names.roles()))) {
      RosterRole.of(role)
          .ifPresentOrElse(r -> groups.addAll(r.groups(unit)), () -> unknown.add(role));
    }
    if (!unknown.isEmpty()) {
      throw new Refused(
          "统一身份认证给出的角色 " + String.join("、", unknown) + " 不存在，应为 " + RosterRole.known());
    }
    if (groups.isEmpty()) {
      groups.addAll(RosterRole.of("official").orElseThrow().groups(unit));
    }
    return new ApiUser(account, List.copyOf(groups));
  }

  /** A webapp sign-in: the account made or updated with the token's name, mail and groups. */
  @Override
  @Transactional
  public ApiUser signIn(Map<String, Object> claims, String remote) {
    ApiUser user = resolve(claims);
    String unit = text(claims, names.unit());
    User account = identity.createUserQuery().userId(user.id()).singleResult();
    boolean isNew = account == null;
    if (isNew) {
      account = identity.newUser(user.id());
      account.setPassword(RosterSync.unusable());
    }
    String name = text(claims, names.name());
    account.setFirstName(name == null ? user.id() : name);
    account.setLastName(organisation.nameOf(unit));
    account.setEmail(text(claims, names.mail()));
    PlatformPasswordPolicy.saveWithoutPolicy(identity, account);
    organisationSync.setMemberships(user.id(), Set.copyOf(user.groups()));
    if (isNew) {
      audit.record(
          AccountAudit.Event.ACCOUNT_CREATED,
          user.id(),
          "统一身份认证",
          remote,
          unit + " " + user.groups());
    }
    audit.record(AccountAudit.Event.LOGIN, user.id(), user.id(), remote, "统一身份认证");
    return user;
  }

  private static String text(Map<String, Object> claims, String name) {
    Object value = name == null ? null : claims.get(name);
    return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).strip();
  }

  /** Roles as a JSON array, or one string with commas, spaces or 、 between them. */
  private static List<String> list(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> many) {
      return many.stream()
          .map(String::valueOf)
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .toList();
    }
    return List.of(String.valueOf(value).split("[,，、\\s]+")).stream()
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
