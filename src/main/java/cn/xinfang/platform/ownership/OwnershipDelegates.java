package cn.xinfang.platform.ownership;

import static cn.xinfang.platform.ownership.OwnershipVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.notification.MailNotifier;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.system.CaseContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** The service tasks of {@code case-ownership}, one delegate each. */
final class OwnershipDelegates {

  private OwnershipDelegates() {}

  static long ownershipId(VariableScope scope) {
    return ((Number) scope.getVariable(OWNERSHIP_ID)).longValue();
  }

  /** {@code Task_OpenOwnership}: one ownership per case; a second request joins the open one. */
  @Component("openOwnershipDelegate")
  static class Open implements JavaDelegate {
    private final OwnershipService ownership;
    private final Organisation organisation;

    Open(OwnershipService ownership, Organisation organisation) {
      this.ownership = ownership;
      this.organisation = organisation;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String caseNo = CaseContext.caseNo(execution);
      OwnershipReason reason = OwnershipReason.of(text(execution, REASON));
      String level = text(execution, OWNER_LEVEL);
      OwnershipService.Opened opened =
          ownership.open(
              caseNo,
              reason,
              level,
              text(execution, REQUESTED_BY),
              text(execution, ASSIGN_REASON),
              execution.getProcessInstanceId());
      execution.setVariable(OWNERSHIP_ID, opened.id());
      execution.setVariable(JOINED, opened.joined());
      execution.setVariable(REASON_LABEL, reason.label());
      String suggested = ownership.suggestedUnit(caseNo, level);
      execution.setVariable(OWNER_UNIT, suggested);
      execution.setVariable(SUGGESTED_UNIT, organisation.nameOf(suggested));
    }
  }

  /** {@code Task_MeetingOverdue}, {@code Task_PlanOverdue}, … : the duty named in {@code what}. */
  @Component("ownershipMissedDelegate")
  static class Missed implements JavaDelegate {
    private final OwnershipService ownership;

    Missed(OwnershipService ownership) {
      this.ownership = ownership;
    }

    @Override
    public void execute(DelegateExecution execution) {
      ownership.missed(ownershipId(execution), text(execution, "what"));
    }
  }

  /** {@code Task_RemindOwner}: the target date is near. */
  @Component("ownershipReminderDelegate")
  static class Remind implements JavaDelegate {
    private final OwnershipService ownership;
    private final MailNotifier mail;

    Remind(OwnershipService ownership, MailNotifier mail) {
      this.ownership = ownership;
      this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Ownerships.Ownership o = ownership.get(ownershipId(execution));
      mail.mailGroup(
          o.caseNo(),
          o.ownerUnit() + "-leaders",
          "【领导包案】" + o.caseNo() + " 将于 " + o.targetDate() + " 到期",
          "您包案的信访事项 " + o.caseNo() + " 须于 " + o.targetDate() + " 前化解销号，请抓紧推进。");
    }
  }

  /** {@code Task_CheckLongOpen} of {@code ownership-watch}: the daily look at long-open cases. */
  @Component("checkLongOpenDelegate")
  static class CheckLongOpen implements JavaDelegate {
    private final OwnershipTriggers triggers;

    CheckLongOpen(OwnershipTriggers triggers) {
      this.triggers = triggers;
    }

    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariable("casesRequested", triggers.checkLongOpen());
    }
  }
}
