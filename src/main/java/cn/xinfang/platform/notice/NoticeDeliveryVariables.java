package cn.xinfang.platform.notice;

import cn.xinfang.platform.casefile.TaskListLabels;

/** Process variables of {@code notice-delivery} (文书送达), declared once. */
public final class NoticeDeliveryVariables {

  public static final String PROCESS_ID = "notice-delivery";

  public static final String CASE_NO = TaskListLabels.CASE_NO;

  /** For Tasklist's lists: the case's petitioner masked, the start of its content. */
  public static final String PETITIONER_LABEL = TaskListLabels.PETITIONER_LABEL;

  public static final String CASE_SUMMARY = TaskListLabels.CASE_SUMMARY;

  public static final String NOTICE_ID = "noticeId";
  public static final String NOTICE_TITLE = "noticeTitle";
  public static final String ADDRESSEE = "addressee";
  public static final String NOTICE_URL = "noticeUrl";
  public static final String ISSUING_UNIT = "issuingUnit";

  /** The form's editable fields. */
  public static final String DELIVERY_WAY = "deliveryWay";

  public static final String DELIVERED_ON = "deliveredOn";
  public static final String DELIVERY_NOTE = "deliveryNote";

  /**
   * The message sent when a notice is delivered, to the process waiting for it (答复、复查复核): it waits
   * with {@link #AWAITED_NOTICE_ID} set to the notice's id, and receives {@link #DELIVERED_ON}.
   */
  public static final String DELIVERED_MESSAGE = "notice-delivered";

  public static final String AWAITED_NOTICE_ID = "awaitedNoticeId";

  private NoticeDeliveryVariables() {}
}
