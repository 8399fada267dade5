package cn.xinfang.platform.intake;

/**
 * What the registrar decides when the petitioner already has a case open about the same matter
 * type: the same problem again is recorded on that case; a genuinely new problem (a second,
 * different housing complaint) is registered as a case of its own, with a reason.
 */
public enum DuplicateDecision {
  LINK("并入在办案件"),
  NEW_MATTER("作为新事项登记");

  private final String label;

  DuplicateDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
