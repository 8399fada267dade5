package cn.xinfang.platform.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the production profile with demo accounts or without an administrator password
 * from the environment, before any database is touched.
 */
public class ProductionGuard implements EnvironmentPostProcessor {

  static final String PRODUCTION = "production";
  static final String DEMO = "demo";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    List<String> active = Arrays.asList(environment.getActiveProfiles());
    if (!active.contains(PRODUCTION)) {
      return;
    }
    List<String> problems = new ArrayList<>();
    if (active.contains(DEMO)
        || environment.getProperty("platform.demo-accounts.enabled", Boolean.class, false)) {
      problems.add("生产配置（production）不能与演示账号（demo）一起启用");
    }
    String password = environment.getProperty("platform.admin.password", "");
    if (active.contains("ldap") && password.isBlank()) {
      // the directory's group mapped to camunda-admin holds the administrators
    } else if (password.isBlank()) {
      problems.add("生产配置必须通过环境变量 PLATFORM_ADMIN_PASSWORD 设置管理员密码");
    } else if (password.equals(DEMO) || password.length() < 12) {
      problems.add("管理员密码不能是演示密码，且至少 12 位");
    } else if (!PlatformPasswordPolicy.brokenRules(password).isEmpty()) {
      problems.add(
          "管理员密码不符合密码规则：" + String.join("；", PlatformPasswordPolicy.brokenRules(password)));
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("拒绝启动：" + String.join("；", problems));
    }
  }
}
