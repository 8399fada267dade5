package cn.xinfang.platform.hotline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hotline's work orders ({@code hotline_order}) and the callers' evaluations. */
@Repository
class HotlineOrders {

  /** One work order and the petition it became. */
  record Order(
      String orderNo,
      String caseNo,
      String type,
      String urgency,
      String complexity,
      Instant receivedAt,
      Instant feedbackDue,
      Instant registeredAt,
      int reopened) {}

  /** A caller's evaluation as the hotline reported it. */
  record Evaluation(String satisfaction, String comment, Instant at) {}

  private final JdbcClient jdbc;

  HotlineOrders(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(Order o) {
    jdbc.sql(
            "insert into hotline_order (order_no, case_no, hotline_type, urgency, complexity,"
                + " received_at, feedback_due, registered_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            o.orderNo(),
            o.caseNo(),
            o.type(),
            o.urgency(),
            o.complexity(),
            Timestamp.from(o.receivedAt()),
            Timestamp.from(o.feedbackDue()),
            Timestamp.from(o.registeredAt()))
        .update();
  }

  Optional<Order> find(String orderNo) {
    return jdbc.sql("select * from hotline_order where order_no = ?")
        .param(orderNo)
        .query(
            (rs, n) ->
                new Order(
                    rs.getString("order_no"),
                    rs.getString("case_no"),
                    rs.getString("hotline_type"),
                    rs.getString("urgency"),
                    rs.getString("complexity"),
                    rs.getTimestamp("received_at").toInstant(),
                    rs.getTimestamp("feedback_due").toInstant(),
                    rs.getTimestamp("registered_at").toInstant(),
                    rs.getInt("reopened")))
        .optional();
  }

  /** Orders received in the period, oldest first. */
  List<Order> receivedBetween(Instant from, Instant to) {
    return jdbc
        .sql(
            "select order_no from hotline_order where received_at >= ? and received_at < ?"
                + " order by received_at, order_no")
        .params(Timestamp.from(from), Timestamp.from(to))
        .query(String.class)
        .list()
        .stream()
        .map(no -> find(no).orElseThrow())
        .toList();
  }

  void reopened(String orderNo) {
    jdbc.sql("update hotline_order set reopened = reopened + 1 where order_no = ?")
        .param(orderNo)
        .update();
  }

  void evaluated(String orderNo, String satisfaction, String comment, Instant at) {
    jdbc.sql(
            "insert into hotline_evaluation (order_no, satisfaction, comment, evaluated_at)"
                + " values (?, ?, ?, ?)")
        .params(orderNo, satisfaction, comment, Timestamp.from(at))
        .update();
  }

  List<Evaluation> evaluations(String orderNo) {
    return jdbc.sql(
            "select satisfaction, comment, evaluated_at from hotline_evaluation where order_no = ?"
                + " order by id")
        .param(orderNo)
        .query(
            (rs, n) ->
                new Evaluation(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
        .list();
  }
}
