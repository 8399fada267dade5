package cn.xinfang.platform.casefile;

/** Where one responsible unit stands with a petition. */
public enum UnitStatus {
  ASSIGNED("待签收"),
  OBJECTED("已申请退回"),
  RETURNED("已退回，改派他单位"),
  HANDLING("办理中"),
  AWAITING_APPROVAL("待单位领导审批"),
  DONE("本单位已办结"),
  /** Lifted to the same unit one level up (提级办理), which handles it in a part of its own. */
  LIFTED("已提级");

  private final String label;

  UnitStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The part is over: returned, done or lifted; its clocks and deadlines no longer run. */
  public boolean isOver() {
    return this == RETURNED || this == DONE || this == LIFTED;
  }
}
