package cn.xinfang.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.support.PlatformTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The organisation file is synchronised into Camunda idempotently, and edits are carried over. */
@PlatformTest
class OrganisationSyncTest {

  @Autowired OrganisationSync sync;
  @Autowired Organisation organisation;
  @Autowired PlatformProperties properties;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;

  final Optional<DemoAccounts> demo =
      Optional.of(ConfigFiles.read(Path.of("config/demo-accounts.yaml"), DemoAccounts.class));

  @Test
  void runningTheSyncTwiceChangesNothing() {
    List<String> afterStart = snapshot();

    sync.synchronise(organisation, demo, properties.admin());
    sync.synchronise(organisation, demo, properties.admin());

    assertThat(snapshot()).isEqualTo(afterStart);
  }

  @Test
  void theDemoOrganisationIsInCamunda() {
    assertThat(group("court").getName()).isEqualTo("人民法院");
    assertThat(group("court-leaders").getName()).isEqualTo("人民法院领导");
    assertThat(group("village-2-2").getName()).isEqualTo("第二镇二村");
    assertThat(groupsOf("court-leader")).containsExactlyInAnyOrder("court", "court-leaders");
    assertThat(groupsOf("agent-village-1-2"))
        .containsExactlyInAnyOrder("proxy-agents", "village-1-2");
    assertThat(groupsOf("registrar"))
        .containsExactlyInAnyOrder("registrars", "petition-bureau", "personal-data-export");
    assertThat(groupsOf("court-official"))
        .containsExactlyInAnyOrder("court", "personal-data-export");
    assertThat(group("personal-data-export").getName()).isEqualTo("个人信息导出");
    assertThat(groupsOf("admin")).containsExactly("camunda-admin");
    User official = identity.createUserQuery().userId("market-regulation-official").singleResult();
    assertThat(official.getFirstName() + official.getLastName()).isEqualTo("市场监督管理局承办人");
    assertThat(identity.checkPassword("court-official", "demo")).isTrue();
  }

  @Test
  void anEditedFileUpdatesWhatChangedAndOnlyThat() {
    String unchangedGrant = grantId("police", Resources.APPLICATION, "tasklist");
    Organisation edited = edit(organisation);

    sync.synchronise(edited, demo, properties.admin());

    assertThat(group("court").getName()).isEqualTo("区人民法院");
    assertThat(identity.createUserQuery().userId("court-official").singleResult().getFirstName())
        .isEqualTo("区人民法院");
    assertThat(groupsOf("agent-village-1-3"))
        .containsExactlyInAnyOrder("proxy-agents", "village-1-3");
    assertThat(group("village-1-3-leaders").getName()).isEqualTo("第一镇三村领导");
    assertThat(isAuthorized("supervisor", Resources.APPLICATION, "cockpit")).isFalse();
    assertThat(isAuthorized("supervisor", Resources.APPLICATION, "tasklist")).isTrue();
    assertThat(grantId("police", Resources.APPLICATION, "tasklist")).isEqualTo(unchangedGrant);

    List<String> afterEdit = snapshot();
    sync.synchronise(edited, demo, properties.admin());
    assertThat(snapshot()).isEqualTo(afterEdit);

    sync.synchronise(organisation, demo, properties.admin());
    assertThat(isAuthorized("supervisor", Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(identity.createGroupQuery().groupId("village-1-3").count()).isZero();
    assertThat(identity.createUserQuery().userId("agent-village-1-3").count()).isZero();
  }

  @Test
  void theAdministratorPasswordFollowsTheEnvironment() {
    sync.synchronise(
        organisation, demo, new PlatformProperties.Admin("admin", "a-new-secret-2026"));

    assertThat(identity.checkPassword("admin", "a-new-secret-2026")).isTrue();
    assertThat(identity.checkPassword("admin", "demo")).isFalse();
    assertThat(groupsOf("admin")).containsExactly("camunda-admin");

    sync.synchronise(organisation, demo, properties.admin());
    assertThat(identity.checkPassword("admin", "demo")).isTrue();
  }

  /** Renames the court, adds a village, takes Cockpit away from supervisors. */
  private static Organisation edit(Organisation original) {
    List<Organisation.Unit> units = new ArrayList<>();
    for (Organisation.Unit unit : original.units()) {
      units.add(
          unit.code().equals("court")
              ? new Organisation.Unit("court", "区人民法院", unit.level(), unit.parent())
              : unit);
    }
    units.add(new Organisation.Unit("village-1-3", "第一镇三村", "village", "township-1"));
    List<Organisation.Role> roles =
        original.roles().stream()
            .map(
                role ->
                    role.code().equals("supervisors")
                        ? new Organisation.Role(
                            role.code(), role.name(), List.of("tasklist"), role.permissions())
                        : role)
            .toList();
    return new Organisation(original.levels(), units, original.unitGroups(), roles);
  }

  private Group group(String id) {
    return identity.createGroupQuery().groupId(id).singleResult();
  }

  private List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .toList();
  }

  private boolean isAuthorized(String userId, Resources resource, String resourceId) {
    return authorizations.isUserAuthorized(
        userId, groupsOf(userId), Permissions.ACCESS, resource, resourceId);
  }

  private String grantId(String groupId, Resources resource, String resourceId) {
    return authorizations
        .createAuthorizationQuery()
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult()
        .getId();
  }

  /** Every user, group, membership and authorization, ids included, one line each, sorted. */
  private List<String> snapshot() {
    TreeSet<String> lines = new TreeSet<>();
    for (User user : identity.createUserQuery().list()) {
      lines.add(
          "user "
              + user.getId()
              + " "
              + user.getFirstName()
              + " "
              + user.getLastName()
              + " "
              + user.getEmail());
      for (Group group : identity.createGroupQuery().groupMember(user.getId()).list()) {
        lines.add("member " + user.getId() + " " + group.getId());
      }
    }
    for (Group group : identity.createGroupQuery().list()) {
      lines.add("group " + group.getId() + " " + group.getName() + " " + group.getType());
    }
    for (Authorization auth : authorizations.createAuthorizationQuery().list()) {
      lines.add(
          "authorization "
              + auth.getId()
              + " "
              + auth.getAuthorizationType()
              + " "
              + auth.getUserId()
              + " "
              + auth.getGroupId()
              + " "
              + auth.getResourceType()
              + " "
              + auth.getResourceId()
              + " "
              + permissions(auth));
    }
    assertThat(lines).hasSizeGreaterThan(100);
    return List.copyOf(lines);
  }

  private static String permissions(Authorization auth) {
    return Arrays.stream(auth.getPermissions(Permissions.values()))
        .map(Permission::getName)
        .sorted()
        .toList()
        .toString();
  }
}
