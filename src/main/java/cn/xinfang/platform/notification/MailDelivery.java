package cn.xinfang.platform.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends one mail. Without an SMTP server (a developer's machine) the failure is logged instead when
 * {@code platform.mail.log-when-unavailable} is on; otherwise it is thrown, so the job retries and
 * finally shows as an incident. Either way the failure names the case and the recipients, never the
 * mail's text: bodies quote what petitioners wrote.
 */
@Service
class MailDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);

  private final JavaMailSender sender;
  private final String from;
  private final boolean logWhenUnavailable;

  MailDelivery(
      JavaMailSender sender,
      @Value("${platform.mail.from}") String from,
      @Value("${platform.mail.log-when-unavailable:false}") boolean logWhenUnavailable) {
    this.sender = sender;
    this.from = from;
    this.logWhenUnavailable = logWhenUnavailable;
  }

  /** Sends the mail about {@code caseNo} (null for mail that belongs to no case). */
  void send(String caseNo, String[] recipients, String subject, String body) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(recipients);
    message.setSubject(subject);
    message.setText(body);
    try {
      sender.send(message);
    } catch (MailException e) {
      String failure =
          "邮件未能发送："
              + (caseNo == null ? "不属于任何案件的邮件" : "案件 " + caseNo)
              + "，收件人 "
              + String.join(",", recipients);
      if (!logWhenUnavailable) {
        // the message is what the job's incident shows in Cockpit; the cause says why
        throw new MailSendException(failure, e);
      }
      LOG.warn("{}（邮件服务器不可用，仅记入日志，不再重试）", failure);
    }
  }
}
