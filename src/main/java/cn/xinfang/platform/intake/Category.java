package cn.xinfang.platform.intake;

/** The statutory categories (articles 29–31). */
public enum Category {
  SUGGESTION("建议意见类"),
  ACCUSATION("检举控告类"),
  CLAIM("申诉求决类");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
