package cn.xinfang.platform.aftercare;

import cn.xinfang.platform.notice.NoticeDeliveryVariables;

/**
 * Process ids, messages and variables of closing the loop (答复、回访、复查复核), declared once: {@code
 * petition-aftercare} (called by {@code petition} once the reply is issued), {@code
 * petition-review} (one review or re-examination), {@code review-request} (a request recorded in
 * Tasklist) and {@code follow-up} (回访).
 */
public final class AftercareVariables {

  public static final String PROCESS_ID = "petition-aftercare";
  public static final String REVIEW_PROCESS_ID = "petition-review";
  public static final String REQUEST_PROCESS_ID = "review-request";
  public static final String FOLLOW_UP_PROCESS_ID = "follow-up";

  /** Message: a notice was delivered (sent by {@code notice-delivery}'s listener). */
  public static final String NOTICE_DELIVERED = NoticeDeliveryVariables.DELIVERED_MESSAGE;

  /**
   * Message: the petitioner asked for review or re-examination within the window; variables {@link
   * #REVIEW_ID}, {@link #REVIEW_LEVEL}, {@link #REVIEW_BODY}.
   */
  public static final String REVIEW_REQUESTED = "review-requested";

  public static final String CASE_NO = "caseNo";
  public static final String LEAD_UNIT = "leadUnit";

  /** The notice whose delivery the case waits for, and what it is: REPLY, REVIEW, REEXAMINATION. */
  public static final String AWAITED_NOTICE_ID = NoticeDeliveryVariables.AWAITED_NOTICE_ID;

  public static final String AWAITED_KIND = "awaitedKind";
  public static final String DELIVERED_ON = NoticeDeliveryVariables.DELIVERED_ON;

  /** Whether a window for review or re-examination opened on delivery (false after 复核). */
  public static final String WINDOW_OPEN = "windowOpen";

  public static final String REVIEW_ID = "reviewId";
  public static final String REVIEW_LEVEL = "reviewLevel";
  public static final String REVIEW_BODY = "reviewBody";
  public static final String REVIEW_LABEL = "reviewLabel";
  public static final String REVIEW_BODY_NAME = "reviewBodyName";
  public static final String REQUEST_SUMMARY = "requestSummary";

  /** The decision of {@code petition-review}, and the notice it issued. */
  public static final String REVIEW_DECISION = "reviewDecision";

  public static final String DECISION_NOTICE_ID = "decisionNoticeId";

  /** The input of {@code closeCaseDelegate}: CLOSED or TERMINATED. */
  public static final String OUTCOME = "outcome";

  // the forms' fields
  public static final String REQUESTED_ON = "requestedOn";
  public static final String REQUEST_TEXT = "requestText";
  public static final String SATISFACTION = "satisfaction";
  public static final String FOLLOW_UP_WAY = "followUpWay";
  public static final String FOLLOW_UP_NOTES = "followUpNotes";
  public static final String DECISION = "decision";
  public static final String DECISION_TEXT = "reviewDecisionText";
  public static final String HEARING_FROM = "hearingFrom";
  public static final String HEARING_TO = "hearingTo";
  public static final String HEARING_NOTES = "hearingNotes";
  public static final String REPLY_TEXT = "replyText";

  /** The decision form's choice that pauses the clock for a hearing (复核 only). */
  public static final String HEARING = "HEARING";

  private AftercareVariables() {}
}
