package cn.xinfang.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xinfang.platform.PetitionPlatformApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/** The production profile refuses demo accounts and a missing administrator password. */
class ProductionGuardTest {

  final ProductionGuard guard = new ProductionGuard();

  @Test
  void productionWithDemoAccountsIsRefused() {
    MockEnvironment env =
        production().withProperty("platform.admin.password", "A-long-secret-2026");
    env.addActiveProfile("demo");

    assertThatThrownBy(() -> guard.postProcessEnvironment(env, new SpringApplication()))
        .hasMessageContaining("不能与演示账号（demo）一起启用");
  }

  @Test
  void productionWithoutAnAdministratorPasswordIsRefused() {
    assertThatThrownBy(() -> guard.postProcessEnvironment(production(), new SpringApplication()))
        .hasMessageContaining("PLATFORM_ADMIN_PASSWORD");
  }

  @Test
  void productionWithTheDirectoryNeedsNoAdministratorPassword() {
    MockEnvironment env = production();
    env.addActiveProfile("ldap");

    assertThatCode(() -> guard.postProcessEnvironment(env, new SpringApplication()))
        .doesNotThrowAnyException();
  }

  @Test
  void productionWithTheDemoPasswordIsRefused() {
    MockEnvironment env = production().withProperty("platform.admin.password", "demo");

    assertThatThrownBy(() -> guard.postProcessEnvironment(env, new SpringApplication()))
        .hasMessageContaining("不能是演示密码");
  }

  @Test
  void productionWithAWeakOrCommonAdministratorPasswordIsRefused() {
    MockEnvironment noSign = production().withProperty("platform.admin.password", "Longsecret2026");
    assertThatThrownBy(() -> guard.postProcessEnvironment(noSign, new SpringApplication()))
        .hasMessageContaining("至少 1 个符号");
    MockEnvironment common =
        production().withProperty("platform.admin.password", "Administrator@2026");
    assertThatThrownBy(() -> guard.postProcessEnvironment(common, new SpringApplication()))
        .hasMessageContaining("不能是常见密码");
  }

  @Test
  void productionWithAnAdministratorPasswordAndNoDemoStarts() {
    MockEnvironment env =
        production().withProperty("platform.admin.password", "A-long-secret-2026");

    assertThatCode(() -> guard.postProcessEnvironment(env, new SpringApplication()))
        .doesNotThrowAnyException();
  }

  @Test
  void theRealApplicationRefusesToStartInProductionWithoutAPassword() {
    SpringApplicationBuilder app =
        new SpringApplicationBuilder(PetitionPlatformApplication.class)
            .profiles("production")
            .properties("spring.datasource.url=jdbc:h2:mem:never-used", "server.port=0");

    assertThatThrownBy(app::run).hasMessageContaining("拒绝启动");
  }

  private static MockEnvironment production() {
    MockEnvironment env = new MockEnvironment();
    env.setActiveProfiles("production");
    return env;
  }
}
