package cn.xinfang.platform.notification;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Mails the members of a group. Without an SMTP server (a developer's machine) the mail is logged
 * instead when {@code platform.mail.log-when-unavailable} is on; otherwise the failure propagates,
 * so the asynchronous step that sends it is retried and ends as an incident in Cockpit.
 */
@Service
public class MailNotifier {

  private static final Logger LOG = LoggerFactory.getLogger(MailNotifier.class);

  private final JavaMailSender sender;
  private final IdentityService identity;
  private final String from;
  private final boolean logWhenUnavailable;

  MailNotifier(
      JavaMailSender sender,
      IdentityService identity,
      @Value("${platform.mail.from}") String from,
      @Value("${platform.mail.log-when-unavailable:false}") boolean logWhenUnavailable) {
    this.sender = sender;
    this.identity = identity;
    this.from = from;
    this.logWhenUnavailable = logWhenUnavailable;
  }

  public void mailGroup(String groupId, String subject, String body) {
    List<String> recipients =
        identity.createUserQuery().memberOfGroup(groupId).list().stream()
            .map(User::getEmail)
            .filter(Objects::nonNull)
            .filter(email -> !email.isBlank())
            .toList();
    if (recipients.isEmpty()) {
      LOG.warn("组 {} 没有可用的邮箱地址，邮件未发送：{}", groupId, subject);
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(recipients.toArray(String[]::new));
    message.setSubject(subject);
    message.setText(body);
    try {
      sender.send(message);
    } catch (MailException e) {
      if (!logWhenUnavailable) {
        throw e;
      }
      LOG.warn("邮件服务器不可用（{}），邮件记入日志：收件人 {}，主题 {}\n{}", e.getMessage(), recipients, subject, body);
    }
  }
}
