package cn.xinfang.platform.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordNoAnswer}: the unit did not answer the supervision notice in time. */
@Component("recordNoAnswerDelegate")
class RecordNoAnswerDelegate implements JavaDelegate {

  private final SupervisionLadder ladder;

  RecordNoAnswerDelegate(SupervisionLadder ladder) {
    this.ladder = ladder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ladder.noAnswer(CloseSupervisionDelegate.supervisionId(execution));
  }
}
