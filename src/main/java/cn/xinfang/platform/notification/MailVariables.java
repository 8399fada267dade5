package cn.xinfang.platform.notification;

/** Process variables of {@code mail-delivery} (邮件发送), declared once. */
public final class MailVariables {

  public static final String PROCESS_ID = "mail-delivery";

  public static final String RECIPIENTS = "recipients";
  public static final String SUBJECT = "subject";
  public static final String BODY = "body";

  private MailVariables() {}
}
