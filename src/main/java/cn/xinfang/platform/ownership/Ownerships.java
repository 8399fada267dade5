package cn.xinfang.platform.ownership;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The ownerships ({@code case_ownership}), the open one per case, and what the owner did. */
@Repository
class Ownerships {

  /** One ownership as the process needs it. */
  record Ownership(
      long id,
      String caseNo,
      OwnershipReason reason,
      String ownerLevel,
      String ownerUnit,
      String owner,
      String status,
      LocalDate targetDate,
      Integer extensionDays,
      LocalDate nextReportDue) {}

  private final JdbcClient jdbc;

  Ownerships(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Locks the case's row, so two requests for one case are decided one after the other. */
  boolean lockCase(String caseNo) {
    return !jdbc.sql("select case_no from petition_case where case_no = ? for update")
        .param(caseNo)
        .query(String.class)
        .list()
        .isEmpty();
  }

  Optional<Long> openFor(String caseNo) {
    return jdbc.sql("select ownership_id from case_ownership_open where case_no = ?")
        .param(caseNo)
        .query(Long.class)
        .optional();
  }

  long open(
      String caseNo,
      OwnershipReason reason,
      String level,
      Instant at,
      String by,
      String processInstanceId) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into case_ownership (case_no, reason, reason_label, owner_level, status,"
                + " requested_at, requested_by, process_instance_id)"
                + " values (?, ?, ?, ?, 'REQUESTED', ?, ?, ?)")
        .params(
            caseNo, reason.name(), reason.label(), level, Timestamp.from(at), by, processInstanceId)
        .update(key, "id");
    long id = key.getKey().longValue();
    jdbc.sql("insert into case_ownership_open (case_no, ownership_id) values (?, ?)")
        .params(caseNo, id)
        .update();
    return id;
  }

  void propose(long id, String unit) {
    jdbc.sql("update case_ownership set owner_unit = ?, status = 'PROPOSED' where id = ?")
        .params(unit, id)
        .update();
  }

  void accept(long id, String owner, Instant at, LocalDate target, LocalDate firstReport) {
    jdbc.sql(
            "update case_ownership set owner = ?, status = 'OWNED', accepted_at = ?,"
                + " target_date = ?, next_report_due = ? where id = ?")
        .params(owner, Timestamp.from(at), target, firstReport, id)
        .update();
  }

  void setPlan(long id, String plan) {
    jdbc.sql("update case_ownership set plan = ? where id = ?").params(plan, id).update();
  }

  void setNextReport(long id, LocalDate due) {
    jdbc.sql("update case_ownership set next_report_due = ? where id = ?").params(due, id).update();
  }

  void extend(long id, int days, LocalDate target) {
    jdbc.sql("update case_ownership set extension_days = ?, target_date = ? where id = ?")
        .params(days, target, id)
        .update();
  }

  void setStatus(long id, String status) {
    jdbc.sql("update case_ownership set status = ? where id = ?").params(status, id).update();
  }

  void close(long id, String outcome, Instant at) {
    jdbc.sql("update case_ownership set status = 'CLOSED', outcome = ?, closed_at = ? where id = ?")
        .params(outcome, Timestamp.from(at), id)
        .update();
    jdbc.sql("delete from case_ownership_open where ownership_id = ?").param(id).update();
  }

  void event(long id, Instant at, String actor, String kind, LocalDate due, String text) {
    jdbc.sql(
            "insert into case_ownership_event (ownership_id, occurred_at, actor, kind, due, text)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(id, Timestamp.from(at), actor, kind, due, text)
        .update();
  }

  int count(long id, String kind) {
    return jdbc.sql("select count(*) from case_ownership_event where ownership_id = ? and kind = ?")
        .params(id, kind)
        .query(Integer.class)
        .single();
  }

  Ownership get(long id) {
    Map<String, Object> r =
        jdbc.sql("select * from case_ownership where id = ?")
            .param(id)
            .query()
            .singleRow(); // case-insensitive keys
    return new Ownership(
        id,
        (String) r.get("case_no"),
        OwnershipReason.valueOf((String) r.get("reason")),
        (String) r.get("owner_level"),
        (String) r.get("owner_unit"),
        (String) r.get("owner"),
        (String) r.get("status"),
        date(r.get("target_date")),
        r.get("extension_days") == null ? null : ((Number) r.get("extension_days")).intValue(),
        date(r.get("next_report_due")));
  }

  Optional<Ownership> ofCase(String caseNo) {
    return jdbc
        .sql("select id from case_ownership where case_no = ? order by id desc")
        .param(caseNo)
        .query(Long.class)
        .list()
        .stream()
        .findFirst()
        .map(this::get);
  }

  private static LocalDate date(Object value) {
    return value == null ? null : ((java.sql.Date) value).toLocalDate();
  }
}
