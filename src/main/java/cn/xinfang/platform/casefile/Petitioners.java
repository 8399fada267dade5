package cn.xinfang.platform.casefile;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The petitioners of each case ({@code petition_petitioner}). */
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
}
