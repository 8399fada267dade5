package cn.xinfang.platform.handling;

import static cn.xinfang.platform.handling.HandlingVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.validation.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_HandleCase} (办理): findings, measures and a draft reply opinion, or a
 * request to extend the handling period once, by at most 30 days, with a reason.
 */
@Component("handleCaseListener")
class HandleCaseListener implements TaskListener {

  private final UnitHandling handling;

  HandleCaseListener(UnitHandling handling) {
    this.handling = handling;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNo = text(task, CASE_NO);
    String unit = text(task, UNIT);
    FormInput input = FormInput.of(task);
    String action = input.requiredChoice(HANDLING_ACTION, "办理结果", HANDLING_CHOICES);
    if (EXTEND.equals(action)) {
      Object days = task.getVariable(EXTENSION_DAYS);
      int max = handling.maxExtensionDays();
      if (!(days instanceof Number n)
          || n.intValue() < 1
          || n.intValue() > max
          || n.doubleValue() != n.intValue()) {
        input.reject("延期天数应为 1 至 " + max + " 的整数");
      }
      String reason = input.requiredText(EXTENSION_REASON, "延期理由", 2000);
      handling.extensionClosed(caseNo, unit).ifPresent(input::reject);
      input.check();
      task.setVariable(EXTENSION_DAYS, ((Number) days).intValue());
      handling.extensionRequested(
          caseNo, unit, task.getAssignee(), ((Number) days).intValue(), reason);
      return;
    }
    String findings = input.requiredText(FINDINGS, "查明情况", 4000);
    String measures = input.requiredText(MEASURES, "处理措施", 4000);
    String draft = input.requiredText(DRAFT_REPLY, "答复意见（草稿）", 4000);
    input.check();
    handling.handled(caseNo, unit, task.getAssignee(), findings, measures, draft);
  }
}
