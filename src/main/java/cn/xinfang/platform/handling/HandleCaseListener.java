package cn.xinfang.platform.handling;

import static cn.xinfang.platform.handling.HandlingVariables.*;
import static cn.xinfang.platform.intake.PetitionVariables.text;

import cn.xinfang.platform.validation.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of {@code Task_HandleCase} (办理): findings, measures and a draft reply opinion. */
@Component("handleCaseListener")
class HandleCaseListener implements TaskListener {

  private final UnitHandling handling;

  HandleCaseListener(UnitHandling handling) {
    this.handling = handling;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    String findings = input.requiredText(FINDINGS, "查明情况", 4000);
    String measures = input.requiredText(MEASURES, "处理措施", 4000);
    String draft = input.requiredText(DRAFT_REPLY, "答复意见（草稿）", 4000);
    input.check();
    handling.handled(
        text(task, CASE_NO), text(task, UNIT), task.getAssignee(), findings, measures, draft);
  }
}
