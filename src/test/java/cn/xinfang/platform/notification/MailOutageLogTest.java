package cn.xinfang.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.TestSmtp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.TestPropertySource;

/**
 * An SMTP outage is logged with the case number and the recipients, never with the mail's text
 * (which quotes the petition). The engine's own logging of the failed job is on, as in production.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "logging.level.org.camunda.bpm.engine.context=info")
class MailOutageLogTest extends CaseTest {

  @RegisterExtension static GreenMailExtension smtp = TestSmtp.server();

  /** What the petitioner wrote: the unit's mail quotes it. */
  static final String CONTENT = "邻居张某某长期占用楼道堆放杂物，物业不予处理（私密内容）";

  static final String COURT_OFFICIAL = "court-official@demo.xinfang.local";

  @Autowired ManagementService management;
  @Autowired JavaMailSender sender;

  @Value("${platform.mail.from}")
  String from;

  @AfterEach
  void dropQueuedMail() {
    mailJobs().forEach(j -> runtime.deleteProcessInstance(j.getProcessInstanceId(), "test"));
  }

  @Test
  void aFailedMailNamesCaseAndRecipientsInTheLogAndTheIncidentButNotItsText(CapturedOutput log) {
    String caseNo = caseMailedToTheCourt();
    smtp.stop();

    Job mail = mailTo(COURT_OFFICIAL);
    assertThatThrownBy(() -> management.executeJob(mail.getId()))
        .isInstanceOf(MailException.class)
        .hasMessageContaining("案件 " + caseNo)
        .hasMessageContaining(COURT_OFFICIAL);

    Job failed = management.createJobQuery().jobId(mail.getId()).singleResult();
    assertThat(failed.getExceptionMessage()).contains("案件 " + caseNo, COURT_OFFICIAL);
    assertThat(management.getJobExceptionStacktrace(mail.getId())).doesNotContain(CONTENT);
    assertThat(log.getAll()).contains("案件 " + caseNo).doesNotContain(CONTENT);
  }

  @Test
  void withoutAServerOnADevelopersMachineTheLogStillHoldsNoMailText(CapturedOutput log) {
    smtp.stop();
    MailDelivery logging = new MailDelivery(sender, from, true);

    logging.send(
        "XF-2026-000999", new String[] {COURT_OFFICIAL}, "【信访交办】XF-2026-000999 请签收", CONTENT);

    assertThat(log.getAll())
        .contains("邮件未能发送：案件 XF-2026-000999，收件人 " + COURT_OFFICIAL)
        .doesNotContain(CONTENT);
  }

  /** A case forwarded to the court: its officials' mail quotes the petition. */
  private String caseMailedToTheCourt() {
    Registration r = flow.register(Petitions.claim(611).content(CONTENT).build());
    flow.forward(r.caseNo(), "邻里纠纷已起诉，改由人民法院办理", "court");
    return r.caseNo();
  }

  private Job mailTo(String recipient) {
    return mailJobs().stream()
        .filter(
            job ->
                runtime
                    .getVariable(job.getProcessInstanceId(), MailVariables.RECIPIENTS)
                    .toString()
                    .contains(recipient))
        .findFirst()
        .orElseThrow();
  }

  private List<Job> mailJobs() {
    return management.createJobQuery().processDefinitionKey(MailVariables.PROCESS_ID).list();
  }
}
