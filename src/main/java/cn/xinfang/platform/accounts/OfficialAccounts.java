package cn.xinfang.platform.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the roster last said about each of its accounts ({@code official_account}). */
@Repository
class OfficialAccounts {

  static final String ACTIVE = "ACTIVE";
  static final String DISABLED = "DISABLED";

  record Account(
      String account,
      String name,
      String unit,
      String roles,
      String mail,
      String mobile,
      String signIn,
      String status) {

    boolean active() {
      return ACTIVE.equals(status);
    }
  }

  private final JdbcClient jdbc;

  OfficialAccounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Account> find(String account) {
    return jdbc.sql("select * from official_account where account = ?")
        .param(account)
        .query(
            (rs, n) ->
                new Account(
                    rs.getString("account"),
                    rs.getString("name"),
                    rs.getString("unit"),
                    rs.getString("roles"),
                    rs.getString("mail"),
                    rs.getString("mobile"),
                    rs.getString("sign_in"),
                    rs.getString("status")))
        .optional();
  }

  List<String> active() {
    return jdbc.sql("select account from official_account where status = ? order by account")
        .param(ACTIVE)
        .query(String.class)
        .list();
  }

  void save(Official o, Instant at) {
    // the same columns in the same order for the update and the insert, the account last
    List<Object> fields =
        java.util.Arrays.asList(
            o.name(),
            o.unit(),
            o.roleCodes(),
            o.mail(),
            o.mobile(),
            o.signIn().name(),
            ACTIVE,
            Timestamp.from(at),
            o.account());
    int updated =
        jdbc.sql(
                """
                update official_account set name = ?, unit = ?, roles = ?, mail = ?, mobile = ?,
                  sign_in = ?, status = ?, updated_at = ? where account = ?
                """)
            .params(fields)
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              insert into official_account (name, unit, roles, mail, mobile, sign_in, status,
                updated_at, account) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
              """)
          .params(fields)
          .update();
    }
  }

  void disable(String account, Instant at) {
    jdbc.sql("update official_account set status = ?, updated_at = ? where account = ?")
        .params(DISABLED, Timestamp.from(at), account)
        .update();
  }

  /** Every account the roster knows, active or disabled. */
  java.util.Set<String> known() {
    return java.util.Set.copyOf(
        jdbc.sql("select account from official_account").query(String.class).list());
  }
}
