package cn.xinfang.platform.supervision;

/** Where a supervision request came from: the {@code source} of {@code supervision-requested}. */
public enum SupervisionSource {
  CLOCK("期限届满，系统自动提请"),
  OBJECTION("再次申请退回，系统自动提请"),
  TASKLIST("督查室在任务中心挂牌督办"),
  API("督查室通过接口挂牌督办"),
  PROCESS("其他流程提请");

  private final String label;

  SupervisionSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static SupervisionSource of(String code) {
    for (SupervisionSource source : values()) {
      if (source.name().equals(code)) {
        return source;
      }
    }
    return PROCESS;
  }
}
