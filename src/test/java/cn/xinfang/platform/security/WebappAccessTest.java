package cn.xinfang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.PlatformTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may log in to which webapp: 200 allowed, 403 refused. */
@PlatformTest
class WebappAccessTest {

  @LocalServerPort int port;

  @ParameterizedTest(name = "{0}: tasklist {1}, cockpit {2}, admin {3}")
  @CsvSource({
    "court-official,   200, 403, 403",
    "court-leader,     200, 403, 403",
    "registrar,        200, 403, 403",
    "agent-village-1-1, 200, 403, 403",
    "grid-center,      200, 403, 403",
    "designer,         200, 403, 403",
    "supervisor,       200, 200, 403",
    "manager,          200, 200, 403",
    "admin,            200, 200, 200",
  })
  void eachRoleReachesItsWebappsOnly(String user, int tasklist, int cockpit, int admin) {
    DemoUser demo = DemoUser.of(user, port);

    assertThat(demo.loginTo("tasklist")).as("tasklist").isEqualTo(tasklist);
    assertThat(demo.loginTo("cockpit")).as("cockpit").isEqualTo(cockpit);
    assertThat(demo.loginTo("admin")).as("admin").isEqualTo(admin);
  }
}
