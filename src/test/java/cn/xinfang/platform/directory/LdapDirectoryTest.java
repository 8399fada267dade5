package cn.xinfang.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.PetitionRegistry;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.support.Browser;
import cn.xinfang.platform.support.CaseFlow;
import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.Desk;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The profile {@code ldap} against a real directory (UnboundID's in-memory LDAP server, started
 * here): people with Chinese names sign in with the directory's password, are in the platform's
 * groups by config/directory.yaml (a unit's OU, a directory group), and a unit's official sees in
 * Tasklist their unit's tasks and no other's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "ldap"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LdapDirectoryTest {

  static final String BASE = "dc=gov,dc=example";
  static final String PASSWORD = "Directory#2026";
  static InMemoryDirectoryServer directory;

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired ProcessEngine engine;
  @Autowired PetitionRegistry registry;

  @DynamicPropertySource
  static void theDirectory(DynamicPropertyRegistry properties) throws Exception {
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
    config.addAdditionalBindCredentials("cn=platform,ou=system", "reader-secret");
    config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
    config.setSchema(null);
    directory = new InMemoryDirectoryServer(config);
    directory.importFromLDIF(true, "src/test/resources/directory/directory.ldif");
    directory.startListening();
    properties.add(
        "platform.ldap.server-url", () -> "ldap://localhost:" + directory.getListenPort());
    properties.add("platform.ldap.base-dn", () -> BASE);
    properties.add("platform.ldap.manager-dn", () -> "cn=platform,ou=system");
    properties.add("platform.ldap.manager-password", () -> "reader-secret");
    properties.add(
        "platform.ldap.mapping-file", () -> "src/test/resources/directory/directory.yaml");
  }

  @AfterAll
  static void stopTheDirectory() {
    directory.shutDown(true);
  }

  @Test
  void directoryPeopleAreInTheGroupsTheMappingGivesThem() {
    User liMing = identity.createUserQuery().userId("li-ming").singleResult();
    assertThat(liMing.getFirstName()).isEqualTo("李明");
    assertThat(liMing.getLastName()).isEqualTo("公安分局");
    assertThat(liMing.getEmail()).isEqualTo("li-ming@gov.example.cn");
    assertThat(groups("li-ming")).containsExactly("police", "police-leaders");
    assertThat(groups("registrar")).containsExactly("petition-bureau", "registrars");
    assertThat(groups("zhao-hua")).containsExactly("housing");
    assertThat(groups("dir-admin")).containsExactly("camunda-admin", "petition-bureau");
    assertThat(identity.createGroupQuery().groupId("police").singleResult().getName())
        .as("the organisation's name for the group")
        .isEqualTo("公安分局");
    assertThat(
            identity.createUserQuery().memberOfGroup("police").list().stream()
                .map(User::getId)
                .toList())
        .containsExactly("li-ming");
    assertThat(
            identity.createUserQuery().memberOfGroup("registrars").list().stream()
                .map(User::getId)
                .toList())
        .containsExactly("registrar");
    assertThat(identity.checkPassword("li-ming", PASSWORD)).isTrue();
    assertThat(identity.checkPassword("li-ming", "wrong")).isFalse();
    assertThat(identity.isReadOnly()).as("people are kept in the directory").isTrue();
  }

  @Test
  void aDirectoryUserSeesOnlyTheirUnitsTasksInTasklist() {
    CaseFlow flow = new CaseFlow(registry, new Desk(identity, engine.getTaskService()), engine);
    var toPolice = flow.register(Petitions.claim(987).build());
    flow.forward(toPolice.caseNo(), "由公安分局承办", "police");
    var toHousing = flow.register(Petitions.claim(988).about("housing").build());
    flow.forward(toHousing.caseNo(), "由住建局承办", "housing");
    List<String> police = taskIds("police");
    List<String> housing = taskIds("housing");
    assertThat(police).isNotEmpty();
    assertThat(housing).isNotEmpty();

    Browser liMing = Browser.loginTo(DemoUser.of("li-ming", port), "tasklist", PASSWORD);
    assertThat(liMing.loginStatus()).isEqualTo(200);
    HttpResponse<String> seen =
        liMing.get("/camunda/api/engine/engine/default/task?maxResults=100");
    assertThat(seen.statusCode()).isEqualTo(200);
    assertThat(seen.body()).contains(police).doesNotContain(housing);

    Browser zhaoHua = Browser.loginTo(DemoUser.of("zhao-hua", port), "tasklist", PASSWORD);
    assertThat(zhaoHua.get("/camunda/api/engine/engine/default/task?maxResults=100").body())
        .contains(housing)
        .doesNotContain(police);

    assertThat(Browser.loginTo(DemoUser.of("li-ming", port), "tasklist", "demo").loginStatus())
        .as("only the directory's password")
        .isIn(401, 403);
    assertThat(Browser.loginTo(DemoUser.of("dir-admin", port), "admin", PASSWORD).loginStatus())
        .isEqualTo(200);
    assertThat(Browser.loginTo(DemoUser.of("li-ming", port), "admin", PASSWORD).loginStatus())
        .as("Admin is for the directory's platform administrators")
        .isIn(401, 403);
  }

  private List<String> groups(String user) {
    return identity.createGroupQuery().groupMember(user).orderByGroupId().asc().list().stream()
        .map(Group::getId)
        .sorted()
        .toList();
  }

  private List<String> taskIds(String group) {
    return tasks.createTaskQuery().taskCandidateGroup(group).list().stream()
        .map(Task::getId)
        .toList();
  }
}
