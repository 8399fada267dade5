package cn.xinfang.platform.fivechiefs;

/** Process id and variables of {@code five-chiefs-reception} (五长服务日接待), declared once. */
public final class FiveChiefsVariables {

  public static final String PROCESS_ID = "five-chiefs-reception";

  public static final String DUTY_UNIT = "dutyUnit";
  public static final String DUTY_CHIEF = "dutyChief";
  public static final String DUTY_CHIEF_LABEL = "dutyChiefLabel";
  public static final String CATALOGUE_OPINION = "catalogueOpinion";

  /** The chief's decision: HANDLE (本单位办理), LEGAL (导入法律程序), OUTSIDE (不属本单位职责). */
  public static final String REMIT_DECISION = "remitDecision";

  public static final String EXPLANATION = "explanation";

  private FiveChiefsVariables() {}
}
