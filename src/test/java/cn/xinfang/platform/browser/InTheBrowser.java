package cn.xinfang.platform.browser;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A {@link BrowserTest}'s Chromium, opened for each test with its own pictures, and what the test
 * saw, collected and reported at the end so one wrong screen does not hide the next.
 */
abstract class InTheBrowser {

  @LocalServerPort int port;

  ChromeDriver driver;
  Screen screen;
  LoginPage login;
  final SoftAssertions seen = new SoftAssertions();

  @BeforeEach
  void openBrowser(TestInfo test) {
    driver = Chromium.start();
    screen = new Screen(driver, new Screenshots(test.getTestMethod().orElseThrow().getName()));
    login = new LoginPage(screen, "http://localhost:" + port);
  }

  @AfterEach
  void closeBrowser() {
    driver.quit();
  }

  /** Screenshot, the Chinese the step must show, no known English, no console error. */
  void sees(String step, String... chinese) {
    screen.shoot(step);
    String text = screen.visibleText();
    for (String label : chinese) {
      seen.assertThat(text).as("%s shows %s", step, label).contains(label);
    }
    seen.assertThat(screen.englishOnScreen()).as("English on screen at %s", step).isEmpty();
    seen.assertThat(screen.consoleErrors()).as("console errors at %s", step).isEmpty();
  }
}
