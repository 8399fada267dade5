package cn.xinfang.platform.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** One supervision case (督办案件): a unit supervised on one petition. */
public record SupervisionCase(
    long id,
    String caseNo,
    String unit,
    SupervisionReason reason,
    SupervisionSource source,
    String startRung,
    Instant openedAt,
    String openedBy,
    String processInstanceId,
    LocalDate answerDue,
    boolean sanctioned,
    int triggers,
    Instant closedAt,
    String outcome) {

  public boolean open() {
    return closedAt == null;
  }

  public boolean flagged() {
    return "FLAGGED".equals(startRung);
  }
}
