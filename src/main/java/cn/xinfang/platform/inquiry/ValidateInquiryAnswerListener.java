package cn.xinfang.platform.inquiry;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of {@code Task_AnswerInquiry}: an invalid answer leaves the task open. */
@Component("validateInquiryAnswerListener")
class ValidateInquiryAnswerListener implements TaskListener {

  private final InquiryRules rules;

  ValidateInquiryAnswerListener(InquiryRules rules) {
    this.rules = rules;
  }

  @Override
  public void notify(DelegateTask task) {
    rules.checkAnswer(task);
  }
}
