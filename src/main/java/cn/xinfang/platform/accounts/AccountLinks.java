package cn.xinfang.platform.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time links to set a password ({@code account_token}): 256 random bits in the link, only their
 * SHA-256 kept, valid for a few days and used once. A new link for an account voids the older ones.
 */
@Repository
class AccountLinks {

  static final String SET_PASSWORD = "SET_PASSWORD";

  private final SecureRandom random = new SecureRandom();
  private final JdbcClient jdbc;

  AccountLinks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new token for the account; earlier unused ones no longer work. */
  String issue(String account, Instant now, Instant expires) {
    jdbc.sql("update account_token set used_at = ? where account = ? and used_at is null")
        .params(Timestamp.from(now), account)
        .update();
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.sql(
            "insert into account_token (token_hash, account, purpose, created_at, expires_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(hash(token), account, SET_PASSWORD, Timestamp.from(now), Timestamp.from(expires))
        .update();
    return token;
  }

  /** The account the token is for, if it is known, unused and not expired. */
  Optional<String> accountOf(String token, Instant now) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return jdbc.sql(
            "select account from account_token where token_hash = ? and used_at is null"
                + " and expires_at > ?")
        .params(hash(token), Timestamp.from(now))
        .query(String.class)
        .optional();
  }

  /** Marks the token used; false when another request used it first. */
  boolean use(String token, Instant now) {
    return jdbc.sql("update account_token set used_at = ? where token_hash = ? and used_at is null")
            .params(Timestamp.from(now), hash(token))
            .update()
        == 1;
  }

  static String hash(String token) {
    return DigestUtils.sha256Hex(token);
  }
}
