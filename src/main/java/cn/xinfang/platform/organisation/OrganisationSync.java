package cn.xinfang.platform.organisation;

import cn.xinfang.platform.organisation.DesiredGroup.Grantable;
import cn.xinfang.platform.security.PlatformPasswordPolicy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes Camunda's users, groups, memberships and authorizations match the organisation file. Runs
 * at every start; it only writes what differs, so a restart changes nothing.
 */
@Service
public class OrganisationSync {

  private static final Logger LOG = LoggerFactory.getLogger(OrganisationSync.class);

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final TasklistFilters filters;

  OrganisationSync(
      IdentityService identity, AuthorizationService authorizations, TasklistFilters filters) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
  }

  @Transactional
  public void synchronise(
      Organisation organisation, Optional<DemoAccounts> demo, PlatformProperties.Admin admin) {
    Map<String, DesiredGroup> groups = DesiredGroups.of(organisation);
    if (identity.isReadOnly()) {
      // the directory (profile ldap) holds people and memberships; the grants are still ours
      LOG.info("账号和组来自政务目录（LDAP），只同步组的权限");
      groups.values().forEach(this::syncGrants);
      filters.ensureShared();
      return;
    }
    syncGroups(groups);
    groups.values().forEach(this::syncGrants);
    demo.ifPresent(accounts -> syncAccounts(accounts, accounts.accountsFor(organisation), groups));
    syncAdministrator(admin, demo.isPresent());
    filters.ensureShared();
  }

  private void syncGroups(Map<String, DesiredGroup> desired) {
    for (DesiredGroup wanted : desired.values()) {
      Group group = identity.createGroupQuery().groupId(wanted.id()).singleResult();
      if (group == null) {
        group = identity.newGroup(wanted.id());
      } else if (Objects.equals(group.getName(), wanted.name())
          && Objects.equals(group.getType(), wanted.type())) {
        continue;
      }
      group.setName(wanted.name());
      group.setType(wanted.type());
      identity.saveGroup(group);
    }
    for (Group group : identity.createGroupQuery().list()) {
      if (DesiredGroup.isManaged(group.getType()) && !desired.containsKey(group.getId())) {
        LOG.info("组织机构中已不存在组 {}（{}），删除", group.getId(), group.getName());
        identity.deleteGroup(group.getId());
      }
    }
  }

  private void syncGrants(DesiredGroup group) {
    Map<Grantable, Authorization> existing = new HashMap<>();
    // only the kinds of grant the file manages are read: a unit's group also holds the engine's
    // grant on each of its open tasks, tens of thousands at scale, read at every start otherwise
    List<Authorization> candidates = new ArrayList<>();
    candidates.addAll(
        authorizations.createAuthorizationQuery().groupIdIn(group.id()).resourceId("*").list());
    for (Resources type : List.of(Resources.APPLICATION, Resources.PROCESS_DEFINITION)) {
      candidates.addAll(
          authorizations
              .createAuthorizationQuery()
              .groupIdIn(group.id())
              .resourceType(type.resourceType())
              .list());
    }
    for (Authorization auth : candidates) {
      if (isManagedGrant(auth)) {
        existing.put(new Grantable(auth.getResourceType(), auth.getResourceId()), auth);
      }
    }
    group
        .grants()
        .forEach(
            (grantable, permissions) -> {
              Authorization auth = existing.remove(grantable);
              if (auth == null) {
                auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                auth.setGroupId(group.id());
                auth.setResourceType(grantable.resourceType());
                auth.setResourceId(grantable.resourceId());
              } else if (granted(auth).equals(normalised(grantable, permissions))) {
                return;
              }
              auth.setPermissions(permissions.toArray(Permission[]::new));
              authorizations.saveAuthorization(auth);
            });
    existing.values().forEach(auth -> authorizations.deleteAuthorization(auth.getId()));
  }

  /**
   * Grants on all instances, on applications and on process definitions belong to the file; the
   * engine's own (per task, per group) are left alone.
   */
  private static boolean isManagedGrant(Authorization auth) {
    return auth.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
        && ("*".equals(auth.getResourceId())
            || auth.getResourceType() == Resources.APPLICATION.resourceType()
            || auth.getResourceType() == Resources.PROCESS_DEFINITION.resourceType());
  }

  private Set<Permission> granted(Authorization auth) {
    return Set.of(auth.getPermissions(Permissions.values()));
  }

  /** The permissions as the engine will report them once saved, to compare with saved ones. */
  private Set<Permission> normalised(Grantable grantable, Collection<Permission> permissions) {
    Authorization probe = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    probe.setResourceType(grantable.resourceType());
    permissions.forEach(probe::addPermission);
    return granted(probe);
  }

  private void syncAccounts(
      DemoAccounts demo, List<DemoAccounts.Account> accounts, Map<String, DesiredGroup> groups) {
    Set<String> ids = accounts.stream().map(DemoAccounts.Account::id).collect(Collectors.toSet());
    for (User user : identity.createUserQuery().list()) {
      // demo accounts are recognised by their mail domain; others were created by administrators
      if (demo.isDemoEmail(user.getEmail()) && !ids.contains(user.getId())) {
        LOG.info("演示账号 {} 已不在配置中，删除", user.getId());
        identity.deleteUser(user.getId());
      }
    }
    for (DemoAccounts.Account account : accounts) {
      for (String groupId : account.groups()) {
        if (!groups.containsKey(groupId)) {
          throw new IllegalStateException("演示账号 " + account.id() + " 所属的组不存在：" + groupId);
        }
      }
      ensureUser(
          account.id(),
          account.firstName(),
          account.lastName(),
          demo.emailOf(account.id()),
          demo.password(),
          true);
      syncMemberships(account.id(), Set.copyOf(account.groups()));
    }
  }

  /** Creates or updates the account; a new password passes the policy unless {@code demo}. */
  private void ensureUser(
      String id, String firstName, String lastName, String email, String password, boolean demo) {
    User user = identity.createUserQuery().userId(id).singleResult();
    String newPassword = null;
    if (user == null) {
      user = identity.newUser(id);
      user.setPassword(password);
      newPassword = password;
    } else if (Objects.equals(user.getFirstName(), firstName)
        && Objects.equals(user.getLastName(), lastName)
        && Objects.equals(user.getEmail(), email)) {
      return;
    }
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(email);
    save(user, newPassword, demo);
  }

  private void save(User user, String newPassword, boolean demo) {
    if (demo) {
      // the demo profile's accounts share the password "demo" on purpose
      PlatformPasswordPolicy.saveWithoutPolicy(identity, user);
      return;
    }
    if (newPassword != null) {
      PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(newPassword, user);
      if (!result.isValid()) {
        throw new IllegalStateException(
            "管理员密码（PLATFORM_ADMIN_PASSWORD）不符合密码规则：" + PlatformPasswordPolicy.describe(result));
      }
    }
    identity.saveUser(user);
  }

  /**
   * Makes the user a member of exactly these of the organisation's groups (groups an administrator
   * made by hand are left alone).
   */
  public void setMemberships(String userId, Set<String> wanted) {
    syncMemberships(userId, wanted);
  }

  private void syncMemberships(String userId, Set<String> wanted) {
    Set<String> current = new HashSet<>();
    for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
      current.add(group.getId());
      if (DesiredGroup.isManaged(group.getType()) && !wanted.contains(group.getId())) {
        identity.deleteMembership(userId, group.getId());
      }
    }
    wanted.stream()
        .filter(groupId -> !current.contains(groupId))
        .forEach(groupId -> identity.createMembership(userId, groupId));
  }

  private void syncAdministrator(PlatformProperties.Admin admin, boolean demo) {
    if (admin == null || admin.password() == null || admin.password().isBlank()) {
      LOG.warn("未设置管理员密码（PLATFORM_ADMIN_PASSWORD），不创建管理员账号");
      return;
    }
    boolean exists = identity.createUserQuery().userId(admin.id()).count() > 0;
    if (!exists) {
      ensureUser(admin.id(), "系统", "管理员", null, admin.password(), demo);
    } else if (!identity.checkPassword(admin.id(), admin.password())) {
      // the environment is the source of the administrator's password, also after the first start
      User user = identity.createUserQuery().userId(admin.id()).singleResult();
      user.setPassword(admin.password());
      save(user, admin.password(), demo);
      identity.unlockUser(admin.id());
      LOG.info("管理员 {} 的密码已按环境变量更新", admin.id());
    }
    syncMemberships(admin.id(), Set.of(DesiredGroup.ADMIN_GROUP));
  }
}
