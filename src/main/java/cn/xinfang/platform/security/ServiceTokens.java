package cn.xinfang.platform.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens of service accounts ({@code service_account_token}): {@code xf_} and 43 characters (32
 * random bytes), sent as {@code Authorization: Bearer xf_…}. The prefix tells them apart from the
 * unified login's JWTs. Only the SHA-256 of a token is stored, so the table does not give a token
 * away; the token is shown once, when issued. Issuing a new one rotates: the earlier ones keep
 * working for the overlap asked for (none: revoked at once).
 */
@Repository
public class ServiceTokens {

  static final String PREFIX = "xf_";
  private static final String BEARER = "Bearer ";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** {@code last_used_at} is written at most this often per token. */
  private static final Duration USE_GRANULARITY = Duration.ofMinutes(5);

  public record Issued(long id, String token, String hint, Instant createdAt) {}

  public record Token(
      long id,
      String hint,
      Instant createdAt,
      String createdBy,
      Instant expiresAt,
      Instant revokedAt,
      String revokedBy,
      Instant lastUsedAt) {

    public boolean validAt(Instant now) {
      return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
  }

  private final JdbcClient jdbc;
  private final IdentityService identity;
  private final ServiceTokenSettings settings;

  ServiceTokens(JdbcClient jdbc, IdentityService identity, ServiceTokenSettings settings) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.settings = settings;
  }

  /** Whether the {@code Authorization} header carries one of these tokens (right or wrong). */
  public static boolean isToken(String header) {
    return header != null
        && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
        && header.startsWith(PREFIX, BEARER.length());
  }

  /** The service account whose valid token the header carries, if it does. */
  public Optional<String> account(String header, Instant now) {
    if (!isToken(header)) {
      return Optional.empty();
    }
    String token = header.substring(BEARER.length()).trim();
    record Row(long id, String account) {}
    Optional<Row> row =
        jdbc.sql(
                "select id, account from service_account_token where token_hash = ?"
                    + " and revoked_at is null and (expires_at is null or expires_at > ?)")
            .params(hash(token), Timestamp.from(now))
            .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("account")))
            .optional();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    String account = row.get().account();
    if (!isServiceAccount(account)) {
      return Optional.empty();
    }
    jdbc.sql(
            "update service_account_token set last_used_at = ? where id = ?"
                + " and (last_used_at is null or last_used_at < ?)")
        .params(Timestamp.from(now), row.get().id(), Timestamp.from(now.minus(USE_GRANULARITY)))
        .update();
    return Optional.of(account);
  }

  /** An account that exists and is in the service accounts' group. */
  public boolean isServiceAccount(String account) {
    return account != null
        && identity.createUserQuery().userId(account).memberOfGroup(settings.group()).count() == 1;
  }

  /** The overlap a rotation without one asked for gives the earlier tokens. */
  public Duration defaultOverlap() {
    return settings.rotationOverlap();
  }

  public Duration maxOverlap() {
    return settings.maxOverlap();
  }

  /**
   * A new token for the account; the earlier valid ones expire after {@code overlap} (zero: revoked
   * now). The token is in the answer only.
   */
  @Transactional
  public Issued issue(String account, String actor, Duration overlap, Instant now) {
    if (overlap.isZero()) {
      jdbc.sql(
              "update service_account_token set revoked_at = ?, revoked_by = ?"
                  + " where account = ? and revoked_at is null"
                  + " and (expires_at is null or expires_at > ?)")
          .params(Timestamp.from(now), actor, account, Timestamp.from(now))
          .update();
    } else {
      Timestamp until = Timestamp.from(now.plus(overlap));
      jdbc.sql(
              "update service_account_token set expires_at = ?"
                  + " where account = ? and revoked_at is null"
                  + " and (expires_at is null or expires_at > ?)")
          .params(until, account, until)
          .update();
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    String hint = token.substring(0, PREFIX.length() + 4) + "…";
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into service_account_token (account, token_hash, hint, created_at, created_by)"
                + " values (?, ?, ?, ?, ?)")
        .params(account, hash(token), hint, Timestamp.from(now), actor)
        .update(key, "id");
    return new Issued(key.getKeyAs(Number.class).longValue(), token, hint, now);
  }

  /** Revokes one of the account's tokens now; false when it has no such token still valid. */
  public boolean revoke(String account, long tokenId, String actor, Instant now) {
    return jdbc.sql(
                "update service_account_token set revoked_at = ?, revoked_by = ?"
                    + " where id = ? and account = ? and revoked_at is null"
                    + " and (expires_at is null or expires_at > ?)")
            .params(Timestamp.from(now), actor, tokenId, account, Timestamp.from(now))
            .update()
        == 1;
  }

  /** The account's tokens, newest first, without their secrets. */
  public List<Token> list(String account) {
    return jdbc.sql("select * from service_account_token where account = ? order by id desc")
        .param(account)
        .query(
            (rs, n) ->
                new Token(
                    rs.getLong("id"),
                    rs.getString("hint"),
                    instant(rs.getTimestamp("created_at")),
                    rs.getString("created_by"),
                    instant(rs.getTimestamp("expires_at")),
                    instant(rs.getTimestamp("revoked_at")),
                    rs.getString("revoked_by"),
                    instant(rs.getTimestamp("last_used_at"))))
        .list();
  }

  /** SHA-256, hex: a token has 256 random bits, so no salt or slow hash is needed. */
  static String hash(String token) {
    return DigestUtils.sha256Hex(token);
  }

  private static Instant instant(Timestamp at) {
    return at == null ? null : at.toInstant();
  }
}
