package cn.xinfang.platform.handling;

import static cn.xinfang.platform.handling.HandlingVariables.*;

import cn.xinfang.platform.system.CaseContext;
import cn.xinfang.platform.validation.FormInput;
import cn.xinfang.platform.validation.TextField;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of {@code Task_SignFor} (签收): sign for the case, or object with a reason in time. */
@Component("signForListener")
class SignForListener implements TaskListener {

  private final UnitHandling handling;

  SignForListener(UnitHandling handling) {
    this.handling = handling;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNo = CaseContext.caseNo(task);
    String unit = CaseContext.unit(task);
    FormInput input = FormInput.of(task);
    String decision = input.requiredChoice(SIGN_DECISION, "签收意见", SIGN_CHOICES);
    if (OBJECT.equals(decision)) {
      String reason = input.requiredText(TextField.OBJECTION_REASON);
      handling.objectionClosed(caseNo, unit).ifPresent(input::reject);
      input.check();
      handling.object(caseNo, unit, task.getAssignee(), reason);
    } else {
      input.check();
      handling.signFor(caseNo, unit, task.getAssignee());
    }
  }
}
