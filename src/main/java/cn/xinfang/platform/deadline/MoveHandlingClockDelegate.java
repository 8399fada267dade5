package cn.xinfang.platform.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_MoveHandlingClock} (顺延办理期限计时): after an approved extension the unit's handling timers
 * move with the deadline; {@code overdueClockRunning} tells the model whether the overdue timer
 * moved too, or had already fired and the new deadline needs its own clock.
 */
@Component("moveHandlingClockDelegate")
class MoveHandlingClockDelegate implements JavaDelegate {

  static final String OVERDUE_CLOCK_RUNNING = "overdueClockRunning";

  private final CaseClocks clocks;

  MoveHandlingClockDelegate(CaseClocks clocks) {
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(
        OVERDUE_CLOCK_RUNNING, clocks.followExtension(execution.getProcessInstanceId()));
  }
}
