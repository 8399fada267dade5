package cn.xinfang.platform.supervision;

/** The rungs of supervision and accountability a ledger row records. */
public enum LedgerRung {
  TRIGGERED("立案督办"),
  JOINED("再次触发并入"),
  NOTICE("督办函"),
  ANSWER("书面答复"),
  NO_ANSWER("逾期未答复"),
  JUDGEMENT("审核整改情况"),
  TALK("约谈"),
  PUBLIC_NOTICE("通报"),
  RECTIFY_DEADLINE("限期整改"),
  PROPOSAL("问责建议"),
  DECISION("问责决定"),
  LIFTED("提级办理"),
  CLOSED("督办办结");

  private final String label;

  LedgerRung(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
