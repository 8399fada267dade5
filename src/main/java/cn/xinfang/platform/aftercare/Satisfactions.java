package cn.xinfang.platform.aftercare;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Satisfaction ratings ({@code case_satisfaction}): from follow-ups (回访), any number, and from the
 * petitioner through the public query, once per case.
 */
@Repository
public class Satisfactions {

  /** One rating of a unit's handling of a case. */
  public record Rating(
      String caseNo,
      String unit,
      Satisfaction.Source source,
      Satisfaction rating,
      String way,
      String notes,
      Instant ratedAt,
      String actor) {}

  private final JdbcClient jdbc;

  Satisfactions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records a rating; a petitioner's second rating of the case is refused.
   *
   * @return false when the petitioner had already rated the case (nothing is written)
   */
  public boolean add(Rating r) {
    boolean petitioner = r.source() == Satisfaction.Source.PETITIONER;
    if (petitioner && petitionerRated(r.caseNo())) {
      return false;
    }
    try {
      jdbc.sql(
              "insert into case_satisfaction (case_no, unit, source, rating, way, notes, rated_at,"
                  + " actor, petitioner_once) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              r.caseNo(),
              r.unit(),
              r.source().name(),
              r.rating().name(),
              r.way(),
              r.notes(),
              Timestamp.from(r.ratedAt()),
              r.actor(),
              petitioner ? r.caseNo() : null)
          .update();
      return true;
    } catch (DuplicateKeyException twoAtOnce) {
      return false;
    }
  }

  public boolean petitionerRated(String caseNo) {
    return jdbc.sql(
                "select count(*) from case_satisfaction where case_no = ? and source = 'PETITIONER'")
            .param(caseNo)
            .query(Integer.class)
            .single()
        > 0;
  }

  public List<Rating> ofCase(String caseNo) {
    return jdbc.sql("select * from case_satisfaction where case_no = ? order by id")
        .param(caseNo)
        .query(
            (rs, n) ->
                new Rating(
                    rs.getString("case_no"),
                    rs.getString("unit"),
                    Satisfaction.Source.valueOf(rs.getString("source")),
                    Satisfaction.valueOf(rs.getString("rating")),
                    rs.getString("way"),
                    rs.getString("notes"),
                    rs.getTimestamp("rated_at").toInstant(),
                    rs.getString("actor")))
        .list();
  }

  /** How many ratings of {@code unit} said 不满意 (for supervision and the unit's figures). */
  public int dissatisfiedCount(String unit) {
    return jdbc.sql(
            "select count(*) from case_satisfaction where unit = ? and rating = 'DISSATISFIED'")
        .param(unit)
        .query(Integer.class)
        .single();
  }
}
