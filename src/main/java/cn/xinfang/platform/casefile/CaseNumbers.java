package cn.xinfang.platform.casefile;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case numbers, readable and unique per year (XF-2026-000123), from one counter row per year. A
 * number is taken in its own short transaction: the counter's row lock is held for that update
 * only, not for the whole registration, so registrations do not queue behind each other. A
 * registration that fails afterwards leaves a gap in the numbers, never a duplicate.
 */
@Repository
public class CaseNumbers {

  private static final int ATTEMPTS = 3;

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  CaseNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public String next(int year) {
    for (int attempt = 1; ; attempt++) {
      try {
        Integer number = ownTransaction.execute(status -> take(year));
        return String.format("XF-%d-%06d", year, number);
      } catch (DuplicateKeyException firstOfTheYear) {
        // another registration created the year's counter at the same moment: count on it
        if (attempt == ATTEMPTS) {
          throw firstOfTheYear;
        }
      }
    }
  }

  private int take(int year) {
    int updated =
        jdbc.sql("update petition_case_counter set last_no = last_no + 1 where case_year = ?")
            .param(year)
            .update();
    if (updated == 0) {
      jdbc.sql("insert into petition_case_counter (case_year, last_no) values (?, 1)")
          .param(year)
          .update();
    }
    return jdbc.sql("select last_no from petition_case_counter where case_year = ?")
        .param(year)
        .query(Integer.class)
        .single();
  }
}
