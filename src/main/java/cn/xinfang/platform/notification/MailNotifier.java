package cn.xinfang.platform.notification;

import cn.xinfang.platform.system.PlatformRights;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Queues mail to the members of a group. Each mail is a {@code mail-delivery} instance started in
 * the caller's transaction, so it is sent only if the case change commits, and its sending is an
 * asynchronous job: an SMTP outage never rolls back a case, the job is retried, ends as an incident
 * in Cockpit, and the mail goes out once the retry succeeds.
 */
@Service
public class MailNotifier {

  private static final Logger LOG = LoggerFactory.getLogger(MailNotifier.class);

  private final IdentityService identity;
  private final RuntimeService runtime;

  MailNotifier(IdentityService identity, RuntimeService runtime) {
    this.identity = identity;
    this.runtime = runtime;
  }

  /** Mails the group's members about a case ({@code caseNo} may be null). */
  public void mailGroup(String caseNo, String groupId, String subject, String body) {
    send(
        caseNo,
        identity.createUserQuery().memberOfGroup(groupId).list(),
        "组 " + groupId,
        subject,
        body);
  }

  /** Mails one official about a case. */
  public void mailUser(String caseNo, String userId, String subject, String body) {
    send(caseNo, identity.createUserQuery().userId(userId).list(), "用户 " + userId, subject, body);
  }

  private void send(String caseNo, List<User> users, String who, String subject, String body) {
    List<String> recipients =
        users.stream()
            .map(User::getEmail)
            .filter(Objects::nonNull)
            .filter(email -> !email.isBlank())
            .sorted()
            .toList();
    if (recipients.isEmpty()) {
      LOG.warn("{} 没有可用的邮箱地址，邮件未发送：{}", who, subject);
      return;
    }
    // the platform sends mail on behalf of whoever completed the step, not with their rights
    PlatformRights.run(
        () ->
            runtime
                .createProcessInstanceByKey(MailVariables.PROCESS_ID)
                .businessKey(caseNo)
                .setVariables(
                    Variables.createVariables()
                        .putValue(MailVariables.RECIPIENTS, String.join(",", recipients))
                        .putValue(MailVariables.SUBJECT, subject)
                        .putValue(MailVariables.BODY, body))
                .execute());
  }
}
