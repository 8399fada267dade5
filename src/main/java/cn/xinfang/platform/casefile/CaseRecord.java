package cn.xinfang.platform.casefile;

import cn.xinfang.platform.calendar.BusinessCalendar;
import java.sql.Timestamp;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of each case ({@code petition_event}): every handoff and decision, stamped with who
 * and when. Entries are only ever added.
 */
@Repository
public class CaseRecord {

  /** The actor of what the platform does by itself (timers, service tasks without a user). */
  public static final String SYSTEM = "系统";

  /** The width of an entry's detail: longer texts (a quoted draft) are cut, marked with 「……」. */
  public static final int DETAIL_MAX_LENGTH = 4000;

  private final JdbcClient jdbc;
  private final IdentityService identity;
  private final BusinessCalendar calendar;

  CaseRecord(JdbcClient jdbc, IdentityService identity, BusinessCalendar calendar) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.calendar = calendar;
  }

  /** Records an action of the logged-in user, or of {@code fallbackActor} (a task's assignee). */
  public void add(
      String caseNo, String fallbackActor, String unit, CaseAction action, String detail) {
    append(caseNo, new CaseEvent(calendar.now(), actor(fallbackActor), unit, action, fit(detail)));
  }

  /** Who acts now: the logged-in user, else {@code fallbackActor}, else the platform itself. */
  public String actor(String fallbackActor) {
    Authentication auth = identity.getCurrentAuthentication();
    return auth != null && auth.getUserId() != null
        ? auth.getUserId()
        : fallbackActor != null ? fallbackActor : SYSTEM;
  }

  public List<CaseEvent> of(String caseNo) {
    return jdbc.sql("select * from petition_event where case_no = ? order by occurred_at, id")
        .param(caseNo)
        .query(
            (rs, i) ->
                new CaseEvent(
                    rs.getTimestamp("occurred_at").toInstant(),
                    rs.getString("actor"),
                    rs.getString("unit"),
                    CaseAction.valueOf(rs.getString("action")),
                    rs.getString("detail")))
        .list();
  }

  private static String fit(String detail) {
    return detail == null || detail.length() <= DETAIL_MAX_LENGTH
        ? detail
        : detail.substring(0, DETAIL_MAX_LENGTH - 2) + "……";
  }

  private void append(String caseNo, CaseEvent event) {
    jdbc.sql(
            "insert into petition_event (case_no, occurred_at, actor, unit, action, detail)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(
            caseNo,
            Timestamp.from(event.at()),
            event.actor(),
            event.unit(),
            event.action().name(),
            event.detail())
        .update();
  }
}
