package cn.xinfang.platform.supervision;

/** Why a unit is supervised: the {@code reason} of the message {@code supervision-requested}. */
public enum SupervisionReason {
  UNIT_OVERDUE("责任单位超期"),
  FORWARD_OVERDUE("转送交办超期"),
  BUCK_PASSING("推诿（同一单位再次申请退回）"),
  FLAGGED("挂牌督办"),
  DISSATISFIED("群众不满意"),
  OWNERSHIP_MILESTONE("包案超期");

  private final String label;

  SupervisionReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The reason named by a request; a caller's unknown code is refused, never guessed. */
  public static SupervisionReason of(String code) {
    for (SupervisionReason reason : values()) {
      if (reason.name().equals(code)) {
        return reason;
      }
    }
    throw new IllegalArgumentException("未知的督办事由：" + code);
  }
}
