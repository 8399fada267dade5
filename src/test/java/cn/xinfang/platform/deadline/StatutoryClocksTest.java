package cn.xinfang.platform.deadline;

import static cn.xinfang.platform.handling.HandlingVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseView;
import cn.xinfang.platform.handling.HandlingVariables;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.notification.MailVariables;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.Definitions;
import cn.xinfang.platform.support.FiresTimers;
import cn.xinfang.platform.support.QueuedMail;
import cn.xinfang.platform.support.TestSmtp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * The statutory clocks as timers: reminders at half and 80% of a period, overdue at its end, an
 * extension that moves the handling deadline; mail through a real SMTP server. The engine clock is
 * moved and jobs fired by hand: no sleeping.
 */
class StatutoryClocksTest extends CaseTest {

  @RegisterExtension static GreenMailExtension smtp = TestSmtp.server();

  /**
   * Friday 2026-09-18, 09:00 in Beijing (01:00 UTC): the forward deadline runs into National Day.
   */
  static final Instant REGISTERED = Instant.parse("2026-09-18T01:00:00Z");

  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired FilterService filters;
  @Autowired DeadlineWatch watch;
  @Autowired RepositoryService repository;

  CaseTimers timers;

  @BeforeEach
  void startOfTheStory() {
    ClockUtil.setCurrentTime(Date.from(REGISTERED));
    timers = new CaseTimers(management, runtime);
  }

  @AfterEach
  void dropQueuedMail() {
    QueuedMail.drop(engine);
  }

  @Test
  @FiresTimers({"Timer_ForwardReminder", "Timer_ForwardLate", "Timer_ForwardOverdue"})
  void theBureauIsRemindedAtHalfAndLateAndTheCaseIsOverdueAtTheForwardDeadline() throws Exception {
    Registration r = flow.register(Petitions.claim(501).build());
    // 15 days from 09-18 is 10-03, a National Day holiday: the deadline rolls to 10-08
    assertThat(r.forwardDeadline()).isEqualTo(LocalDate.of(2026, 10, 8));
    Instant end = Instant.parse("2026-10-08T15:59:59.999Z");
    assertThat(timers.timer(r.caseNo(), "Timer_ForwardOverdue").getDuedate().toInstant())
        .isEqualTo(end);
    assertThat(timers.timer(r.caseNo(), "Timer_ForwardReminder").getDuedate().toInstant())
        .isEqualTo(
            REGISTERED.plusMillis(
                Math.round((end.toEpochMilli() - REGISTERED.toEpochMilli()) * 0.5)));
    assertThat(timers.timer(r.caseNo(), "Timer_ForwardLate").getDuedate())
        .isAfter(timers.timer(r.caseNo(), "Timer_ForwardReminder").getDuedate())
        .isBefore(timers.timer(r.caseNo(), "Timer_ForwardOverdue").getDuedate());
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceId(r.processInstanceId())
                .singleResult()
                .getDueDate()
                .toInstant())
        .isEqualTo(end);

    management.executeJob(timers.timer(r.caseNo(), "Timer_ForwardReminder").getId());
    deliverMail();
    assertThat(subjects()).containsOnly("【期限提醒】" + r.caseNo() + " 转送交办期限将届满");
    assertThat(recipients())
        .contains("registrar@demo.xinfang.local", "petition-bureau-official@demo.xinfang.local");

    // the same reminder again (a restart, a second node): nothing more goes out
    watch.remind(r.caseNo(), DeadlineWatch.PETITION_BUREAU, Period.FORWARD, "HALF");
    assertThat(mailJobs()).isEmpty();

    timers.fire(r.caseNo(), "Timer_ForwardLate");
    assertThat(view(r.caseNo()).record())
        .filteredOn(e -> e.action().equals("REMINDED"))
        .extracting(CaseView.Entry::detail)
        .containsExactly("转送交办期限将于 2026-10-08 届满，请抓紧办理", "转送交办期限将于 2026-10-08 届满，请抓紧办理");
    deliverMail();

