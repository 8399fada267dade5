package cn.xinfang.platform.proxy;

/**
 * The five levels a proxy case may climb, lowest first (矛盾不上交): each resolves what it can; from the
 * district up a level may also accept the matter into the petition procedure.
 */
public enum ProxyLevel {
  VILLAGE("嘎查村（社区）", false),
  TOWNSHIP("苏木乡镇（街道）", false),
  DISTRICT("旗县区", true),
  CITY("盟市", true),
  REGION("自治区", true);

  private final String label;
  private final boolean mayAccept;

  ProxyLevel(String label, boolean mayAccept) {
    this.label = label;
    this.mayAccept = mayAccept;
  }

  public String label() {
    return label;
  }

  /** Whether this level may accept the matter into the petition procedure (受理). */
  public boolean mayAccept() {
    return mayAccept;
  }

  /** The level above, or null at the top. */
  ProxyLevel above() {
    return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
  }
}
