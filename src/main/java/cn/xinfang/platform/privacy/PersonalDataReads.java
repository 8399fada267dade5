package cn.xinfang.platform.privacy;

import cn.xinfang.platform.casefile.CaseReaders.Disclosure;
import cn.xinfang.platform.security.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who read a case's petitioners' personal data in full through the API ({@code
 * personal_data_read}): the account, the time, the case, the endpoint, what was shown in full and
 * the client's address, never the data. Append-only: nothing in the platform changes or deletes a
 * row.
 */
@Repository
public class PersonalDataReads {

  /** One read, as administrators see it. */
  record Read(
      long id,
      Instant at,
      String actor,
      String caseNo,
      String endpoint,
      String disclosed,
      String remote) {}

  private final JdbcClient jdbc;

  PersonalDataReads(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records that {@code http}'s caller was shown the case's petitioners as {@code shown} allows,
   * when that is more than the masked view; {@code endpoint} names the API as its documentation
   * does.
   */
  public void recordIfDisclosed(
      String caseNo, Disclosure shown, String endpoint, HttpServletRequest http) {
    if (!shown.idNumbers() && !shown.contact()) {
      return;
    }
    jdbc.sql(
            "insert into personal_data_read (at, actor, case_no, endpoint, disclosed, remote)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(
            Timestamp.from(ClockUtil.getCurrentTime().toInstant()),
            ApiUser.of(http).id(),
            caseNo,
            endpoint,
            disclosed(shown),
            cut(http.getRemoteAddr(), 64))
        .update();
  }

  /** The latest reads, of one case and/or by one account when given. */
  List<Read> latest(String caseNo, String actor, int limit) {
    StringBuilder sql = new StringBuilder("select * from personal_data_read where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (caseNo != null) {
      sql.append(" and case_no = ?");
      params.add(caseNo);
    }
    if (actor != null) {
      sql.append(" and actor = ?");
      params.add(actor);
    }
    sql.append(" order by id desc fetch first ").append(limit).append(" rows only");
    return jdbc.sql(sql.toString())
        .params(params)
        .query(
            (rs, n) ->
                new Read(
                    rs.getLong("id"),
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("actor"),
                    rs.getString("case_no"),
                    rs.getString("endpoint"),
                    rs.getString("disclosed"),
                    rs.getString("remote")))
        .list();
  }

  /** What was shown in full, in words. */
  static String disclosed(Disclosure shown) {
    if (shown.idNumbers()) {
      return "身份证号码、联系电话、住址";
    }
    return "联系电话、住址";
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