    ClockUtil.setCurrentTime(Date.from(end.plusSeconds(1)));
    management.executeJob(timers.timer(r.caseNo(), "Timer_ForwardOverdue").getId());
    deliverMail();
    CaseView view = view(r.caseNo());
    assertThat(view.forwardOverdue()).isTrue();
    assertThat(view.record())
        .filteredOn(e -> e.action().equals("OVERDUE"))
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("转送交办期限已于 2026-10-08 届满"));
    assertThat(recipients()).contains("petition-bureau-leader@demo.xinfang.local");
    assertThat(desk.countVisible("registrar", r.caseNo(), "Task_ReviewRegistration")).isEqualTo(1);
  }

  @Test
  void theHandlingClockRunsFromSigningAndAnApprovedExtensionMovesItOnce() {
    Registration r = flow.register(Petitions.claim(502).build());
    flow.forward(r.caseNo(), null, "human-resources");
    flow.signFor("human-resources", r.caseNo());
    // signed 09-18: 60 days is 11-17, a Tuesday
    assertThat(unit(r.caseNo(), "human-resources").handlingDeadline())
        .isEqualTo(LocalDate.of(2026, 11, 17));
    assertThat(timers.timer(r.caseNo(), "Timer_HandlingOverdue").getDuedate().toInstant())
        .isEqualTo(Instant.parse("2026-11-17T15:59:59.999Z"));

    flow.requestExtension("human-resources", r.caseNo(), 20);
    // while the leader decides, the handling clock runs on
    Map<String, Date> waiting = handlingTimers(r);
    flow.approveExtension("human-resources", r.caseNo());

    CaseView.Unit unit = unit(r.caseNo(), "human-resources");
    assertThat(unit.extendedDays()).isEqualTo(20);
    assertThat(unit.handlingDeadline()).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(timers.timer(r.caseNo(), "Timer_HandlingOverdue").getDuedate().toInstant())
        .isEqualTo(Instant.parse("2026-12-07T15:59:59.999Z"));
    assertThat(
            desk.visibleTask("human-resources-official", r.caseNo(), "Task_HandleCase")
                .getDueDate()
                .toInstant())
        .isEqualTo(Instant.parse("2026-12-07T15:59:59.999Z"));
    CaseView.Notice told = notice(r.caseNo(), "EXTENSION");
    assertThat(told.statusLabel()).isEqualTo("待送达");
    assertThat(html(r.caseNo(), told)).contains("需等待不动产登记部门出具权属证明", "2026年12月7日");

    assertThatThrownBy(() -> flow.requestExtension("human-resources", r.caseNo(), 5))
        .hasMessageContaining("已延期一次，不能再次申请延期");
    assertThatThrownBy(() -> flow.requestExtension("human-resources", r.caseNo(), 31))
        .hasMessageContaining("延期天数应为 1 至 30 的整数");

    // the timers that ran while the leader decided are the ones that moved, none is new
    assertThat(handlingTimers(r))
        .hasSameSizeAs(waiting)
        .allSatisfy((id, due) -> assertThat(due).isAfter(waiting.get(id)));

    // the morning after the old deadline the job executor runs what is due: nothing marks the
    // unit overdue
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-18T01:00:00Z")));
    timers.due(r.caseNo()).forEach(job -> management.executeJob(job.getId()));
    assertThat(unit(r.caseNo(), "human-resources").handlingOverdue()).isFalse();
    assertThat(actions(r.caseNo())).doesNotContain(CaseAction.OVERDUE);
  }

  /** The case's handling timers (half, late, overdue) by job id, with their due dates. */
  private Map<String, Date> handlingTimers(Registration r) {
    Map<String, Date> found = new TreeMap<>();
    for (String timer :
        List.of("Timer_HandlingReminder", "Timer_HandlingLate", "Timer_HandlingOverdue")) {
      Job job = timers.timer(r.caseNo(), timer);
      found.put(job.getId(), job.getDuedate());
    }
    return found;
  }

  @Test
  @FiresTimers("Timer_HandlingOverdue")
  void anOverdueUnitIsRecordedToldWithItsLeadersAndListedAsOverdue() throws Exception {
    Registration r = flow.register(Petitions.claim(503).build());
    flow.forward(r.caseNo(), null, "human-resources");
    flow.signFor("human-resources", r.caseNo());
    deliverMail();
    smtp.purgeEmailFromAllMailboxes();

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-18T00:30:00Z")));
    management.executeJob(timers.timer(r.caseNo(), "Timer_HandlingOverdue").getId());
    deliverMail();

    assertThat(unit(r.caseNo(), "human-resources").handlingOverdue()).isTrue();
    // the unit and its leaders are told; the breach also opens a supervision, of which the
    // supervisors are told
    assertThat(subjects())
        .containsOnly(
            "【超期】" + r.caseNo() + " 办理期限已届满", "【督查督办】" + r.caseNo() + " 人力资源和社会保障局 新的督办事项");
    assertThat(recipients())
        .contains(
            "human-resources-official@demo.xinfang.local",
            "human-resources-leader@demo.xinfang.local",
            "supervisor@demo.xinfang.local");
    assertThat(desk.countVisible("human-resources-official", r.caseNo(), "Task_HandleCase"))
        .isEqualTo(1);
    assertThat(filtered("human-resources-official", "已超期"))
        .extracting(Task::getTaskDefinitionKey)
        .contains("Task_HandleCase");
    assertThat(filtered("police-official", "已超期")).isEmpty();
  }

  @Test
  @FiresTimers({"Timer_AcceptLate", "Timer_HandlingLate"})
  void theUnitIsRemindedWhenEachOfItsPeriodsIsNearlyOver() throws Exception {
    Registration r = flow.register(Petitions.claim(506).build());
    flow.forward(r.caseNo(), null, "human-resources");
    deliverMail();
    smtp.purgeEmailFromAllMailboxes();

    timers.fire(r.caseNo(), "Timer_AcceptLate");
    deliverMail();
    assertThat(subjects()).containsOnly("【期限提醒】" + r.caseNo() + " 签收受理期限将届满");
    assertThat(recipients()).contains("human-resources-official@demo.xinfang.local");

    smtp.purgeEmailFromAllMailboxes();
    flow.signFor("human-resources", r.caseNo());
    timers.fire(r.caseNo(), "Timer_HandlingLate");
    deliverMail();
    assertThat(subjects()).containsOnly("【期限提醒】" + r.caseNo() + " 办理期限将届满");

    assertThat(view(r.caseNo()).record())
        .filteredOn(e -> e.action().equals("REMINDED"))
        .extracting(CaseView.Entry::detail)
        .containsExactly(
            "签收受理期限将于 2026-10-08 届满，请抓紧办理",
            "办理期限将于 " + unit(r.caseNo(), "human-resources").handlingDeadline() + " 届满，请抓紧办理");
  }

  @Test
  void everyTimerOfThePetitionModelsIsFiredByATest() throws Exception {
    Set<String> timerEvents = new TreeSet<>();
    for (String process : List.of("petition", HandlingVariables.PROCESS_ID)) {
      repository
          .getBpmnModelInstance(Definitions.latest(repository, process))
          .getModelElementsByType(TimerEventDefinition.class)
          .forEach(t -> timerEvents.add(((BaseElement) t.getParentElement()).getId()));
    }
    assertThat(timerEvents)
        .contains("Timer_ForwardOverdue", "Timer_AcceptLate", "Timer_HandlingOverdue");

    Set<String> fired = firedByTests();
    assertThat(timerEvents.stream().filter(t -> !fired.contains(t)).toList())
        .as("timer events that no @FiresTimers test fires")
        .isEmpty();
  }

  /** The timers named by {@link FiresTimers} on the tests of the platform's test classes. */
  private static Set<String> firedByTests() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(
        (reader, factory) ->
            reader.getAnnotationMetadata().hasAnnotatedMethods(FiresTimers.class.getName()));
    Set<String> fired = new TreeSet<>();
    for (BeanDefinition test : scanner.findCandidateComponents("cn.xinfang.platform")) {
      for (Method method : Class.forName(test.getBeanClassName()).getDeclaredMethods()) {
        if (method.isAnnotationPresent(Test.class)
            && method.isAnnotationPresent(FiresTimers.class)) {
          fired.addAll(List.of(method.getAnnotation(FiresTimers.class).value()));
        }
      }
    }
    return fired;
  }

  @Test
  void aTaskDueWithinThreeWorkingDaysIsListedAsDueSoon() {
    Registration r = flow.register(Petitions.claim(504).build());
    flow.forward(r.caseNo(), null, "human-resources");
    assertThat(filtered("human-resources-official", "即将超期")).isEmpty();

    // accept deadline 10-08 (15 days, past National Day); on Monday 10-05 (holiday) it is 3 working
    // days away
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-10-05T01:00:00Z")));

    assertThat(filtered("human-resources-official", "即将超期"))
        .extracting(Task::getTaskDefinitionKey)
        .containsExactly("Task_SignFor");
    assertThat(filtered("human-resources-official", "已超期")).isEmpty();
  }

  @Test
  void everyUserTaskOfACaseHasADueDate() {
    Registration r = flow.register(Petitions.claim(505).build());
    flow.forward(r.caseNo(), null, "human-resources");
    flow.object("human-resources", r.caseNo());
    flow.refuseObjection(r.caseNo());
    flow.signFor("human-resources", r.caseNo());
    flow.requestExtension("human-resources", r.caseNo(), 10);
    desk.complete(
        "human-resources-leader",
        r.caseNo(),
        "Task_ApproveExtension",
        Map.of(EXTENSION_DECISION, REFUSE, EXTENSION_COMMENT, "无正当理由"));
    flow.handle("human-resources", r.caseNo());
    flow.leaderDecides("human-resources", r.caseNo(), APPROVE);
    flow.consolidate("human-resources", r.caseNo());
    flow.leaderDecidesReply("human-resources", r.caseNo(), APPROVE);

    List<HistoricTaskInstance> all =
        history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(r.caseNo()).list();
    assertThat(all)
        .extracting(HistoricTaskInstance::getTaskDefinitionKey)
        .contains(
            "Task_ReviewRegistration",
            "Task_SignFor",
            "Task_ReviewObjection",
            "Task_HandleCase",
            "Task_ApproveExtension",
            "Task_ApproveUnitReply",
            "Task_ConsolidateReply",
            "Task_ApproveReply");
    assertThat(all)
        .allSatisfy(t -> assertThat(t.getDueDate()).as(t.getTaskDefinitionKey()).isNotNull());
  }

  private List<Task> filtered(String user, String filterName) {
    String id = filters.createFilterQuery().filterName(filterName).singleResult().getId();
    Task[][] found = new Task[1][];
    desk.asUser(user, () -> found[0] = filters.<Task>list(id).toArray(Task[]::new));
    return Arrays.asList(found[0]);
  }

  private List<Job> mailJobs() {
    return management.createJobQuery().processDefinitionKey(MailVariables.PROCESS_ID).list();
  }

  private void deliverMail() {
    mailJobs().forEach(j -> management.executeJob(j.getId()));
  }

  private List<String> subjects() throws Exception {
    return Arrays.stream(smtp.getReceivedMessages())
        .map(StatutoryClocksTest::subject)
        .distinct()
        .toList();
  }

  private List<String> recipients() throws Exception {
    return Arrays.stream(smtp.getReceivedMessages())
        .flatMap(m -> Arrays.stream(recipientsOf(m)))
        .distinct()
        .toList();
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String[] recipientsOf(MimeMessage m) {
    try {
      return Arrays.stream(m.getAllRecipients()).map(Object::toString).toArray(String[]::new);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
