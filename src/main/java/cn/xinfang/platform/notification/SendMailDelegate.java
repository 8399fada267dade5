package cn.xinfang.platform.notification;

import static cn.xinfang.platform.system.TypedVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendMail} (发送邮件), an asynchronous job retried until the SMTP server answers. */
@Component("sendMailDelegate")
class SendMailDelegate implements JavaDelegate {

  private final MailDelivery delivery;

  SendMailDelegate(MailDelivery delivery) {
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    delivery.send(
        execution.getProcessBusinessKey(),
        text(execution, MailVariables.RECIPIENTS).split(","),
        text(execution, MailVariables.SUBJECT),
        text(execution, MailVariables.BODY));
  }
}
