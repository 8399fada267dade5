package cn.xinfang.platform.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which petitioner has a case open about which matter type ({@code petition_open_matter}): a repeat
 * is linked to that case unless the registrar decides it is a new matter. The table's key decides
 * between two identical registrations posted at the same moment, on one node or several: the second
 * to claim the matter loses. A case opened as a new matter beside an open one holds the matter
 * under its own number, so it collides with nothing.
 */
@Repository
public class OpenMatters {

  private final JdbcClient jdbc;

  OpenMatters(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The open case of one of these petitioners about this matter type. */
  public Optional<String> caseOf(Collection<String> idNumbers, String matterType) {
    if (idNumbers.isEmpty()) {
      return Optional.empty();
    }
    return jdbc
        .sql(
            """
            select case_no from petition_open_matter
            where id_number in (:ids) and matter_type = :matterType
            order by case_no
            """)
        .param("ids", List.copyOf(idNumbers))
        .param("matterType", matterType)
        .query(String.class)
        .list()
        .stream()
        .findFirst();
  }

  /**
   * The case holds the matter for each of its petitioners until it leaves the open statuses.
   *
   * @throws MatterAlreadyOpenException when another registration holds it: once that one has
   *     committed, this transaction cannot go on (PostgreSQL aborts it) and is to be rolled back
   */
  public void claim(String caseNo, Collection<String> idNumbers, String matterType) {
    insert(caseNo, idNumbers, matterType, "");
  }

  /**
   * The case holds the matter beside an open case about it: the registrar decided it is a new
   * matter. Nothing else claims this, so no other registration waits for it or loses to it.
   */
  public void claimAsSeparateMatter(
      String caseNo, Collection<String> idNumbers, String matterType) {
    insert(caseNo, idNumbers, matterType, caseNo);
  }

  private void insert(
      String caseNo, Collection<String> idNumbers, String matterType, String separateCase) {
    // in one order, so two registrations sharing several petitioners cannot deadlock
    for (String idNumber : idNumbers.stream().distinct().sorted().toList()) {
      try {
        jdbc.sql(
                "insert into petition_open_matter (id_number, matter_type, case_no, separate_case)"
                    + " values (?, ?, ?, ?)")
            .params(idNumber, matterType, caseNo, separateCase)
            .update();
      } catch (DuplicateKeyException heldByAnotherCase) {
        throw new MatterAlreadyOpenException(heldByAnotherCase);
      }
    }
  }

  /** The case is no longer open: a new petition about the matter opens a new case. */
  void release(String caseNo) {
    jdbc.sql("delete from petition_open_matter where case_no = ?").param(caseNo).update();
  }
}
