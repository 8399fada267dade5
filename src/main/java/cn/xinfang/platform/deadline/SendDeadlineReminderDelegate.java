package cn.xinfang.platform.deadline;

import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.system.CaseContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The reminder steps ({@code Task_RemindForward}, {@code Task_RemindAccept}, {@code
 * Task_RemindHandling} and their late twins): which period and step come as input parameters.
 */
@Component("sendDeadlineReminderDelegate")
class SendDeadlineReminderDelegate implements JavaDelegate {

  static final String PERIOD = "period";
  static final String STEP = "reminderStep";

  private final DeadlineWatch watch;

  SendDeadlineReminderDelegate(DeadlineWatch watch) {
    this.watch = watch;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Period period = Period.valueOf(text(execution, PERIOD));
    watch.remind(
        CaseContext.caseNo(execution), unitOf(execution, period), period, text(execution, STEP));
  }

  static String unitOf(DelegateExecution execution, Period period) {
    return period == Period.FORWARD ? DeadlineWatch.PETITION_BUREAU : CaseContext.unit(execution);
  }
}
