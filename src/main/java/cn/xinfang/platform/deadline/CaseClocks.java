package cn.xinfang.platform.deadline;

import cn.xinfang.platform.calendar.BusinessCalendar;
import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The running clocks of a case follow its case file: when a deadline moves (an extension, a
 * recount), the pending timers re-evaluate their BPMN date expressions and the open tasks their due
 * and follow-up date expressions. A timer already due is left alone: it fires for the deadline it
 * was set for.
 */
@Service
class CaseClocks {

  /** The handling period's overdue timer on {@code Sub_Handling} (department-handling). */
  static final String HANDLING_OVERDUE_TIMER = "Timer_HandlingOverdue";

  private final ManagementService management;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ProcessEngineConfigurationImpl engine;
  private final BusinessCalendar calendar;

  CaseClocks(ProcessEngine engine, BusinessCalendar calendar) {
    this.management = engine.getManagementService();
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.calendar = calendar;
  }

  /**
   * After an approved extension: the unit's pending handling timers move to the new deadline. False
   * when the overdue timer was not among them: the old deadline has passed, and the new one needs a
   * clock of its own.
   */
  boolean followExtension(String processInstanceId) {
    boolean overdueClockRunning =
        management
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .activityId(HANDLING_OVERDUE_TIMER)
                .timers()
                .duedateHigherThan(now())
                .count()
            > 0;
    moveTimers(processInstanceId);
    return overdueClockRunning;
  }

  /** After a recount: every timer and open task of the case (petition and units) follows. */
  void follow(String caseNo) {
    for (ProcessInstance instance :
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).list()) {
      moveTimers(instance.getId());
    }
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(caseNo).list()) {
      redate(task);
    }
  }

  private void moveTimers(String processInstanceId) {
    for (Job timer :
        management
            .createJobQuery()
            .processInstanceId(processInstanceId)
            .timers()
            .duedateHigherThan(now())
            .list()) {
      // re-evaluates the timer's timeDate expression (TimerDeclarationImpl.resolveAndSetDuedate)
      management.recalculateJobDuedate(timer.getId(), false);
    }
  }

  /** Sets the task's due and follow-up dates to what its model's expressions say now. */
  private void redate(Task task) {
    Date[] dates =
        engine
            .getCommandExecutorTxRequired()
            .execute(
                context -> {
                  TaskEntity entity = context.getTaskManager().findTaskById(task.getId());
                  return new Date[] {
                    evaluate(entity.getTaskDefinition().getDueDateExpression(), entity),
                    evaluate(entity.getTaskDefinition().getFollowUpDateExpression(), entity)
                  };
                });
    boolean changed = false;
    if (dates[0] != null && !Objects.equals(dates[0], task.getDueDate())) {
      task.setDueDate(dates[0]);
      changed = true;
    }
    if (dates[1] != null && !Objects.equals(dates[1], task.getFollowUpDate())) {
      task.setFollowUpDate(dates[1]);
      changed = true;
    }
    if (changed) {
      tasks.saveTask(task);
    }
  }

  private static Date evaluate(Expression expression, TaskEntity task) {
    return expression == null || task.getExecution() == null
        ? null
        : (Date) expression.getValue(task.getExecution());
  }

  private Date now() {
    return Date.from(calendar.now());
  }
}
