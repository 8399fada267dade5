package cn.xinfang.platform.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The pending timers of a case, in its petition instance and its units' instances: found by the
 * timer event's id, fired as the job executor would once the engine clock has reached them.
 */
public final class CaseTimers {

  private final ManagementService management;
  private final RuntimeService runtime;

  public CaseTimers(ManagementService management, RuntimeService runtime) {
    this.management = management;
    this.runtime = runtime;
  }

  /** The one pending timer {@code timerId} of the case. */
  public Job timer(String caseNo, String timerId) {
    List<Job> found = all(caseNo, timerId);
    assertThat(found).as("pending %s of %s", timerId, caseNo).hasSize(1);
    return found.get(0);
  }

  Optional<Job> find(String caseNo, String timerId) {
    List<Job> found = all(caseNo, timerId);
    assertThat(found).as("pending %s of %s", timerId, caseNo).hasSizeLessThan(2);
    return found.stream().findFirst();
  }

  public Instant due(String caseNo, String timerId) {
    return timer(caseNo, timerId).getDuedate().toInstant();
  }

  /** Moves the engine clock to the timer's due date and fires it. */
  public void fire(String caseNo, String timerId) {
    Job timer = timer(caseNo, timerId);
    if (ClockUtil.getCurrentTime().before(timer.getDuedate())) {
      ClockUtil.setCurrentTime(timer.getDuedate());
    }
    management.executeJob(timer.getId());
  }

  /** Every pending timer of the case. */
  List<Job> pending(String caseNo) {
    return instances(caseNo).stream()
        .flatMap(
            i -> management.createJobQuery().processInstanceId(i.getId()).timers().list().stream())
        .toList();
  }

  /** Timers of the case that are due by now: what the job executor would run. */
  List<Job> due(String caseNo) {
    Date now = ClockUtil.getCurrentTime();
    return pending(caseNo).stream().filter(j -> !j.getDuedate().after(now)).toList();
  }

  private List<Job> all(String caseNo, String timerId) {
    return instances(caseNo).stream()
        .flatMap(
            i ->
                management
                    .createJobQuery()
                    .processInstanceId(i.getId())
                    .timers()
                    .activityId(timerId)
                    .list()
                    .stream())
        .toList();
  }

  private List<ProcessInstance> instances(String caseNo) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).list();
  }
}
