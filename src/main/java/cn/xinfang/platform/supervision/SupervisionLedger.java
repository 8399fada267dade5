package cn.xinfang.platform.supervision;

import cn.xinfang.platform.calendar.BusinessCalendar;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The accountability ledger (问责台账): append-only, one hash chain. Each row's hash covers all its
 * fields and the previous row's hash, so changing or deleting a row afterwards breaks the chain at
 * that row, and {@link #verify()} names it. Appends lock the head row, so two nodes appending at
 * once still form one linear chain; they run in the caller's transaction, the steps' at its commit
 * ({@link #appendOnCommit}).
 */
@Service
public class SupervisionLedger {

  static final String GENESIS = "0".repeat(64);

  /** The outcome of a verification: intact, or the first row that does not fit. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Verification(boolean intact, long records, Long brokenAt, String message) {}

  private final JdbcClient jdbc;
  private final BusinessCalendar calendar;
  private final TransactionTemplate ownTransaction;

  SupervisionLedger(
      JdbcClient jdbc, BusinessCalendar calendar, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.ownTransaction = new TransactionTemplate(transactions);
  }

  /**
   * Appends one row at the end of the chain at once, in the caller's transaction (or its own when
   * there is none, so the head's lock always covers the insert and the head's update), and returns
   * it with its sequence number and hash.
   */
  @Transactional
  public LedgerEntry append(NewLedgerEntry e) {
    return chain(List.of(e)).get(0);
  }

  /**
   * Appends one row when the caller's transaction commits, after the engine has written the rest of
   * the step: the head's lock is then held for the commit alone, not for the whole step. With the
   * lock taken at the first append, every breach that opened a supervision waited for the one
   * before it to finish (found by the timer benchmark). Rows of one transaction keep their order; a
   * rollback appends none. Reads of the ledger in the same transaction see them (they are chained
   * first). Without a transaction the row is appended at once, in a transaction of its own.
   */
  public void appendOnCommit(NewLedgerEntry e) {
    // a scope with synchronization but no transaction of its own would chain without the lock
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || !TransactionSynchronizationManager.isActualTransactionActive()) {
      ownTransaction.executeWithoutResult(status -> chain(List.of(e)));
      return;
    }
    pending()
        .orElseGet(
            () -> {
              PendingRows rows = new PendingRows();
              TransactionSynchronizationManager.registerSynchronization(rows);
              return rows;
            })
        .rows
        .add(e);
  }

  /** The rows this transaction appends at its commit (found among its synchronizations). */
  private Optional<PendingRows> pending() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return Optional.empty();
    }
    return TransactionSynchronizationManager.getSynchronizations().stream()
        .filter(PendingRows.class::isInstance)
        .map(PendingRows.class::cast)
        .filter(rows -> rows.ledger() == this)
        .findFirst();
  }

  /** Chains the rows this transaction has yet to append, so a read sees them. */
  private void chainPending() {
    pending().ifPresent(PendingRows::chainNow);
  }

  /** Rows waiting for the commit of one transaction. */
  private final class PendingRows implements TransactionSynchronization {

    private final List<NewLedgerEntry> rows = new ArrayList<>();

    SupervisionLedger ledger() {
      return SupervisionLedger.this;
    }

    void chainNow() {
      if (!rows.isEmpty()) {
        List<NewLedgerEntry> now = List.copyOf(rows);
        rows.clear();
        chain(now);
      }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      chainNow();
    }
  }

  /** Locks the head and appends the rows after it, in order; the caller holds a transaction. */
  private List<LedgerEntry> chain(List<NewLedgerEntry> entries) {
    Map<String, Object> head =
        jdbc.sql("select last_seq, last_hash from supervision_ledger_head where id = 1 for update")
            .query()
            .singleRow();
    long seq = ((Number) head.get("last_seq")).longValue();
    String prev = (String) head.get("last_hash");
    List<LedgerEntry> appended = new ArrayList<>();
    for (NewLedgerEntry e : entries) {
      LedgerEntry row = insert(++seq, prev, e);
      appended.add(row);
      prev = row.hash();
    }
    jdbc.sql("update supervision_ledger_head set last_seq = ?, last_hash = ? where id = 1")
        .params(seq, prev)
        .update();
    return appended;
  }

  private LedgerEntry insert(long seq, String prev, NewLedgerEntry e) {
    // millisecond precision, the same on every database, so the hash verifies exactly
    Instant at = Instant.ofEpochMilli(calendar.now().toEpochMilli());
    LedgerEntry row =
        new LedgerEntry(
            seq,
            at,
            e.actor(),
            e.caseNo(),
            e.unit(),
            e.supervisionId(),
            e.rung(),
            e.reason(),
            e.article(),
            e.text(),
            e.documentId(),
            prev,
            null);
    String hash = hashOf(row);
    jdbc.sql(
            "insert into supervision_ledger (seq, at_millis, actor, case_no, unit, supervision_id,"
                + " rung, reason, article, text, document_id, prev_hash, hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            seq,
            at.toEpochMilli(),
            e.actor(),
            e.caseNo(),
            e.unit(),
            e.supervisionId(),
            e.rung().name(),
            e.reason(),
            e.article(),
            e.text(),
            e.documentId(),
            prev,
            hash)
        .update();
    return withHash(row, hash);
  }

  public List<LedgerEntry> forCase(String caseNo) {
    chainPending();
    return jdbc.sql("select * from supervision_ledger where case_no = ? order by seq")
        .param(caseNo)
        .query(SupervisionLedger::row)
        .list();
  }

  /** Rows by unit, rung and period (Beijing dates, inclusive); every filter optional (null). */
  public List<LedgerEntry> query(String unit, LedgerRung rung, LocalDate from, LocalDate to) {
    return queryAmong(
        unit == null ? null : List.of(unit), rung == null ? null : List.of(rung), from, to);
  }

  /**
   * Rows of any of {@code units} and of any of {@code rungs} in the period (Beijing dates,
   * inclusive); a null filter is no filter, an empty list matches nothing.
   */
  List<LedgerEntry> queryAmong(
      List<String> units, List<LedgerRung> rungs, LocalDate from, LocalDate to) {
    if ((units != null && units.isEmpty()) || (rungs != null && rungs.isEmpty())) {
      return List.of();
    }
    chainPending();
    ZoneId zone = calendar.zone();
    StringBuilder sql = new StringBuilder("select * from supervision_ledger where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (units != null) {
      sql.append(" and unit in (").append(marks(units.size())).append(")");
      params.addAll(units);
    }
    if (rungs != null) {
      sql.append(" and rung in (").append(marks(rungs.size())).append(")");
      rungs.forEach(r -> params.add(r.name()));
    }
    if (from != null) {
      sql.append(" and at_millis >= ?");
      params.add(from.atStartOfDay(zone).toInstant().toEpochMilli());
    }
    if (to != null) {
      sql.append(" and at_millis < ?");
      params.add(to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
    }
    return jdbc.sql(sql.append(" order by seq").toString())
        .params(params)
        .query(SupervisionLedger::row)
        .list();
  }

  /**
   * Walks the chain from the first row to the head: each row in sequence, linked to the one before,
   * unchanged, and the last one the head's. The head is read first, so rows appended meanwhile by
   * another node are left for the next verification instead of looking like a gap.
   */
  public Verification verify() {
    chainPending();
    Map<String, Object> head =
        jdbc.sql("select last_seq, last_hash from supervision_ledger_head where id = 1")
            .query()
            .singleRow();
    long last = ((Number) head.get("last_seq")).longValue();
    List<LedgerEntry> rows =
        jdbc.sql("select * from supervision_ledger where seq <= ? order by seq")
            .param(last)
            .query(SupervisionLedger::row)
            .list();
    String prev = GENESIS;
    long expected = 1;
    for (LedgerEntry row : rows) {
      if (row.seq() != expected) {
        return broken(last, expected, "第 " + expected + " 条记录缺失，台账已被改动");
      }
      if (!row.prevHash().equals(prev) || !hashOf(row).equals(row.hash())) {
        return changed(last, row);
      }
      prev = row.hash();
      expected++;
    }
    if (rows.size() < last) {
      return broken(last, expected, "第 " + expected + " 条及以后的记录缺失，台账已被改动");
    }
    if (!head.get("last_hash").equals(prev)) {
      return changed(last, rows.get(rows.size() - 1));
    }
    return new Verification(true, last, null, "台账完整，共 " + last + " 条记录，哈希链校验通过");
  }

  private static Verification changed(long records, LedgerEntry row) {
    return broken(records, row.seq(), "第 " + row.seq() + " 条记录（" + row.caseNo() + "）与其哈希不符，台账已被改动");
  }

  private static Verification broken(long records, long seq, String message) {
    return new Verification(false, records, seq, message);
  }

  /** SHA-256 over every field, each length-prefixed so no two rows serialise alike. */
  static String hashOf(LedgerEntry r) {
    StringBuilder s = new StringBuilder();
    for (Object field :
        new Object[] {
          r.seq(),
          r.at().toEpochMilli(),
          r.actor(),
          r.caseNo(),
          r.unit(),
          r.supervisionId(),
          r.rung().name(),
          r.reason(),
          r.article(),
          r.text(),
          r.documentId(),
          r.prevHash()
        }) {
      String text = field == null ? null : field.toString();
      s.append(text == null ? "-1:" : text.length() + ":" + text).append('|');
    }
    return DigestUtils.sha256Hex(s.toString());
  }

  private static LedgerEntry withHash(LedgerEntry r, String hash) {
    return new LedgerEntry(
        r.seq(),
        r.at(),
        r.actor(),
        r.caseNo(),
        r.unit(),
        r.supervisionId(),
        r.rung(),
        r.reason(),
        r.article(),
        r.text(),
        r.documentId(),
        r.prevHash(),
        hash);
  }

  private static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  private static LedgerEntry row(ResultSet rs, int n) throws SQLException {
    long supervision = rs.getLong("supervision_id");
    Long supervisionId = rs.wasNull() ? null : supervision;
    long document = rs.getLong("document_id");
    Long documentId = rs.wasNull() ? null : document;
    return new LedgerEntry(
        rs.getLong("seq"),
        Instant.ofEpochMilli(rs.getLong("at_millis")),
        rs.getString("actor"),
        rs.getString("case_no"),
        rs.getString("unit"),
        supervisionId,
        LedgerRung.valueOf(rs.getString("rung")),
        rs.getString("reason"),
        rs.getString("article"),
        rs.getString("text"),
        documentId,
        rs.getString("prev_hash"),
        rs.getString("hash"));
  }
}
