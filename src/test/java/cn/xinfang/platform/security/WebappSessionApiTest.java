package cn.xinfang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.Browser;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.DemoUser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An official logged in to Tasklist opens a notice's link from the 送达文书 form without a second
 * password prompt: the API accepts the webapp session for reading. Changing anything still needs
 * HTTP basic, which no other site can make a browser send.
 */
class WebappSessionApiTest extends CaseTest {

  @LocalServerPort int port;

  @Test
  void anOfficialLoggedInToTasklistOpensTheNoticeButChangesNothingWithoutHttpBasic() {
    String url = acceptanceNoticeOf(flow.register(Petitions.claim(801).build()));
    DemoUser official = DemoUser.of("human-resources-official", port);
    Browser browser = official.browserIn("tasklist");
    assertThat(browser.loginStatus()).isEqualTo(200);

    HttpResponse<String> page = browser.get(url);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>受理告知书</h1>");
    HttpResponse<String> post =
        browser.send(
            HttpRequest.newBuilder(official.uri("/api/petitions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(post.statusCode()).as("POST with the session alone").isEqualTo(401);
    assertThat(official.send(HttpRequest.newBuilder(official.uri(url))).statusCode())
        .as("no session, no credentials")
        .isEqualTo(401);
  }

  @Test
  void theSessionReadsOnlyWhatItsUserMayRead() {
    String url = acceptanceNoticeOf(flow.register(Petitions.claim(802).build()));
    DemoUser police = DemoUser.of("police-official", port);
    Browser browser = police.browserIn("tasklist");
    assertThat(browser.loginStatus()).isEqualTo(200);

    assertThat(browser.get(url).statusCode()).isEqualTo(404);
  }

  private String acceptanceNoticeOf(Registration r) {
    flow.forward(r.caseNo(), null, "human-resources");
    flow.signFor("human-resources", r.caseNo());
    return notice(r.caseNo(), "ACCEPTANCE").url();
  }
}
