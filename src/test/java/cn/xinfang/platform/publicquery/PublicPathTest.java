package cn.xinfang.platform.publicquery;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.support.CaseTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Only the public query answers without login: a path that merely starts with {@code /api/public/}
 * before the server resolves it ({@code ..}, {@code ;}, encoded slashes) still needs a login.
 */
class PublicPathTest extends CaseTest {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aPathThatOnlyLooksPublicStillNeedsALogin() throws Exception {
    String caseNo = flow.register(Petitions.claim(3511).build()).caseNo();
    for (String path :
        new String[] {
          "/api/public/../petitions/" + caseNo,
          "/api/public/..;/petitions/" + caseNo,
          "/api/public/%2e%2e/petitions/" + caseNo,
          "/api/public;x=1/../petitions/" + caseNo
        }) {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(path).isIn(400, 401, 404);
      assertThat(answer.body()).as(path).doesNotContain(caseNo + "\",\"status\"");
      assertThat(answer.body()).as(path).doesNotContain("registeredBy");
    }
  }
}
