package cn.xinfang.platform.browser;

import org.openqa.selenium.By;

/** The webapps' login form: a fresh session for each person (the previous one's cookies go). */
final class LoginPage {

  private final Screen screen;
  private final String baseUrl;

  LoginPage(Screen screen, String baseUrl) {
    this.screen = screen;
    this.baseUrl = baseUrl;
  }

  TasklistPage tasklistAs(String user) {
    logIn("tasklist", user);
    screen.shown(By.cssSelector(".start-process-action, [cam-tasklist-filters] .task-filter"));
    return new TasklistPage(screen);
  }

  CockpitPage cockpitAs(String user) {
    logIn("cockpit", user);
    screen.waitFor(d -> d.getCurrentUrl().contains("#/dashboard"));
    return new CockpitPage(screen, baseUrl);
  }

  /** 系统管理 as an administrator: the given page of Admin (e.g. {@code #/groups}). */
  void adminAs(String user, String page) {
    logIn("admin", user);
    screen.waitFor(d -> d.getCurrentUrl().contains("#/"));
    screen.open(baseUrl + "/camunda/app/admin/default/" + page);
  }

  /** Logs in where the user may not go; answers the text shown instead of the app. */
  String refusedIn(String app, String user) {
    logIn(app, user);
    return screen.waitFor(
        d -> {
          String text = screen.visibleText();
          return text.contains("登录失败") ? text : null;
        });
  }

  private void logIn(String app, String user) {
    screen.open("about:blank");
    // everyone's own session: the previous person's cookies go, for every path
    screen.driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    screen.open(baseUrl + "/camunda/app/" + app + "/");
    screen.shown(By.cssSelector("input[ng-model=username]")).sendKeys(user);
    screen.find(By.cssSelector("input[ng-model=password]")).sendKeys("demo");
    screen.find(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
  }
}
