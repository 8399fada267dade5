package cn.xinfang.platform.deadline;

import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.system.CaseContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The breach steps ({@code Task_RecordForwardOverdue}, {@code Task_RecordAcceptOverdue}, {@code
 * Task_RecordHandlingOverdue}): the period comes as an input parameter.
 */
@Component("recordOverdueDelegate")
class RecordOverdueDelegate implements JavaDelegate {

  private final DeadlineWatch watch;

  RecordOverdueDelegate(DeadlineWatch watch) {
    this.watch = watch;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Period period = Period.valueOf(text(execution, SendDeadlineReminderDelegate.PERIOD));
    watch.breach(
        CaseContext.caseNo(execution),
        SendDeadlineReminderDelegate.unitOf(execution, period),
        period);
  }
}
