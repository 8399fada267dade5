package cn.xinfang.platform.inquiry;

import static cn.xinfang.platform.inquiry.InquiryVariables.INQUIRER_NAME;
import static cn.xinfang.platform.inquiry.InquiryVariables.QUESTION;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.casefile.TaskListLabels;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of {@code Start_InquiryRegistered}: an invalid registration starts nothing; a valid one is
 * labelled for Tasklist's lists (the inquirer masked, the question's start).
 */
@Component("validateInquiryRegistrationListener")
class ValidateInquiryRegistrationListener implements ExecutionListener {

  private final InquiryRules rules;

  ValidateInquiryRegistrationListener(InquiryRules rules) {
    this.rules = rules;
  }

  @Override
  public void notify(DelegateExecution execution) {
    rules.checkRegistration(execution);
    execution.setVariables(
        TaskListLabels.variables(
            null,
            TaskListLabels.petitioner(text(execution, INQUIRER_NAME), 1),
            TaskListLabels.summary(text(execution, QUESTION))));
  }
}
