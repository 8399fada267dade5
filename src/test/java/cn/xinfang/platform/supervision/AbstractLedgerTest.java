package cn.xinfang.platform.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.support.DemoUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The accountability ledger (问责台账) is one hash chain: appends from several threads stay linear, a
 * row changed or deleted in SQL afterwards is found and named, and what a reader gets depends on
 * who they are. Run on H2 and on PostgreSQL.
 */
abstract class AbstractLedgerTest {

  static final AtomicInteger CASES = new AtomicInteger();

  @Autowired SupervisionLedger ledger;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @LocalServerPort int port;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void eachRowIsLinkedToTheOneBeforeAndTheChainVerifies() {
    String caseNo = caseNo();
    LedgerEntry first = append(caseNo, "housing", LedgerRung.NOTICE, "督办函");
    LedgerEntry second = append(caseNo, "housing", LedgerRung.ANSWER, "已整改");
    assertThat(second.seq()).isEqualTo(first.seq() + 1);
    assertThat(second.prevHash()).isEqualTo(first.hash());
    assertThat(ledger.forCase(caseNo))
        .extracting(LedgerEntry::hash)
        .containsExactly(first.hash(), second.hash());
    assertThat(ledger.verify().intact()).isTrue();
  }

  @Test
  void aRowChangedInSqlBreaksTheChainAtThatRow() {
    String caseNo = caseNo();
    append(caseNo, "court", LedgerRung.NOTICE, "督办函");
    LedgerEntry answer = append(caseNo, "court", LedgerRung.ANSWER, "已整改到位");
    append(caseNo, "court", LedgerRung.JUDGEMENT, "整改到位");
    try {
      jdbc.sql("update supervision_ledger set text = ? where seq = ?")
          .params("从未答复", answer.seq())
          .update();
      SupervisionLedger.Verification v = ledger.verify();
      assertThat(v.intact()).isFalse();
      assertThat(v.brokenAt()).isEqualTo(answer.seq());
      assertThat(v.message()).contains("第 " + answer.seq() + " 条记录（" + caseNo + "）");
    } finally {
      jdbc.sql("update supervision_ledger set text = ? where seq = ?")
          .params(answer.text(), answer.seq())
          .update();
    }
    assertThat(ledger.verify().intact()).isTrue();
  }

  @Test
  void aRowDeletedInSqlIsMissedByTheChain() {
    String caseNo = caseNo();
    append(caseNo, "police", LedgerRung.NOTICE, "督办函");
    LedgerEntry talk = append(caseNo, "police", LedgerRung.TALK, "约谈");
    append(caseNo, "police", LedgerRung.PROPOSAL, "问责建议");
    Map<String, Object> row =
        jdbc.sql("select * from supervision_ledger where seq = ?")
            .param(talk.seq())
            .query()
            .singleRow();
    try {
      jdbc.sql("delete from supervision_ledger where seq = ?").param(talk.seq()).update();
      SupervisionLedger.Verification v = ledger.verify();
      assertThat(v.intact()).isFalse();
      assertThat(v.brokenAt()).isEqualTo(talk.seq());
      assertThat(v.message()).contains("第 " + talk.seq() + " 条记录缺失");
    } finally {
      jdbc.sql(
              "insert into supervision_ledger (seq, at_millis, actor, case_no, unit, supervision_id,"
                  + " rung, reason, article, text, document_id, prev_hash, hash)"
                  + " values (:seq, :at_millis, :actor, :case_no, :unit, :supervision_id, :rung,"
                  + " :reason, :article, :text, :document_id, :prev_hash, :hash)")
          .params(lowerCaseKeys(row))
          .update();
    }
    assertThat(ledger.verify().intact()).isTrue();
  }

