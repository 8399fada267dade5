package cn.xinfang.platform.aftercare;

import cn.xinfang.platform.casefile.CaseStatus;

/** Review (复查, art. 35) and re-examination (复核, art. 36): the two challenges a reply allows. */
public enum ReviewLevel {
  REVIEW("复查", "答复意见书", CaseStatus.UNDER_REVIEW, CaseStatus.REVIEW_DECIDED),
  REEXAMINATION("复核", "复查意见书", CaseStatus.UNDER_REEXAMINATION, CaseStatus.REEXAMINATION_DECIDED);

  private final String label;
  private final String answeredBy;
  private final CaseStatus pending;
  private final CaseStatus decided;

  ReviewLevel(String label, String answeredBy, CaseStatus pending, CaseStatus decided) {
    this.label = label;
    this.answeredBy = answeredBy;
    this.pending = pending;
    this.decided = decided;
  }

  public String label() {
    return label;
  }

  /** The notice whose delivery opens this level's window. */
  String answeredBy() {
    return answeredBy;
  }

  CaseStatus pending() {
    return pending;
  }

  CaseStatus decided() {
    return decided;
  }
}
