package cn.xinfang.platform.ownership;

/** Why a case needs a leader to own it: the trigger table's output, or a hand assignment. */
public enum OwnershipReason {
  REPEATED("重复信访"),
  COLLECTIVE("集体访"),
  LEVEL_SKIPPING("越级访"),
  LONG_OPEN("久拖未结"),
  HIGH_RISK("高风险"),
  ASSIGNED("指定包案");

  private final String label;

  OwnershipReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static OwnershipReason of(String code) {
    for (OwnershipReason r : values()) {
      if (r.name().equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException("未知的包案原因：" + code);
  }
}
