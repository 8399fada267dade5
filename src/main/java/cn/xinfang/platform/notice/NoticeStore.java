package cn.xinfang.platform.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The notices of each case ({@code petition_notice}) and their deliveries ({@code
 * petition_notice_delivery}). Only ever added to: an issued notice and a recorded delivery stand.
 */
@Repository
class NoticeStore {

  private final JdbcClient jdbc;

  NoticeStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores an issued notice with its HTML; returns it with its id. */
  Notice add(
      String caseNo,
      NoticeKind kind,
      String issuingUnit,
      String html,
      Instant issuedAt,
      String issuedBy) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into petition_notice (case_no, kind, issuing_unit, title, html, issued_at,"
                + " issued_by) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            caseNo,
            kind.name(),
            issuingUnit,
            kind.title(),
            html,
            Timestamp.from(issuedAt),
            issuedBy)
        .update(key, "id");
    long id = key.getKey().longValue();
    return new Notice(id, caseNo, kind, issuingUnit, kind.title(), issuedAt, issuedBy);
  }

  /** A notice the platform itself refers to (a delivery's), which must exist. */
  Notice get(long id) {
    return find(id).orElseThrow(() -> new IllegalStateException("文书不存在：" + id));
  }

  Optional<Notice> find(long id) {
    return jdbc.sql(
            "select id, case_no, kind, issuing_unit, title, issued_at, issued_by"
                + " from petition_notice where id = ?")
        .param(id)
        .query(NoticeStore::notice)
        .optional();
  }

  /** The case's notices in the order they were issued. */
  List<Notice> of(String caseNo) {
    return jdbc.sql(
            "select id, case_no, kind, issuing_unit, title, issued_at, issued_by"
                + " from petition_notice where case_no = ? order by issued_at, id")
        .param(caseNo)
        .query(NoticeStore::notice)
        .list();
  }

  /** The notice's HTML as issued, if it belongs to that case. */
  Optional<String> html(String caseNo, long id) {
    return jdbc.sql("select html from petition_notice where id = ? and case_no = ?")
        .params(id, caseNo)
        .query(String.class)
        .optional();
  }

  void addDelivery(Delivery d) {
    jdbc.sql(
            "insert into petition_notice_delivery (notice_id, delivered_on, way, delivered_by,"
                + " recorded_at, note) values (?, ?, ?, ?, ?, ?)")
        .params(
            d.noticeId(),
            d.deliveredOn(),
            d.way().name(),
            d.deliveredBy(),
            Timestamp.from(d.recordedAt()),
            d.note())
        .update();
  }

  /** The deliveries of the case's notices, by notice id. */
  Map<Long, Delivery> deliveriesOf(String caseNo) {
    return jdbc
        .sql(
            "select d.* from petition_notice_delivery d"
                + " join petition_notice n on n.id = d.notice_id where n.case_no = ?")
        .param(caseNo)
        .query(NoticeStore::delivery)
        .list()
        .stream()
        .collect(Collectors.toMap(Delivery::noticeId, Function.identity()));
  }

  private static Notice notice(ResultSet rs, int row) throws SQLException {
    return new Notice(
        rs.getLong("id"),
        rs.getString("case_no"),
        NoticeKind.valueOf(rs.getString("kind")),
        rs.getString("issuing_unit"),
        rs.getString("title"),
        rs.getTimestamp("issued_at").toInstant(),
        rs.getString("issued_by"));
  }

  private static Delivery delivery(ResultSet rs, int row) throws SQLException {
    return new Delivery(
        rs.getLong("notice_id"),
        rs.getObject("delivered_on", LocalDate.class),
        DeliveryWay.valueOf(rs.getString("way")),
        rs.getString("delivered_by"),
        rs.getTimestamp("recorded_at").toInstant(),
        rs.getString("note"));
  }
}
