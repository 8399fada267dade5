package cn.xinfang.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.PostgresPlatformTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The intake API against the corpus of bad and odd input ({@link BadIntakeCorpus}), on PostgreSQL
 * (which refuses what H2 stores, such as NUL characters). Prints "bad inputs refused M/M".
 */
@PostgresPlatformTest
class BadInputCorpusOnPostgresTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;

  @Test
  void everyBadInputIsRefusedInChineseAndEveryOddTextIsStoredAsSent() {
    DemoUser registrar = DemoUser.of("registrar", port);
    BadIntakeCorpus.Result result =
        new BadIntakeCorpus(json, "19700707")
            .run(
                body ->
                    registrar.send(
                        registrar
                            .request("/api/petitions")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))),
                () -> jdbc.sql("select count(*) from petition_case").query(Long.class).single(),
                caseNo -> content(registrar.get("/api/petitions/" + caseNo).body()));

    System.out.println(result.line());
    assertThat(result.failures()).isEmpty();
    assertThat(result.refused()).isEqualTo(result.bad());
    assertThat(result.stored()).isEqualTo(result.odd());
  }

  private String content(String view) {
    try {
      return json.readTree(view).path("content").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
