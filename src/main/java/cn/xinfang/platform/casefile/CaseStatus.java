package cn.xinfang.platform.casefile;

/** Where a petition stands, as officials and the petitioner read it. */
public enum CaseStatus {
  REGISTERED("已登记，待受理"),
  HANDLING("责任单位办理中"),
  REPLYING("答复意见书拟稿中"),
  REPLIED("已出具答复意见书"),
  DELIVERED("答复意见书已送达，复查申请期内"),
  UNDER_REVIEW("复查中"),
  REVIEW_DECIDED("已出具复查意见书，复核申请期内"),
  UNDER_REEXAMINATION("复核中"),
  REEXAMINATION_DECIDED("已出具复核意见书"),
  REHANDLING("原答复被撤销，重新办理中"),
  CLOSED("已办结"),
  TERMINATED("已终结（复核）"),
  NOT_ACCEPTED_AGAIN("不再受理（同一事项已复核终结）"),
  LEGAL_PROCEDURE("已导入法律程序"),
  TO_DISCIPLINE("已转纪委监委");

  private final String label;

  CaseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Registered, or with its units, before a written reply: it can still be lifted (提级办理). */
  public boolean isInHandling() {
    return this == REGISTERED || this == HANDLING || this == REPLYING;
  }

  /**
   * Still in progress, to the end of review and re-examination: a new petition on the same matter
   * is linked to it rather than accepted again (信访工作条例 art. 19).
   */
  public boolean isOpen() {
    return !(this == CLOSED
        || this == TERMINATED
        || this == NOT_ACCEPTED_AGAIN
        || this == LEGAL_PROCEDURE
        || this == TO_DISCIPLINE);
  }
}
