package cn.xinfang.platform.intake;

import cn.xinfang.platform.casefile.TaskListLabels;

/** Process variables of {@code petition} (信访事项办理), declared once. */
public final class PetitionVariables {

  public static final String PROCESS_ID = "petition";

  public static final String CASE_NO = TaskListLabels.CASE_NO;

  /** What Tasklist's lists show: the petitioner masked, the start of the content. */
  public static final String PETITIONER_LABEL = TaskListLabels.PETITIONER_LABEL;

  public static final String CASE_SUMMARY = TaskListLabels.CASE_SUMMARY;

  public static final String CHANNEL = "channel";
  public static final String CATEGORY = "category";
  public static final String MATTER_TYPE = "matterType";
  public static final String LAW_RELATED = "lawRelated";
  public static final String HIGH_RISK = "highRisk";
  public static final String REGION = "region";
  public static final String HEADCOUNT = "headcount";
  public static final String COLLECTIVE = "collective";
  public static final String CONTENT = "content";
  public static final String SUMMARY = "summary";
  public static final String PETITIONER_NAME = "petitionerName";
  public static final String PETITIONER_ID_NUMBER = "petitionerIdNumber";
  public static final String PETITIONER_PHONE = "petitionerPhone";
  public static final String PETITIONER_ADDRESS = "petitionerAddress";

  /** The start form's further representatives of a collective visit, one per line. */
  public static final String REPRESENTATIVES = "representatives";

  /**
   * Start-form fields holding resident ID numbers: read once to register the case, never kept as
   * process variables or in the engine's history (the case file has them, shown as the rules say).
   */
  public static final java.util.Set<String> ID_NUMBER_FIELDS =
      java.util.Set.of(PETITIONER_ID_NUMBER, REPRESENTATIVES);

  public static final String HOTLINE_ORDER_NO = "hotlineOrderNo";

  /**
   * The start form's choice should the petitioner have a case open about the matter type ({@link
   * DuplicateDecision}) and the reason for a new matter; read once, recorded on the case ledger.
   */
  public static final String DUPLICATE_DECISION = "duplicateDecision";

  public static final String DUPLICATE_REASON = "duplicateReason";

  public static final String INVOLVED_UNITS = "involvedUnits";
  public static final String REGISTERED_BY = "registeredBy";
  public static final String FORWARD_DEADLINE = "forwardDeadline";

  /** The catalogue's suggestion, for the registrar to read. */
  public static final String SUGGESTED_UNITS = "suggestedUnits";

  /** The units chosen (a JSON array of unit codes, as Tasklist's checklist sends it). */
  public static final String RESPONSIBLE_UNITS = "responsibleUnits";

  public static final String LEAD_UNIT = "leadUnit";

  /** Whose 登记受理 it is: the district petition bureau, or the city's or region's that accepted it. */
  public static final String INTAKE_BUREAU = "intakeBureau";

  public static final String ACCEPTANCE_DECISION = "acceptanceDecision";
  public static final String ROUTING_REASON = "routingReason";
  public static final String DECISION_NOTE = "decisionNote";
  public static final String REVIEWED_BY = "reviewedBy";
  public static final String UNIT_RESULTS = "unitResults";
  public static final String REPLY_TEXT = "replyText";
  public static final String REPLY_DECISION = "replyDecision";
  public static final String REPLY_COMMENT = "replyComment";

  /** Values of {@link #ACCEPTANCE_DECISION}. */
  public static final String FORWARD = "FORWARD";

  public static final String LEGAL_PROCEDURE = "LEGAL_PROCEDURE";
  public static final String ACCUSATION = "ACCUSATION";

  /** Values of approval decisions. */
  public static final String APPROVE = "APPROVE";

  public static final String RETURN = "RETURN";

  private PetitionVariables() {}
}
