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
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accountability ledger (问责台账): append-only, one hash chain. Each row's hash covers all its
 * fields and the previous row's hash, so changing or deleting a row afterwards breaks the chain at
 * that row, and {@link #verify()} names it. Appends lock the head row, so two nodes appending at
 * once still form one linear chain; they run in the caller's transaction.
 */
@Service
public class SupervisionLedger {

  static final String GENESIS = "0".repeat(64);

  /** The outcome of a verification: intact, or the first row that does not fit. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Verification(boolean intact, long records, Long brokenAt, String message) {}

  private final JdbcClient jdbc;
  private final BusinessCalendar calendar;

  SupervisionLedger(JdbcClient jdbc, BusinessCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  /**
   * Appends one row at the end of the chain, in the caller's transaction (or its own when there is
   * none, so the head's lock always covers the insert and the head's update).
   */
  @Transactional
  public LedgerEntry append(NewLedgerEntry e) {
    Map<String, Object> head =
        jdbc.sql("select last_seq, last_hash from supervision_ledger_head where id = 1 for update")
            .query()
            .singleRow();
    long seq = ((Number) head.get("last_seq")).longValue() + 1;
    String prev = (String) head.get("last_hash");
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
    jdbc.sql("update supervision_ledger_head set last_seq = ?, last_hash = ? where id = 1")
        .params(seq, hash)
        .update();
    return withHash(row, hash);
  }

  public List<LedgerEntry> forCase(String caseNo) {
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
