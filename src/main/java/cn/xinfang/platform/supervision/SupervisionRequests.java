package cn.xinfang.platform.supervision;

import static cn.xinfang.platform.supervision.SupervisionVariables.*;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.system.PlatformRights;
import java.sql.Timestamp;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The entry to supervision: sends {@code supervision-requested} for a unit on a petition. Whether
 * that opens a supervision case or joins the open one is the supervision process's own first step.
 * A clock's breach is noted here first ({@code supervision_trigger}), because the escalation the
 * clock throws carries no unit; the escalation's catcher hands the noted breaches over.
 */
@Service
public class SupervisionRequests {

  private final RuntimeService runtime;
  private final JdbcClient jdbc;
  private final BusinessCalendar calendar;

  SupervisionRequests(RuntimeService runtime, JdbcClient jdbc, BusinessCalendar calendar) {
    this.runtime = runtime;
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  /** Asks for supervision of {@code unit} on the petition; returns the supervision instance. */
  public ProcessInstance request(
      String caseNo,
      String unit,
      SupervisionReason reason,
      SupervisionSource source,
      String detail,
      String requestedBy) {
    // whoever's step caused it (an official objecting, a timer) need not be allowed to start it
    return PlatformRights.run(
        () ->
            runtime
                .createMessageCorrelation(REQUESTED_MESSAGE)
                .processInstanceBusinessKey(caseNo)
                .setVariables(
                    Variables.createVariables()
                        .putValue(CASE_NO, caseNo)
                        .putValue(UNIT, unit)
                        .putValue(REASON, reason.name())
                        .putValue(SOURCE, source.name())
                        .putValue(DETAIL, detail)
                        .putValue(REQUESTED_BY, requestedBy))
                .correlateStartMessage());
  }

  /** A clock ran out for the unit: noted, to be handed over by the escalation's catcher. */
  public void noteBreach(String caseNo, String unit, SupervisionReason reason, String detail) {
    jdbc.sql(
            "insert into supervision_trigger (case_no, unit, reason, detail, noted_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(caseNo, unit, reason.name(), detail, Timestamp.from(calendar.now()))
        .update();
  }

  /** Requests supervision for each breach noted on the case, once. */
  void handOverBreaches(String caseNo) {
    record Breach(long id, String unit, String reason, String detail) {}
    List<Breach> breaches =
        jdbc.sql(
                "select id, unit, reason, detail from supervision_trigger where case_no = ?"
                    + " order by id for update")
            .param(caseNo)
            .query(
                (rs, n) ->
                    new Breach(
                        rs.getLong("id"),
                        rs.getString("unit"),
                        rs.getString("reason"),
                        rs.getString("detail")))
            .list();
    for (Breach b : breaches) {
      jdbc.sql("delete from supervision_trigger where id = ?").param(b.id()).update();
      request(
          caseNo,
          b.unit(),
          SupervisionReason.valueOf(b.reason()),
          SupervisionSource.CLOCK,
          b.detail(),
          null);
    }
  }
}
