package cn.xinfang.platform.ownership;

import static cn.xinfang.platform.ownership.OwnershipVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.system.CaseContext;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;
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

  /** {@code Task_RemindOwner}: the target date (3 months, or 4 when extended) is near. */
  @Component("ownershipReminderDelegate")
  static class Remind implements JavaDelegate {
    private final OwnershipService ownership;

    Remind(OwnershipService ownership) {
      this.ownership = ownership;
    }

    @Override
    public void execute(DelegateExecution execution) {
      long id = ownershipId(execution);
      ownership.remind(id, "化解销号", ownership.get(id).targetDate());
    }
  }

  /**
   * {@code Task_RemindMeeting}, {@code Task_RemindPlan}, {@code Task_RemindReport}: the duty named
   * in {@code what}, the user task {@code duty}, is half-way or nearly due. Its due date is read
   * from the open task, so the reminder says the date the owner sees in Tasklist.
   */
  @Component("ownershipDutyReminderDelegate")
  static class RemindDuty implements JavaDelegate {
    private final OwnershipService ownership;
    private final TaskService tasks;
    private final BusinessCalendar calendar;

    RemindDuty(OwnershipService ownership, TaskService tasks, BusinessCalendar calendar) {
      this.ownership = ownership;
      this.tasks = tasks;
      this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String duty = text(execution, "duty");
      Task open =
          tasks
              .createTaskQuery()
              .processInstanceId(execution.getProcessInstanceId())
              .taskDefinitionKey(duty)
              .singleResult();
      if (open == null || open.getDueDate() == null) {
        throw new IllegalStateException("包案职责 " + duty + " 没有在办任务或期限");
      }
      // a due date is the last moment of its day in Beijing
      LocalDate due = calendar.dateOf(open.getDueDate().toInstant());
      ownership.remind(ownershipId(execution), text(execution, "what"), due);
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
