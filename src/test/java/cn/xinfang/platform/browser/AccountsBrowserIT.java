package cn.xinfang.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 系统管理's 账号与密码 as an administrator uses it: resets an official's password from the dashboard
 * (confirmed, the old password void, the masked address shown) and reads the account audit.
 */
@BrowserTest
class AccountsBrowserIT extends InTheBrowser {

  @Autowired IdentityService identity;

  @AfterEach
  void removeThePerson() {
    identity.deleteUser("forgot-person");
  }

  @Test
  void anAdministratorResetsAPasswordFromTheDashboard() {
    User user = identity.newUser("forgot-person");
    user.setFirstName("忘记");
    user.setLastName("密码");
    user.setEmail("forgot-person@gov.example.cn");
    user.setPassword("Harbour-lights#7");
    identity.saveUser(user);

    login.adminAs("admin", "#/");
    screen.waitForText("账号与密码");
    screen.waitForText("账号审计");
    screen.shown(By.id("account-reset-id")).sendKeys("forgot-person");
    screen.click(screen.shown(By.cssSelector("form.account-reset button[type=submit]")));
    screen.waitForText("原密码立即失效");
    assertThat(identity.checkPassword("forgot-person", "Harbour-lights#7"))
        .as("nothing happens before it is confirmed")
        .isTrue();
    screen.click(screen.shown(By.cssSelector(".account-reset-confirm button.btn-danger")));
    screen.waitForText("原密码已失效");
    sees("admin-password-reset", "账号与密码", "重置密码并发送链接", "f***@gov.example.cn", "账号审计");

    assertThat(identity.checkPassword("forgot-person", "Harbour-lights#7")).isFalse();
  }
}
