package cn.xinfang.platform.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The account audit ({@code account_audit}): sign-ins to the webapps, failed sign-ins there and on
 * the API, and what the roster and the password links did to accounts. Rows are only added.
 */
@Repository
public class AccountAudit {

  public enum Event {
    LOGIN("登录"),
    LOGIN_FAILED("登录失败"),
    API_LOGIN_FAILED("接口认证失败"),
    LOGIN_THROTTLED("认证受限"),
    LOGIN_ALERT("多处认证失败"),
    TOKEN_ISSUED("签发接口令牌"),
    TOKEN_REVOKED("吊销接口令牌"),
    ACCOUNT_CREATED("开通账号"),
    ACCOUNT_UPDATED("修改账号"),
    ACCOUNT_MOVED("调动单位"),
    ACCOUNT_DISABLED("停用账号"),
    ACCOUNT_ENABLED("恢复账号"),
    ACCOUNT_DELETED("删除账号"),
    PASSWORD_SET("设置密码"),
    PASSWORD_RESET("重置密码");

    private final String label;

    Event(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public record Entry(
      long id,
      Instant at,
      Event event,
      String account,
      String actor,
      String remote,
      String detail) {}

  private final JdbcClient jdbc;

  AccountAudit(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds a row; its id, which a log line may quote instead of the personal data it holds. */
  public long record(Event event, String account, String actor, String remote, String detail) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into account_audit (at, event, account, actor, remote, detail)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(
            Timestamp.from(ClockUtil.getCurrentTime().toInstant()),
            event.name(),
            cut(account, 64),
            cut(actor, 64),
            cut(remote, 64),
            cut(detail, 400))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  /** The newest rows first, at most {@code limit}, of one account or of all (null). */
  public List<Entry> latest(String account, int limit) {
    String rows = " order by id desc fetch first " + limit + " rows only";
    return (account == null
            ? jdbc.sql("select * from account_audit" + rows)
            : jdbc.sql("select * from account_audit where account = ?" + rows).param(account))
        .query(
            (rs, n) ->
                new Entry(
                    rs.getLong("id"),
                    rs.getTimestamp("at").toInstant(),
                    Event.valueOf(rs.getString("event")),
                    rs.getString("account"),
                    rs.getString("actor"),
                    rs.getString("remote"),
                    rs.getString("detail")))
        .list();
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
