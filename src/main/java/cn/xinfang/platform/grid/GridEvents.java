package cn.xinfang.platform.grid;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Grid events ({@code grid_event}) and the units they were dispatched to. */
@Repository
public class GridEvents {

  /** One event as reported, and where it stands. */
  public record Event(
      String eventNo,
      String location,
      String description,
      boolean urgent,
      String reporter,
      Instant reportedAt,
      String status,
      String caseNo,
      String evaluation,
      String citizenName,
      String citizenPhone) {}

  /** A unit's part: when it reported in and acted. */
  public record UnitPart(
      String unit, Instant dispatchedAt, Instant reportedInAt, Instant actedAt, String feedback) {}

  private final JdbcClient jdbc;

  GridEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the event; returns its number ({@code WG-2026-000001}). */
  String add(
      String location,
      String description,
      boolean urgent,
      String citizenName,
      String citizenPhone,
      String reporter,
      Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into grid_event (location, description, urgent, citizen_name, citizen_phone,"
                + " reporter, reported_at, status) values (?, ?, ?, ?, ?, ?, ?, 'REPORTED')")
        .params(
            location, description, urgent, citizenName, citizenPhone, reporter, Timestamp.from(at))
        .update(key, "id");
    long id = key.getKey().longValue();
    String no = String.format("WG-%tY-%06d", java.util.Date.from(at), id);
    jdbc.sql("update grid_event set event_no = ? where id = ?").params(no, id).update();
    return no;
  }

  public Optional<Event> find(String eventNo) {
    return jdbc.sql("select * from grid_event where event_no = ?")
        .param(eventNo)
        .query(
            (rs, n) ->
                new Event(
                    rs.getString("event_no"),
                    rs.getString("location"),
                    rs.getString("description"),
                    rs.getBoolean("urgent"),
                    rs.getString("reporter"),
                    rs.getTimestamp("reported_at").toInstant(),
                    rs.getString("status"),
                    rs.getString("case_no"),
                    rs.getString("evaluation"),
                    rs.getString("citizen_name"),
                    rs.getString("citizen_phone")))
        .optional();
  }

  void status(String eventNo, String status) {
    jdbc.sql("update grid_event set status = ? where event_no = ?")
        .params(status, eventNo)
        .update();
  }

  void petition(String eventNo, String caseNo) {
    jdbc.sql("update grid_event set status = 'PETITION', case_no = ? where event_no = ?")
        .params(caseNo, eventNo)
        .update();
  }

  void closed(String eventNo, String evaluation, Instant at) {
    jdbc.sql(
            "update grid_event set status = 'CLOSED', evaluation = ?, closed_at = ? where event_no = ?")
        .params(evaluation, Timestamp.from(at), eventNo)
        .update();
  }

  void dispatched(String eventNo, List<String> units, Instant at) {
    for (String unit : units) {
      jdbc.sql("insert into grid_event_unit (event_no, unit, dispatched_at) values (?, ?, ?)")
          .params(eventNo, unit, Timestamp.from(at))
          .update();
    }
  }

  void reportedIn(String eventNo, String unit, Instant at) {
    jdbc.sql("update grid_event_unit set reported_in_at = ? where event_no = ? and unit = ?")
        .params(Timestamp.from(at), eventNo, unit)
        .update();
  }

  void acted(String eventNo, String unit, String feedback, Instant at) {
    jdbc.sql(
            "update grid_event_unit set acted_at = ?, feedback = ? where event_no = ? and unit = ?")
        .params(Timestamp.from(at), feedback, eventNo, unit)
        .update();
  }

  void supervised(String eventNo, String unit, Instant at) {
    jdbc.sql("update grid_event_unit set supervised_at = ? where event_no = ? and unit = ?")
        .params(Timestamp.from(at), eventNo, unit)
        .update();
  }

  void supervisionMeasure(String eventNo, String unit, String measure, String note, String by) {
    jdbc.sql(
            "update grid_event_unit set supervision_measure = ?, supervision_note = ?,"
                + " supervised_by = ? where event_no = ? and unit = ?")
        .params(measure, note, by, eventNo, unit)
        .update();
  }

  public List<UnitPart> units(String eventNo) {
    return jdbc.sql("select * from grid_event_unit where event_no = ? order by unit")
        .param(eventNo)
        .query(
            (rs, n) -> {
              Timestamp in = rs.getTimestamp("reported_in_at");
              Timestamp acted = rs.getTimestamp("acted_at");
              return new UnitPart(
                  rs.getString("unit"),
                  rs.getTimestamp("dispatched_at").toInstant(),
                  in == null ? null : in.toInstant(),
                  acted == null ? null : acted.toInstant(),
                  rs.getString("feedback"));
            })
        .list();
  }
}
