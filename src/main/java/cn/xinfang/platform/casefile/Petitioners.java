package cn.xinfang.platform.casefile;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The petitioners of each case ({@code petition_petitioner}), and who already has an open case. */
@Repository
public class Petitioners {

  private final JdbcClient jdbc;

  Petitioners(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void add(String caseNo, List<Petitioner> petitioners) {
    int seq = 0;
    for (Petitioner p : petitioners) {
      jdbc.sql(
              "insert into petition_petitioner (case_no, seq, name, id_number, phone, address)"
                  + " values (?, ?, ?, ?, ?, ?)")
          .params(caseNo, ++seq, p.name(), p.idNumber(), p.phone(), p.address())
          .update();
    }
  }

  public List<Petitioner> of(String caseNo) {
    return jdbc.sql("select * from petition_petitioner where case_no = ? order by seq")
        .param(caseNo)
        .query(
            (rs, i) ->
                new Petitioner(
                    rs.getString("name"),
                    rs.getString("id_number"),
                    rs.getString("phone"),
                    rs.getString("address")))
        .list();
  }

  /** An open case of one of these petitioners about the same matter type. */
  public Optional<String> findOpenCase(Collection<String> idNumbers, String matterType) {
    if (idNumbers.isEmpty()) {
      return Optional.empty();
    }
    List<String> open =
        Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).map(Enum::name).toList();
    return jdbc
        .sql(
            """
            select c.case_no from petition_case c
            join petition_petitioner p on p.case_no = c.case_no
            where p.id_number in (:ids) and c.matter_type = :matterType and c.status in (:open)
            order by c.registered_at
            """)
        .param("ids", List.copyOf(idNumbers))
        .param("matterType", matterType)
        .param("open", open)
        .query(String.class)
        .list()
        .stream()
        .findFirst();
  }
}
