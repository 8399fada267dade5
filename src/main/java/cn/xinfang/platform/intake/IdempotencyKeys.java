package cn.xinfang.platform.intake;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The intake API's idempotency keys ({@code intake_idempotency}), per account: claimed in the
 * registration's transaction, completed with its answer in the same transaction, kept a day.
 */
@Component
class IdempotencyKeys {

  /** What a client may send: printable ASCII, as UUIDs and request ids are. */
  static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

  static final Duration KEPT = Duration.ofDays(1);

  record Stored(String requestHash, Registration registration) {}

  private final JdbcTemplate jdbc;

  IdempotencyKeys(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Claims the key; a concurrent claim of the same key waits for this transaction to end. */
  void claim(String account, String key, String requestHash, Instant now) {
    jdbc.update(
        "insert into intake_idempotency (account, idempotency_key, request_hash, created_at)"
            + " values (?, ?, ?, ?)",
        account,
        key,
        requestHash,
        Timestamp.from(now));
  }

  void complete(String account, String key, Registration r) {
    jdbc.update(
        "update intake_idempotency set case_no = ?, process_instance_id = ?, query_code = ?,"
            + " linked = ?, registered_at = ?, forward_deadline = ?"
            + " where account = ? and idempotency_key = ?",
        r.caseNo(),
        r.processInstanceId(),
        r.queryCode(),
        r.linkedToOpenCase(),
        r.registeredAt() == null ? null : Timestamp.from(r.registeredAt()),
        r.forwardDeadline() == null ? null : Date.valueOf(r.forwardDeadline()),
        account,
        key);
  }

  Optional<Stored> find(String account, String key) {
    return jdbc
        .query(
            "select * from intake_idempotency where account = ? and idempotency_key = ?",
            (rs, i) ->
                new Stored(
                    rs.getString("request_hash"),
                    rs.getString("case_no") == null
                        ? null
                        : new Registration(
                            rs.getString("case_no"),
                            rs.getString("process_instance_id"),
                            rs.getString("query_code"),
                            rs.getBoolean("linked"),
                            rs.getTimestamp("registered_at") == null
                                ? null
                                : rs.getTimestamp("registered_at").toInstant(),
                            rs.getDate("forward_deadline") == null
                                ? null
                                : rs.getDate("forward_deadline").toLocalDate())),
            account,
            key)
        .stream()
        .findFirst();
  }

  /** Forgets keys older than a day (their answers held query codes). */
  void purge(Instant now) {
    jdbc.update(
        "delete from intake_idempotency where created_at < ?", Timestamp.from(now.minus(KEPT)));
  }
}
