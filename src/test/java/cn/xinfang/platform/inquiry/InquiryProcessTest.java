package cn.xinfang.platform.inquiry;

import static cn.xinfang.platform.inquiry.InquiryVariables.ANSWER;
import static cn.xinfang.platform.inquiry.InquiryVariables.ANSWERING_UNIT;
import static cn.xinfang.platform.inquiry.InquiryVariables.INQUIRER_NAME;
import static cn.xinfang.platform.inquiry.InquiryVariables.INQUIRER_PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.xinfang.platform.notification.MailVariables;
import cn.xinfang.platform.support.Definitions;
import cn.xinfang.platform.support.PlatformTest;
import cn.xinfang.platform.support.TestSmtp;
import cn.xinfang.platform.validation.FormInputException;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;

/** 信访咨询答复: registered from the start form, mailed to the unit, answered by the unit. */
@PlatformTest
class InquiryProcessTest {

  @RegisterExtension static GreenMailExtension smtp = TestSmtp.server();

  @Autowired ProcessEngine engine;
  @Autowired FormService forms;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @org.junit.jupiter.api.AfterEach
  void dropQueuedMail() {
    // mail queued by one test must not be delivered into another test's inbox
    mailJobs()
        .forEach(
            j ->
                engine.getRuntimeService().deleteProcessInstance(j.getProcessInstanceId(), "test"));
  }

  @BeforeEach
  void bindAssertionsToTheEngine() {
    AbstractAssertions.init(engine);
  }

  @Test
  void aRegisteredInquiryIsMailedToTheUnitAndWaitsForItsAnswer() throws Exception {
    ProcessInstance inquiry = register(Inquiry.to("court"));

    assertThat(inquiry).isWaitingAt("Task_NotifyUnit");
    execute(job(inquiry));

    assertThat(inquiry).isWaitingAt("Task_AnswerInquiry");
    assertThat(task(inquiry)).hasCandidateGroup("court").isNotAssigned();
    assertThat(smtp.getReceivedMessages()).isEmpty();
    mailJobs().forEach(j -> management.executeJob(j.getId()));
    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).hasSize(2);
    assertThat(mails[0].getSubject()).isEqualTo("【信访咨询】请答复 张三 的咨询");
    assertThat(GreenMailUtil.getBody(mails[0])).isNotBlank();
    assertThat(recipients(mails))
        .containsExactlyInAnyOrder(
            "court-official@demo.xinfang.local", "court-leader@demo.xinfang.local");
  }

  @Test
  void anAnsweredInquiryEnds() {
    ProcessInstance inquiry = register(Inquiry.to("housing"));
    execute(job(inquiry));

    tasks.complete(task(inquiry).getId(), Map.of(ANSWER, "经核实，您所在小区的维修资金可按规定申请使用。"));

    assertThat(inquiry).hasPassed("Task_NotifyUnit", "Task_AnswerInquiry").isEnded();
  }

  @Test
  void anSmtpOutageLeavesTheInquiryIntactAndTheMailGoesOutAfterRecovery() throws Exception {
    smtp.stop();
    ProcessInstance inquiry = register(Inquiry.to("police"));
    execute(job(inquiry));
    assertThat(inquiry).isWaitingAt("Task_AnswerInquiry");

    Job mail = mailJobs().get(0);
    assertThatThrownBy(() -> management.executeJob(mail.getId())).isInstanceOf(MailException.class);
    assertThat(management.createJobQuery().jobId(mail.getId()).singleResult().getRetries())
        .isEqualTo(4);
    assertThat(inquiry).isWaitingAt("Task_AnswerInquiry");

    smtp.start();
    management.executeJob(mail.getId());
    assertThat(smtp.getReceivedMessages()).hasSize(2);
    assertThat(mailJobs()).isEmpty();
  }

  @Test
  void whenTheRetriesRunOutTheMailIsAnIncidentUntilItIsRetried() {
    smtp.stop();
    ProcessInstance inquiry = register(Inquiry.to("justice"));
    execute(job(inquiry));
    Job mail = mailJobs().get(0);
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> management.executeJob(mail.getId()))
          .isInstanceOf(MailException.class);
    }

    assertThat(
            engine
                .getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(mail.getProcessInstanceId())
                .count())
        .isEqualTo(1);
    smtp.start();
    management.setJobRetries(mail.getId(), 1);
    management.executeJob(mail.getId());
    assertThat(smtp.getReceivedMessages()).hasSize(2);
    assertThat(
            engine
                .getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(mail.getProcessInstanceId())
                .count())
        .isZero();
  }

  private List<Job> mailJobs() {
    return management.createJobQuery().processDefinitionKey(MailVariables.PROCESS_ID).list();
  }

  @Test
  void anInvalidRegistrationIsRefusedInChineseAndStartsNothing() {
    Inquiry invalid =
        Inquiry.to("moon-base").with(INQUIRER_NAME, " ").with(INQUIRER_PHONE, "12345");
    long before = runtime.createProcessInstanceQuery().count();

    assertThatThrownBy(() -> register(invalid))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("请填写咨询人姓名")
        .hasMessageContaining("联系电话格式不正确")
        .hasMessageContaining("答复单位不存在：moon-base");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void aMissingUnitIsRefused() {
    assertThatThrownBy(() -> register(Inquiry.to("court").with(ANSWERING_UNIT, "")))
        .hasMessageContaining("请选择答复单位");
  }

  @Test
  void aTooShortAnswerIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance inquiry = register(Inquiry.to("court"));
    execute(job(inquiry));
    String taskId = task(inquiry).getId();

    assertThatThrownBy(() -> tasks.complete(taskId, Map.of(ANSWER, "已阅")))
        .hasMessageContaining("答复意见至少 10 个字");
    assertThatThrownBy(() -> tasks.complete(taskId)).hasMessageContaining("请填写答复意见");

    assertThat(inquiry).isWaitingAt("Task_AnswerInquiry");
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  /** As Tasklist's start form does it. */
  private ProcessInstance register(Inquiry inquiry) {
    String definitionId = Definitions.latest(repository, InquiryVariables.PROCESS_ID);
    return forms.submitStartForm(definitionId, inquiry.variables());
  }

  private static List<String> recipients(MimeMessage[] mails) {
    return Arrays.stream(mails)
        .flatMap(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO));
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .map(Object::toString)
        .distinct()
        .toList();
  }
}
