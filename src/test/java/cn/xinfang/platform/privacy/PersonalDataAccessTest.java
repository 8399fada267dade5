package cn.xinfang.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.DemoUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Personal data through the API: every answer that shows a case's petitioners' ID numbers or
 * contact details in full leaves one record of who read which case where; a masked answer leaves
 * none. The printable record shows them in full only to holders of the export right. Administrators
 * alone read the records.
 */
class PersonalDataAccessTest extends CaseTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;

  @Test
  void aReadShowingTheIdNumberInFullIsRecordedOnceWithItsReaderAndCase() throws Exception {
    Registration r = flow.register(Petitions.claimBy("19700808", 101).build());
    String idNumber = idNumber(101);
    flow.forward(r.caseNo(), null, "human-resources");

    HttpResponse<String> answer = as("human-resources-leader").get(caseApi(r.caseNo()));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains(idNumber);
    List<Map<String, Object>> rows = reads(r.caseNo());
    assertThat(rows).singleElement();
    assertThat(rows.get(0))
        .containsEntry("actor", "human-resources-leader")
        .containsEntry("endpoint", "GET /api/petitions/{caseNo}")
        .containsEntry("disclosed", "身份证号码、联系电话、住址");
    assertThat(rows.get(0).get("remote")).isNotNull();
    // the record holds who and where, never the data itself
    assertThat(rows.get(0).values().toString()).doesNotContain(idNumber, "13900001111", "李101");
  }

  @Test
  void aMaskedReadLeavesNoRecord() throws Exception {
    Registration r = flow.register(Petitions.claimBy("19700808", 102).build());

    HttpResponse<String> answer = as("supervisor").get(caseApi(r.caseNo()));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).doesNotContain(idNumber(102), "13900001111");
    assertThat(reads(r.caseNo())).isEmpty();
  }

  @Test
  void theRecordPageShowsPersonalDataInFullOnlyWithTheExportRight() throws Exception {
    Registration r = flow.register(Petitions.claimBy("19700808", 103).build());
    String idNumber = idNumber(103);
    flow.forward(r.caseNo(), null, "human-resources");

    // the unit's leader handles the case but holds no export right: the page masks the petitioner
    HttpResponse<String> withheld = as("human-resources-leader").get(recordOf(r.caseNo()));
    assertThat(withheld.statusCode()).isEqualTo(200);
    assertThat(withheld.body())
        .doesNotContain(idNumber, "13900001111")
        .contains("<td>（已隐去）</td>", "“个人信息导出”权限");
    assertThat(reads(r.caseNo())).isEmpty();

    // its official holds it (personal-data-export): in full, and recorded
    HttpResponse<String> exported = as("human-resources-official").get(recordOf(r.caseNo()));
    assertThat(exported.statusCode()).isEqualTo(200);
    assertThat(exported.body()).contains(idNumber, "13900001111").doesNotContain("已隐去：");
    assertThat(reads(r.caseNo()))
        .singleElement()
        .satisfies(
            row ->
                assertThat(row)
                    .containsEntry("actor", "human-resources-official")
                    .containsEntry("endpoint", "GET /api/petitions/{caseNo}/record"));

    // the right does not widen what a reader may see: a supervisor holding it still gets masks
    identity.createMembership("supervisor", PersonalDataExport.GROUP);
    try {
      assertThat(as("supervisor").get(recordOf(r.caseNo())).body()).doesNotContain(idNumber);
      assertThat(reads(r.caseNo())).hasSize(1);
    } finally {
      identity.deleteMembership("supervisor", PersonalDataExport.GROUP);
    }
  }

  @Test
  void administratorsAloneReadTheRecordsOfACase() throws Exception {
    Registration r = flow.register(Petitions.claimBy("19700808", 104).build());
    Registration other = flow.register(Petitions.claimBy("19700808", 105).build());
    as("registrar").get(caseApi(r.caseNo()));
    as("registrar").get(caseApi(other.caseNo()));

    HttpResponse<String> refused =
        as("supervisor").get("/api/admin/personal-data-reads?caseNo=" + r.caseNo());
    HttpResponse<String> answer =
        as("admin").get("/api/admin/personal-data-reads?caseNo=" + r.caseNo());

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(json.readTree(refused.body()).get("detail").asText())
        .isEqualTo("只有系统管理员可以查看个人信息查阅记录");
    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode entries = json.readTree(answer.body()).get("entries");
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).get("actor").asText()).isEqualTo("registrar");
    assertThat(entries.get(0).get("caseNo").asText()).isEqualTo(r.caseNo());
    assertThat(entries.get(0).get("endpoint").asText()).isEqualTo("GET /api/petitions/{caseNo}");
    assertThat(entries.get(0).get("at").asText()).endsWith("+08:00");
  }

  private List<Map<String, Object>> reads(String caseNo) {
    return jdbc.sql(
            "select actor, endpoint, disclosed, remote from personal_data_read where case_no = ?")
        .param(caseNo)
        .query()
        .listOfRows();
  }

  private static String idNumber(int seq) {
    return Petitions.claimBy("19700808", seq).build().petitioners().get(0).idNumber();
  }

  private static String caseApi(String caseNo) {
    return "/api/petitions/" + caseNo;
  }

  private static String recordOf(String caseNo) {
    return "/api/petitions/" + caseNo + "/record";
  }

  private DemoUser as(String user) {
    return DemoUser.of(user, port);
  }
}
