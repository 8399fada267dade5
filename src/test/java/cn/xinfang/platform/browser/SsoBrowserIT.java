package cn.xinfang.platform.browser;

import cn.xinfang.platform.intake.PetitionRegistry;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.support.CaseFlow;
import cn.xinfang.platform.support.Desk;
import cn.xinfang.platform.support.IdentityProvider;
import cn.xinfang.platform.support.SsoPlatformTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 统一身份认证 as an official uses it (profile sso): 统一身份认证登录 on Tasklist's login page, the provider's
 * sign-in (Spring Authorization Server, started here), and back in Tasklist with their unit's task.
 */
@Tag("browser")
@ExtendWith(Chromium.Installed.class)
@SsoPlatformTest
class SsoBrowserIT extends InTheBrowser {

  static IdentityProvider provider;

  @Autowired ProcessEngine engine;
  @Autowired PetitionRegistry registry;

  @DynamicPropertySource
  static void theProvider(DynamicPropertyRegistry properties) throws Exception {
    provider = IdentityProvider.startFor(properties);
  }

  @AfterAll
  static void stopTheProvider() {
    provider.close();
  }

  @Test
  void anOfficialSignsInThroughTheUnifiedLoginAndWorksInTasklist() {
    CaseFlow flow =
        new CaseFlow(
            registry, new Desk(engine.getIdentityService(), engine.getTaskService()), engine);
    var toPolice = flow.register(Petitions.claim(993).build());
    flow.forward(toPolice.caseNo(), "由公安分局承办", "police");

    screen.open("http://localhost:" + port + "/camunda/app/tasklist/");
    screen.shown(By.cssSelector("form[name=signinForm] a.sso-login"));
    sees("sso-login-button", "统一身份认证登录", "系统管理员用上面的账号和密码登录");
    screen.click(screen.find(By.cssSelector("form[name=signinForm] a.sso-login")));
    // the provider's own sign-in page (not the platform's)
    screen.shown(By.id("username")).sendKeys("sso-police");
    screen.find(By.id("password")).sendKeys(IdentityProvider.PASSWORD);
    screen.find(By.cssSelector("button[type=submit]")).click();

    screen.waitFor(d -> d.getCurrentUrl().contains("/camunda/app/tasklist/default/"));
    screen.waitForText("李警官");
    screen.click(screen.shown(By.partialLinkText("本单位待办")));
    String entry = new TasklistPage(screen).entry("签收", toPolice.caseNo()).getText();
    org.assertj.core.api.Assertions.assertThat(entry).contains(toPolice.caseNo());
    sees("sso-tasklist", "李警官", toPolice.caseNo());
  }
}
