package cn.xinfang.platform.handling;

import cn.xinfang.platform.casefile.TaskListLabels;
import java.util.Map;

/** Process variables of {@code department-handling} (责任单位办理), declared once. */
public final class HandlingVariables {

  public static final String PROCESS_ID = "department-handling";

  public static final String CASE_NO = TaskListLabels.CASE_NO;

  /** Passed in by {@code petition} for Tasklist's lists: the petitioner masked, the content. */
  public static final String PETITIONER_LABEL = TaskListLabels.PETITIONER_LABEL;

  public static final String CASE_SUMMARY = TaskListLabels.CASE_SUMMARY;

  public static final String UNIT = "unit";
  public static final String SIGN_DECISION = "signDecision";
  public static final String OBJECTION_REASON = "objectionReason";
  public static final String OBJECTION_DECISION = "objectionDecision";
  public static final String REROUTE_UNIT = "rerouteUnit";
  public static final String OBJECTION_ANSWER = "objectionAnswer";
  public static final String FINDINGS = "findings";
  public static final String MEASURES = "measures";
  public static final String DRAFT_REPLY = "draftReply";
  public static final String UNIT_DECISION = "unitDecision";
  public static final String UNIT_COMMENT = "unitComment";
  public static final String HANDLING_ACTION = "handlingAction";
  public static final String EXTENSION_DAYS = "extensionDays";
  public static final String EXTENSION_REASON = "extensionReason";
  public static final String EXTENSION_DECISION = "extensionDecision";
  public static final String EXTENSION_COMMENT = "extensionComment";

  public static final String SIGN = "SIGN";
  public static final String OBJECT = "OBJECT";
  public static final String AGREE = "AGREE";
  public static final String INSIST = "INSIST";
  public static final String APPROVE = "APPROVE";
  public static final String RETURN = "RETURN";
  public static final String HANDLED = "HANDLED";
  public static final String EXTEND = "EXTEND";
  public static final String REFUSE = "REFUSE";

  static final Map<String, String> SIGN_CHOICES = Map.of(SIGN, "签收", OBJECT, "申请退回");
  static final Map<String, String> OBJECTION_CHOICES = Map.of(AGREE, "同意退回", INSIST, "不同意退回");
  static final Map<String, String> APPROVAL_CHOICES = Map.of(APPROVE, "同意", RETURN, "退回修改");
  static final Map<String, String> HANDLING_CHOICES = Map.of(HANDLED, "办理完毕，报领导审批", EXTEND, "申请延期");
  static final Map<String, String> EXTENSION_CHOICES = Map.of(APPROVE, "批准延期", REFUSE, "不批准");

  private HandlingVariables() {}
}
