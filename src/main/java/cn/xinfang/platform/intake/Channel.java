package cn.xinfang.platform.intake;

/** How a petition arrived. */
public enum Channel {
  VISIT("走访"),
  LETTER("来信"),
  ONLINE("网上信访"),
  HOTLINE("12345 热线"),
  PROXY("代办员代办"),
  GRID("网格员上报"),
  FIVE_CHIEFS("五长服务日");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
