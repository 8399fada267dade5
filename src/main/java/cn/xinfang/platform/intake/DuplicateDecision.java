package cn.xinfang.platform.intake;

/**
 * What the registrar decides when the petitioner already has a case open about the same matter
 * type: the same problem again is recorded on that case; a genuinely new problem (a second,
 * different housing complaint) is registered as a case of its own, with a reason.
 */
public enum DuplicateDecision {
  LINK("并入在办案件"),
  NEW_MATTER("作为新事项登记"),
  /**
   * The same matter was closed by re-examination (复核, art. 36): the petition is kept as a record
   * marked 不再受理, and nothing is handled.
   */
  NOT_ACCEPTED_AGAIN("登记为不再受理");

  private final String label;

  DuplicateDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
