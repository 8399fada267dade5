package cn.xinfang.platform.ownership;

import java.util.Map;

/** The variables of {@code case-ownership} (领导包案) and its entry message. */
public final class OwnershipVariables {

  public static final String PROCESS_ID = "case-ownership";

  /**
   * The entry any process or the triggers use: correlate with {@link #CASE_NO}, {@link #REASON} (an
   * {@link OwnershipReason}) and {@link #OWNER_LEVEL} (township, district, city).
   */
  public static final String REQUESTED_MESSAGE = "ownership-requested";

  public static final String CASE_NO = "caseNo";
  public static final String REASON = "reason";
  public static final String OWNER_LEVEL = "ownerLevel";
  public static final String REQUESTED_BY = "requestedBy";

  public static final String OWNERSHIP_ID = "ownershipId";
  public static final String JOINED = "joined";
  public static final String REASON_LABEL = "reasonLabel";
  public static final String SUGGESTED_UNIT = "suggestedUnit";

  // forms
  public static final String ASSIGN_REASON = "assignReason";
  public static final String OWNER_UNIT = "ownerUnit";
  public static final String OWNER_UNIT_NAME = "ownerUnitName";
  public static final String MEETING_DATE = "meetingDate";
  public static final String MEETING_PLACE = "meetingPlace";
  public static final String MEETING_NOTES = "meetingNotes";
  public static final String PLAN_MEASURES = "planMeasures";
  public static final String PLAN_UNITS = "planUnits";
  public static final String MILESTONES = "milestones";
  public static final String REPORT_ACTION = "reportAction";
  public static final String REPORT_TEXT = "reportText";
  public static final String EXTENSION_DAYS = "extensionDays";
  public static final String CLOSE_OUT_WAY = "closeOutWay";
  public static final String CLOSE_OUT_DECISION = "closeOutDecision";
  public static final String CLOSE_OUT_COMMENT = "closeOutComment";

  public static final String REPORT = "REPORT";
  public static final String EXTEND = "EXTEND";
  public static final String CLOSE_OUT = "CLOSE_OUT";
  public static final Map<String, String> REPORT_ACTIONS =
      Map.of(REPORT, "报告进展", EXTEND, "延期（一次，最多 1 个月）", CLOSE_OUT, "申请销号");
  public static final Map<String, String> CLOSE_OUT_WAYS =
      Map.of("RESOLVED", "问题已化解，信访人认可", "TERMINATED", "依法终结");
  public static final String ACCEPT = "ACCEPT";
  public static final String RETURN = "RETURN";
  public static final Map<String, String> CLOSE_OUT_DECISIONS =
      Map.of(ACCEPT, "同意销号", RETURN, "退回，继续化解");

  private OwnershipVariables() {}
}
