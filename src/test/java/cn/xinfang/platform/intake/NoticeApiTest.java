package cn.xinfang.platform.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.DemoUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case's notices through the API: listed with {@code GET /api/petitions/{caseNo}}, each printable
 * at its URL for whoever may read the case, and to anyone else as absent as a case that does not
 * exist.
 */
class NoticeApiTest extends CaseTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;

  @Test
  void theCaseListsItsNoticesAndEachAnswersAsPrintableHtml() throws Exception {
    Registration r = flow.register(Petitions.claim(701).build());
    flow.forward(r.caseNo(), null, "human-resources");
    flow.signFor("human-resources", r.caseNo());

    JsonNode notice =
        json.readTree(as("human-resources-official").get("/api/petitions/" + r.caseNo()).body())
            .get("notices")
            .get(0);
    assertThat(notice.get("kind").asText()).isEqualTo("ACCEPTANCE");
    assertThat(notice.get("title").asText()).isEqualTo("受理告知书");
    assertThat(notice.get("issuingUnitName").asText()).isEqualTo("人力资源和社会保障局");
    assertThat(notice.get("issuedBy").asText()).isEqualTo("human-resources-official");
    assertThat(notice.get("issuedAt").asText()).endsWith("+08:00");
    assertThat(notice.get("statusLabel").asText()).isEqualTo("待送达");
    String url = notice.get("url").asText();
    assertThat(url).isEqualTo("/api/petitions/" + r.caseNo() + "/notices/" + notice.get("id"));

    for (String reader : new String[] {"human-resources-official", "registrar", "supervisor"}) {
      HttpResponse<String> page = as(reader).get(url);
      assertThat(page.statusCode()).as(reader).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
      assertThat(page.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
      assertThat(page.body()).contains("<h1>受理告知书</h1>", "王701");
    }
  }

  @Test
  void anUninvolvedUnitFindsNoNoticeJustAsForACaseThatDoesNotExist() throws Exception {
    Registration r = flow.register(Petitions.claim(702).build());
    flow.forward(r.caseNo(), null, "human-resources");
    flow.signFor("human-resources", r.caseNo());
    String url = view(r.caseNo()).notices().get(0).url();

    HttpResponse<String> uninvolved = as("police-official").get(url);
    HttpResponse<String> noSuchCase =
        as("registrar").get(url.replace(r.caseNo(), "XF-1999-000001"));

    assertThat(uninvolved.statusCode()).isEqualTo(404);
    assertThat(noSuchCase.statusCode()).isEqualTo(404);
    assertThat(problem(uninvolved).get("title").asText())
        .isEqualTo(problem(noSuchCase).get("title").asText())
        .isEqualTo("信访事项不存在");
    assertThat(problem(uninvolved).get("detail").asText())
        .isEqualTo("没有编号为 " + r.caseNo() + " 的信访事项，或您无权查看");
    assertThat(uninvolved.body()).doesNotContain("受理告知书", "王702");
    assertThat(as("registrar").get(url + "9").statusCode()).isEqualTo(404);
  }

  private JsonNode problem(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body());
  }

  private DemoUser as(String user) {
    return DemoUser.of(user, port);
  }
}
