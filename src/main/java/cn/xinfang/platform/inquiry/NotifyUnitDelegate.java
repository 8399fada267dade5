package cn.xinfang.platform.inquiry;

import static cn.xinfang.platform.inquiry.InquiryVariables.ANSWERING_UNIT;
import static cn.xinfang.platform.inquiry.InquiryVariables.INQUIRER_NAME;
import static cn.xinfang.platform.inquiry.InquiryVariables.QUESTION;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.notification.MailNotifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** {@code Task_NotifyUnit}: tells the answering unit by mail that an inquiry waits for it. */
@Component("notifyUnitDelegate")
class NotifyUnitDelegate implements JavaDelegate {

  private final MailNotifier mail;
  private final InquiryRules rules;
  private final String tasklistUrl;

  NotifyUnitDelegate(
      MailNotifier mail, InquiryRules rules, @Value("${platform.mail.tasklist-url}") String url) {
    this.mail = mail;
    this.rules = rules;
    this.tasklistUrl = url;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String unit = text(execution, ANSWERING_UNIT);
    String inquirer = text(execution, INQUIRER_NAME);
    String question = text(execution, QUESTION);
    mail.mailGroup(
        null,
        unit,
        "【信访咨询】请答复 " + inquirer + " 的咨询",
        rules.unitName(unit)
            + "：\n\n"
            + inquirer
            + " 的咨询已登记，请在任务中心签收并答复。\n\n咨询内容：\n"
            + question
            + "\n\n任务中心："
            + tasklistUrl
            + "\n\n（本邮件由信访流转平台自动发送）");
  }
}
