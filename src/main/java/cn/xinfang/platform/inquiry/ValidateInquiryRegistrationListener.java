package cn.xinfang.platform.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start of {@code Start_InquiryRegistered}: an invalid registration starts nothing. */
@Component("validateInquiryRegistrationListener")
class ValidateInquiryRegistrationListener implements ExecutionListener {

  private final InquiryRules rules;

  ValidateInquiryRegistrationListener(InquiryRules rules) {
    this.rules = rules;
  }

  @Override
  public void notify(DelegateExecution execution) {
    rules.checkRegistration(execution);
  }
}