  @Test
  void appendsFromManyThreadsAtOnceFormOneChain() throws Exception {
    String caseNo = caseNo();
    TransactionTemplate tx = new TransactionTemplate(transactions);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 50; i++) {
                  int n = i;
                  tx.executeWithoutResult(
                      s ->
                          append(
                              caseNo,
                              "justice",
                              LedgerRung.TALK,
                              "线程 " + thread + " 第 " + n + " 条"));
                }
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    List<LedgerEntry> rows = ledger.forCase(caseNo);
    assertThat(rows).hasSize(100);
    for (int i = 1; i < rows.size(); i++) {
      assertThat(rows.get(i).seq()).isGreaterThan(rows.get(i - 1).seq());
    }
    assertThat(ledger.verify().intact()).isTrue();
  }

  @Test
  void readersSeeWhatIsTheirsAndTheCsvOpensInExcel() throws Exception {
    String caseNo = caseNo();
    append(caseNo, "market-regulation", LedgerRung.NOTICE, "督办函，要求\"立即\"整改,\n逐项说明");
    append(caseNo, "market-regulation", LedgerRung.PROPOSAL, "建议诫勉");
    append(caseNo, "natural-resources", LedgerRung.TALK, "约谈");

    assertThat(rungsOf(get("supervisor", "/api/supervision/ledger?unit=market-regulation")))
        .containsExactly("NOTICE", "PROPOSAL");
    assertThat(rungsOf(get("market-regulation-leader", "/api/supervision/ledger")))
        .contains("NOTICE", "PROPOSAL")
        .doesNotContain("TALK");
    assertThat(get("market-regulation-leader", "/api/supervision/ledger?unit=natural-resources"))
        .isEmpty();
    assertThat(
            rungsOf(get("discipline-official", "/api/supervision/ledger?unit=market-regulation")))
        .containsExactly("PROPOSAL");
    assertThat(DemoUser.of("court-official", port).get("/api/supervision/ledger").statusCode())
        .isEqualTo(403);
    assertThat(DemoUser.of("court-leader", port).get("/api/supervision/ledger/verify").statusCode())
        .isEqualTo(403);
    for (String method : List.of("PUT", "DELETE", "POST")) {
      HttpResponse<String> change =
          DemoUser.of("supervisor", port)
              .send(
                  DemoUser.of("supervisor", port)
                      .request("/api/supervision/ledger")
                      .header("Content-Type", "application/json")
                      .method(method, java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
      assertThat(change.statusCode()).as(method).isEqualTo(405);
    }
    JsonNode verified =
        json.readTree(DemoUser.of("manager", port).get("/api/supervision/ledger/verify").body());
    assertThat(verified.get("intact").asBoolean()).isTrue();

    HttpResponse<byte[]> csv =
        java.net.http.HttpClient.newHttpClient()
            .send(
                DemoUser.of("manager", port)
                    .request("/api/supervision/ledger?unit=market-regulation&format=csv")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("attachment"));
    byte[] body = csv.body();
    assertThat(new byte[] {body[0], body[1], body[2]})
        .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    assertThat(text.lines().findFirst())
        .hasValue("\"序号\",\"时间\",\"单位\",\"案件编号\",\"环节\",\"事由\",\"依据条款\",\"经办人\",\"内容\",\"哈希\"");
    assertThat(text).contains("\"督办函，要求\"\"立即\"\"整改,\n逐项说明\"", "\"市场监督管理局\"", "\"问责建议\"");
  }

  private LedgerEntry append(String caseNo, String unit, LedgerRung rung, String text) {
    return ledger.append(
        new NewLedgerEntry("supervisor", caseNo, unit, null, rung, "责任单位超期", null, text, null));
  }

  private String caseNo() {
    return "XF-LEDGER-" + getClass().getSimpleName().charAt(8) + CASES.incrementAndGet();
  }

  private JsonNode get(String user, String path) throws Exception {
    HttpResponse<String> answer = DemoUser.of(user, port).get(path);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json.readTree(answer.body());
  }

  private static List<String> rungsOf(JsonNode rows) {
    List<String> rungs = new ArrayList<>();
    rows.forEach(r -> rungs.add(r.get("rung").asText()));
    return rungs;
  }

  private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
    Map<String, Object> params = new java.util.HashMap<>();
    row.forEach((k, v) -> params.put(k.toLowerCase(java.util.Locale.ROOT), v));
    return params;
  }
}
