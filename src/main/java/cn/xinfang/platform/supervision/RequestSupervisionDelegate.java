package cn.xinfang.platform.supervision;

import cn.xinfang.platform.system.CaseContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RequestUnitSupervision} and {@code Task_RequestBureauSupervision} of {@code
 * petition}: a clock's escalation ({@code unit-overdue}, {@code forward-overdue}) was caught; the
 * breaches the clocks noted on the case go to supervision.
 */
@Component("requestSupervisionDelegate")
class RequestSupervisionDelegate implements JavaDelegate {

  private final SupervisionRequests requests;

  RequestSupervisionDelegate(SupervisionRequests requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.handOverBreaches(CaseContext.caseNo(execution));
  }
}
