package cn.xinfang.platform.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends one mail. Without an SMTP server (a developer's machine) it is logged instead when {@code
 * platform.mail.log-when-unavailable} is on; otherwise the failure is thrown, so the job retries.
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

  void send(String[] recipients, String subject, String body) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(recipients);
    message.setSubject(subject);
    message.setText(body);
    try {
      sender.send(message);
    } catch (MailException e) {
      if (!logWhenUnavailable) {
        throw e;
      }
      LOG.warn(
          "邮件服务器不可用（{}），邮件记入日志：收件人 {}，主题 {}\n{}",
          e.getMessage(),
          String.join(",", recipients),
          subject,
          body);
    }
  }
}
