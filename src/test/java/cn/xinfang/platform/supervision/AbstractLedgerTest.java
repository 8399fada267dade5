package cn.xinfang.platform.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xinfang.platform.support.DemoUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
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
  static final String CSV_HEADER =
      "\"序号\",\"时间\",\"单位\",\"案件编号\",\"环节\",\"事由\",\"依据条款\",\"经办人\",\"内容\",\"哈希\"";

  @Autowired SupervisionLedger ledger;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @LocalServerPort int port;

  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void eachRowIsLinkedToTheOneBeforeAndTheChainVerifies() throws Exception {
    String caseNo = caseNo();
    LedgerEntry first = append(caseNo, "housing", LedgerRung.NOTICE, "督办函");
    LedgerEntry second = append(caseNo, "housing", LedgerRung.ANSWER, "已整改");

    assertThat(second.seq()).isEqualTo(first.seq() + 1);
    assertThat(second.prevHash()).isEqualTo(first.hash());
    assertThat(first.hash()).matches("[0-9a-f]{64}").isNotEqualTo(second.hash());
    assertThat(ledger.forCase(caseNo)).containsExactly(first, second);
    assertThat(SupervisionLedger.hashOf(ledger.forCase(caseNo).get(1))).isEqualTo(second.hash());
    assertThat(ledger.verify().intact()).isTrue();

    JsonNode verified = json.readTree(get("manager", "/api/supervision/ledger/verify").body());
    assertThat(verified.get("intact").asBoolean()).isTrue();
    assertThat(verified.get("records").asLong()).isEqualTo(second.seq());
    assertThat(verified.has("brokenAt")).isFalse();
  }

  @Test
  void theFirstRowHangsOnSixtyFourZeros() {
    append(caseNo(), "court", LedgerRung.NOTICE, "督办函");
    assertThat(
            jdbc.sql("select prev_hash from supervision_ledger where seq = 1")
                .query(String.class)
                .single())
        .isEqualTo("0".repeat(64));
  }

  @Test
  void aRowChangedInSqlBreaksTheChainAtThatRow() throws Exception {
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
      assertThat(v.message()).isEqualTo("第 " + answer.seq() + " 条记录（" + caseNo + "）与其哈希不符，台账已被改动");
      JsonNode answered = json.readTree(get("supervisor", "/api/supervision/ledger/verify").body());
      assertThat(answered.get("intact").asBoolean()).isFalse();
      assertThat(answered.get("brokenAt").asLong()).isEqualTo(answer.seq());
      assertThat(answered.get("message").asText()).isEqualTo(v.message());
    } finally {
      jdbc.sql("update supervision_ledger set text = ? where seq = ?")
          .params(answer.text(), answer.seq())
          .update();
    }
    assertThat(ledger.verify().intact()).isTrue();
  }

  @Test
  void aTimeOrAnActorChangedInSqlIsFoundToo() {
    LedgerEntry talk = append(caseNo(), "police", LedgerRung.TALK, "约谈");
    for (String change :
        List.of(
            "at_millis = at_millis + 1",
            "actor = 'manager'",
            "article = '第四十五条'",
            "document_id = 7",
            "rung = 'PUBLIC_NOTICE'")) {
      Map<String, Object> before = rowOf(talk.seq());
      try {
        jdbc.sql("update supervision_ledger set " + change + " where seq = ?")
            .param(talk.seq())
            .update();
        assertThat(ledger.verify().brokenAt()).as(change).isEqualTo(talk.seq());
      } finally {
        jdbc.sql("delete from supervision_ledger where seq = ?").param(talk.seq()).update();
        putBack(before);
      }
    }
    assertThat(ledger.verify().intact()).isTrue();
  }

  @Test
  void aRowDeletedInSqlIsMissedByTheChain() {
    String caseNo = caseNo();
    append(caseNo, "police", LedgerRung.NOTICE, "督办函");
    LedgerEntry talk = append(caseNo, "police", LedgerRung.TALK, "约谈");
    append(caseNo, "police", LedgerRung.PROPOSAL, "问责建议");
    Map<String, Object> row = rowOf(talk.seq());
    try {
      jdbc.sql("delete from supervision_ledger where seq = ?").param(talk.seq()).update();

      SupervisionLedger.Verification v = ledger.verify();
      assertThat(v.intact()).isFalse();
      assertThat(v.brokenAt()).isEqualTo(talk.seq());
      assertThat(v.message()).isEqualTo("第 " + talk.seq() + " 条记录缺失，台账已被改动");
    } finally {
      putBack(row);
    }
    assertThat(ledger.verify().intact()).isTrue();
  }

  @Test
  void theLastRowDeletedInSqlIsMissedByTheHead() {
    LedgerEntry last = append(caseNo(), "justice", LedgerRung.DECISION, "诫勉");
    Map<String, Object> row = rowOf(last.seq());
    try {
      jdbc.sql("delete from supervision_ledger where seq = ?").param(last.seq()).update();

      SupervisionLedger.Verification v = ledger.verify();
      assertThat(v.intact()).isFalse();
      assertThat(v.brokenAt()).isEqualTo(last.seq());
      assertThat(v.message()).contains("第 " + last.seq() + " 条及以后的记录缺失");
    } finally {
      putBack(row);
    }
    assertThat(ledger.verify().intact()).isTrue();
  }

  @Test
  void appendsFromTwoThreadsAtOnceFormOneLinearChain() throws Exception {
    String caseNo = caseNo();
    TransactionTemplate tx = new TransactionTemplate(transactions);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                start.await();
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
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();

    List<LedgerEntry> rows = ledger.forCase(caseNo);
    assertThat(rows).hasSize(100);
    long first = rows.get(0).seq();
    for (int i = 1; i < rows.size(); i++) {
      assertThat(rows.get(i).seq()).isEqualTo(first + i);
      assertThat(rows.get(i).prevHash()).isEqualTo(rows.get(i - 1).hash());
    }
    assertThat(rows).extracting(LedgerEntry::text).doesNotHaveDuplicates();
    SupervisionLedger.Verification v = ledger.verify();
    assertThat(v.intact()).as(v.message()).isTrue();
    assertThat(v.records()).isEqualTo(rows.get(99).seq());
  }

  @Test
  void aStepsRowsAreChainedAtItsCommitSoTheHeadIsFreeWhileTheStepRuns() throws Exception {
    String step = caseNo();
    String meanwhile = caseNo();
    TransactionTemplate tx = new TransactionTemplate(transactions);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      LedgerEntry between =
          tx.execute(
              s -> {
                onCommit(step, LedgerRung.NOTICE, "督办函");
                onCommit(step, LedgerRung.ANSWER, "已整改");
                // another node appends while this step has not committed: the head is not locked
                try {
                  return other
                      .submit(() -> append(meanwhile, "police", LedgerRung.TALK, "约谈"))
                      .get(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                  throw new AssertionError("the head was locked before the step committed", e);
                }
              });
      List<LedgerEntry> rows = ledger.forCase(step);
      assertThat(rows).extracting(LedgerEntry::text).containsExactly("督办函", "已整改");
      assertThat(rows.get(0).seq()).isEqualTo(between.seq() + 1);
      assertThat(rows.get(0).prevHash()).isEqualTo(between.hash());
      assertThat(rows.get(1).seq()).isEqualTo(between.seq() + 2);
      SupervisionLedger.Verification v = ledger.verify();
      assertThat(v.intact()).as(v.message()).isTrue();
    } finally {
      other.shutdownNow();
    }
  }

  @Test
  void aStepReadsItsOwnRowsAndARollbackAppendsNone() {
    String caseNo = caseNo();
    long before = ledger.verify().records();
    TransactionTemplate tx = new TransactionTemplate(transactions);
    tx.executeWithoutResult(
        s -> {
          onCommit(caseNo, LedgerRung.JUDGEMENT, "未整改到位");
          assertThat(ledger.forCase(caseNo)).extracting(LedgerEntry::text).containsExactly("未整改到位");
          s.setRollbackOnly();
        });
    assertThat(ledger.forCase(caseNo)).isEmpty();
    assertThat(ledger.verify().records()).isEqualTo(before);

    onCommit(caseNo, LedgerRung.JUDGEMENT, "无事务时即时写入");
    assertThat(ledger.forCase(caseNo)).extracting(LedgerEntry::text).containsExactly("无事务时即时写入");
    assertThat(ledger.verify().intact()).isTrue();
  }

  @Test
  void anEntryThatDoesNotFitIsRefusedAndTheChainStaysAsItWas() {
    SupervisionLedger.Verification before = ledger.verify();
    String caseNo = caseNo();

    assertThatThrownBy(() -> append(caseNo, "court", LedgerRung.NOTICE, "长".repeat(4001)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("超过 4000 个字符");
    assertThatThrownBy(() -> append(caseNo, "court", LedgerRung.NOTICE, " "))
        .hasMessageContaining("缺少内容");
    assertThatThrownBy(() -> append(caseNo, "court", null, "督办函")).hasMessageContaining("缺少环节");
    assertThat(append(caseNo, "court", LedgerRung.NOTICE, "长".repeat(4000)).text()).hasSize(4000);

    assertThat(ledger.verify().records()).isEqualTo(before.records() + 1);
  }

  @Test
  void queriesFilterByUnitRungAndBeijingDays() throws Exception {
    String caseNo = caseNo();
    // 2001-03-01 23:59 and 2001-03-02 00:00 in Beijing, eight hours ahead of UTC
    LedgerEntry lateOnTheFirst =
        appendAt("2001-03-01T15:59:59Z", caseNo, "natural-resources", LedgerRung.NOTICE);
    LedgerEntry earlyOnTheSecond =
        appendAt("2001-03-01T16:00:00Z", caseNo, "natural-resources", LedgerRung.ANSWER);
    LedgerEntry otherUnit = appendAt("2001-03-02T01:00:00Z", caseNo, "court", LedgerRung.NOTICE);
    LocalDate first = LocalDate.parse("2001-03-01");
    LocalDate second = LocalDate.parse("2001-03-02");

    assertThat(ledger.query(null, null, first, first)).containsExactly(lateOnTheFirst);
    assertThat(ledger.query(null, null, second, second))
        .containsExactly(earlyOnTheSecond, otherUnit);
    assertThat(ledger.query("natural-resources", null, first, second))
        .containsExactly(lateOnTheFirst, earlyOnTheSecond);
    assertThat(ledger.query(null, LedgerRung.NOTICE, first, second))
        .containsExactly(lateOnTheFirst, otherUnit);
    assertThat(ledger.query("court", LedgerRung.ANSWER, first, second)).isEmpty();
    assertThat(ledger.query(null, null, null, second)).startsWith(lateOnTheFirst);
    assertThat(ledger.query("natural-resources", null, second, null))
        .startsWith(earlyOnTheSecond)
        .doesNotContain(lateOnTheFirst);

    JsonNode byApi =
        rows("manager", "/api/supervision/ledger?from=2001-03-02&to=2001-03-02&rung=NOTICE");
    assertThat(byApi).hasSize(1);
    JsonNode row = byApi.get(0);
    assertThat(row.get("seq").asLong()).isEqualTo(otherUnit.seq());
    assertThat(row.get("at").asText()).isEqualTo("2001-03-02T09:00:00+08:00");
    assertThat(row.get("unit").asText()).isEqualTo("court");
    assertThat(row.get("unitName").asText()).isEqualTo("人民法院");
    assertThat(row.get("rungLabel").asText()).isEqualTo("督办函");
    assertThat(row.get("actorName").asText()).isEqualTo("督查室督查员（supervisor）");
    assertThat(row.get("hash").asText()).isEqualTo(otherUnit.hash());

    HttpResponse<String> badDay = get("manager", "/api/supervision/ledger?from=2001-02-30");
    assertThat(badDay.statusCode()).isEqualTo(400);
    assertThat(badDay.body()).contains("from、to 应为日期");
    assertThat(get("manager", "/api/supervision/ledger?rung=REWRITTEN").statusCode())
        .isEqualTo(400);
  }

  @Test
  void eachReaderSeesWhatIsTheirs() throws Exception {
    String caseNo = caseNo();
    LedgerEntry housingNotice = append(caseNo, "housing", LedgerRung.NOTICE, "督办函");
    LedgerEntry housingProposal = append(caseNo, "housing", LedgerRung.PROPOSAL, "建议诫勉");
    LedgerEntry courtTalk = append(caseNo, "court", LedgerRung.TALK, "约谈");
    LedgerEntry courtDecision = append(caseNo, "court", LedgerRung.DECISION, "诫勉");
    String ofCase = "/api/supervision/ledger?from=" + LocalDate.now().minusDays(1);

    assertThat(seqsOf(rows("supervisor", ofCase)))
        .containsSubsequence(
            housingNotice.seq(), housingProposal.seq(), courtTalk.seq(), courtDecision.seq());
    assertThat(rows("housing-leader", ofCase))
        .allSatisfy(r -> assertThat(r.get("unit").asText()).isEqualTo("housing"));
    assertThat(seqsOf(rows("housing-leader", ofCase)))
        .contains(housingNotice.seq(), housingProposal.seq())
        .doesNotContain(courtTalk.seq(), courtDecision.seq());
    assertThat(rows("housing-leader", "/api/supervision/ledger?unit=court")).isEmpty();
    assertThat(rows("discipline-leader", ofCase))
        .allSatisfy(r -> assertThat(r.get("rung").asText()).isIn("PROPOSAL", "DECISION"));
    assertThat(seqsOf(rows("discipline-leader", ofCase)))
        .contains(housingProposal.seq(), courtDecision.seq())
        .doesNotContain(housingNotice.seq(), courtTalk.seq());
    assertThat(seqsOf(rows("discipline-official", ofCase + "&unit=court")))
        .contains(courtDecision.seq())
        .doesNotContain(housingProposal.seq());

    for (String outsider : List.of("court-official", "registrar", "designer")) {
      HttpResponse<String> refused = get(outsider, "/api/supervision/ledger");
      assertThat(refused.statusCode()).as(outsider).isEqualTo(403);
      assertThat(refused.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(refused.body()).contains("只有督查室、区领导、纪委监委和被督办单位领导可以查阅问责台账");
    }
    for (String reader : List.of("supervisor", "manager", "admin")) {
      assertThat(get(reader, "/api/supervision/ledger/verify").statusCode())
          .as(reader)
          .isEqualTo(200);
    }
    for (String reader : List.of("housing-leader", "discipline-leader", "court-official")) {
      HttpResponse<String> refused = get(reader, "/api/supervision/ledger/verify");
      assertThat(refused.statusCode()).as(reader).isEqualTo(403);
      assertThat(refused.body()).contains("只有督查室、区领导和管理员可以校验问责台账");
    }
  }

  @Test
  void noRequestChangesOrDeletesARow() {
    LedgerEntry notice = append(caseNo(), "housing", LedgerRung.NOTICE, "督办函");
    DemoUser supervisor = DemoUser.of("supervisor", port);
    Map<String, List<Integer>> answers =
        Map.of(
            "/api/supervision/ledger",
            List.of(405),
            "/api/supervision/ledger/verify",
            List.of(405),
            "/api/supervision/ledger/" + notice.seq(),
            List.of(404, 405));
    answers.forEach(
        (path, statuses) -> {
          for (String method : List.of("PUT", "DELETE", "POST", "PATCH")) {
            HttpResponse<String> change =
                supervisor.send(
                    supervisor
                        .request(path)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString("{\"text\":\"改\"}")));
            assertThat(change.statusCode()).as(method + " " + path).isIn(statuses);
            assertThat(change.body()).as(method + " " + path).containsPattern("[\\u4e00-\\u9fa5]");
          }
        });
    assertThat(ledger.forCase(notice.caseNo())).containsExactly(notice);
    assertThat(ledger.verify().intact()).isTrue();
  }

  @Test
  void theCsvOpensInExcelWithChineseHeadersAndEveryTextAsItWas() throws Exception {
    String caseNo = caseNo();
    String awkward = "督办函，要求\"立即\"整改,\n逐项说明\r\n第二行";
    append(caseNo, "market-regulation", LedgerRung.NOTICE, awkward);
    append(caseNo, "market-regulation", LedgerRung.PROPOSAL, "=HYPERLINK(\"http://x\")");

    HttpResponse<byte[]> csv = csv("manager", "?unit=market-regulation&format=csv", "*/*");

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValue(
            "attachment; filename=\"accountability-ledger.csv\";"
                + " filename*=UTF-8''%E9%97%AE%E8%B4%A3%E5%8F%B0%E8%B4%A6.csv");
    byte[] body = csv.body();
    assertThat(new byte[] {body[0], body[1], body[2]})
        .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    assertThat(text).startsWith(CSV_HEADER + "\r\n");

    List<List<String>> records = parse(text);
    assertThat(records.get(0))
        .containsExactly("序号", "时间", "单位", "案件编号", "环节", "事由", "依据条款", "经办人", "内容", "哈希");
    List<String> notice =
        records.stream().filter(r -> r.get(3).equals(caseNo)).findFirst().orElseThrow();
    assertThat(notice)
        .containsSubsequence("市场监督管理局", caseNo, "督办函", "责任单位超期", "", "督查室督查员（supervisor）", awkward);
    assertThat(notice.get(1)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    assertThat(notice.get(9)).isEqualTo(ledger.forCase(caseNo).get(0).hash());
    assertThat(records.stream().filter(r -> r.get(3).equals(caseNo)).map(r -> r.get(8)))
        .as("a text that starts like a formula is kept as text")
        .contains("'=HYPERLINK(\"http://x\")");

    HttpResponse<byte[]> byAccept = csv("supervisor", "?unit=market-regulation", "text/csv");
    assertThat(byAccept.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(byAccept.body()).isEqualTo(body);
    HttpResponse<byte[]> browser =
        csv("supervisor", "?unit=market-regulation", "text/html,application/xhtml+xml,*/*;q=0.8");
    assertThat(browser.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
  }

  private LedgerEntry append(String caseNo, String unit, LedgerRung rung, String text) {
    return ledger.append(
        new NewLedgerEntry("supervisor", caseNo, unit, null, rung, "责任单位超期", null, text, null));
  }

  private void onCommit(String caseNo, LedgerRung rung, String text) {
    ledger.appendOnCommit(
        new NewLedgerEntry(
            "supervisor", caseNo, "housing", null, rung, "责任单位超期", null, text, null));
  }

  private LedgerEntry appendAt(String at, String caseNo, String unit, LedgerRung rung) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(at)));
    try {
      return append(caseNo, unit, rung, rung.label());
    } finally {
      ClockUtil.reset();
    }
  }

  private String caseNo() {
    return "XF-LEDGER-" + getClass().getSimpleName().charAt(8) + CASES.incrementAndGet();
  }

  private HttpResponse<String> get(String user, String path) {
    return DemoUser.of(user, port).get(path);
  }

  private JsonNode rows(String user, String path) throws Exception {
    HttpResponse<String> answer = get(user, path);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json.readTree(answer.body());
  }

  private HttpResponse<byte[]> csv(String user, String query, String accept) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            DemoUser.of(user, port)
                .request("/api/supervision/ledger" + query)
                .header("Accept", accept)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private static List<Long> seqsOf(JsonNode rows) {
    List<Long> seqs = new ArrayList<>();
    rows.forEach(r -> seqs.add(r.get("seq").asLong()));
    return seqs;
  }

  private Map<String, Object> rowOf(long seq) {
    return jdbc.sql("select * from supervision_ledger where seq = ?")
        .param(seq)
        .query()
        .singleRow();
  }

  private void putBack(Map<String, Object> row) {
    Map<String, Object> params = new HashMap<>();
    row.forEach((k, v) -> params.put(k.toLowerCase(Locale.ROOT), v));
    jdbc.sql(
            "insert into supervision_ledger (seq, at_millis, actor, case_no, unit, supervision_id,"
                + " rung, reason, article, text, document_id, prev_hash, hash)"
                + " values (:seq, :at_millis, :actor, :case_no, :unit, :supervision_id, :rung,"
                + " :reason, :article, :text, :document_id, :prev_hash, :hash)")
        .params(params)
        .update();
  }

  /**
   * RFC 4180 as a spreadsheet reads it: quoted cells, doubled quotes, line breaks inside quotes.
   */
  static List<List<String>> parse(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        record.add(cell.toString());
        cell.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    assertThat(quoted).as("every quote closed").isFalse();
    assertThat(cell).as("the last record ends with CRLF").isEmpty();
    return records;
  }
}
