package cn.xinfang.platform.casefile;

/** Where a petition stands, as officials and the petitioner read it. */
public enum CaseStatus {
  REGISTERED("已登记，待受理"),
  HANDLING("责任单位办理中"),
  REPLYING("答复意见书拟稿中"),
  REPLIED("已出具答复意见书"),
  LEGAL_PROCEDURE("已导入法律程序"),
  TO_DISCIPLINE("已转纪委监委");

  private final String label;

  CaseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isOpen() {
    return this == REGISTERED || this == HANDLING || this == REPLYING;
  }
}
