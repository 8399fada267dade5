package cn.xinfang.platform.deadline;

/** The periods the clocks watch, named as officials know them. */
public enum Period {
  FORWARD("转送交办期限"),
  ACCEPT("签收受理期限"),
  HANDLING("办理期限");

  private final String label;

  Period(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
