package cn.xinfang.platform.browser;

import static cn.xinfang.platform.intake.PetitionVariables.PROCESS_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A petition walked through 任务中心 as the people do it, each step in the browser: the registrar
 * registers and forwards, two units sign for and handle their parts (one with an extension), their
 * leaders approve, the lead unit consolidates the reply and its leader approves it. What a person
 * sees at each step is checked; everything seen is collected and reported at the end, so one wrong
 * screen does not hide the next.
 */
@BrowserTest
class PetitionWalkBrowserIT extends InTheBrowser {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final String LEAD = "natural-resources";
  private static final String TOWNSHIP = "township-1";

  @Autowired ProcessEngine engine;

  @Test
  void aLandPetitionForTwoUnitsIsWalkedFromRegistrationToTheApprovedReply() {
    String caseNo = registrarRegistersAfterAWrongIdNumber();
    registrarForwardsAsTheCatalogueSuggests(caseNo);

    officialSignsFor(LEAD, caseNo);
    officialAsksForExtension(LEAD, caseNo);
    leaderApprovesExtension(LEAD, caseNo);
    officialHandles(LEAD, caseNo);
    leaderApprovesUnitReply(LEAD, caseNo);

    officialSignsFor(TOWNSHIP, caseNo);
    officialHandles(TOWNSHIP, caseNo);
    leaderApprovesUnitReply(TOWNSHIP, caseNo);

    leadUnitConsolidates(caseNo);
    leadLeaderApprovesReply(caseNo);
    replyIsDelivered(caseNo);
    leadOfficialFollowsUp(caseNo);
    noReviewAskedWithin30Days(caseNo);

    assertThat(petition(caseNo).getEndTime()).as("the case is closed").isNotNull();
    recordShowsEveryStep(caseNo);
    assertThat(screen.screenshots.readmeShotsTaken())
        .containsExactlyInAnyOrder(
            ReadmeShot.TASKLIST_START_FORM_VALIDATION,
            ReadmeShot.TASKLIST_OFFICIAL,
            ReadmeShot.TASKLIST_REGISTRATION_REVIEW);
    seen.assertAll();
  }

  private String registrarRegistersAfterAWrongIdNumber() {
    TasklistPage tasklist = login.tasklistAs("registrar");
    sees("tasklist-registrar", "启动流程", "本单位待办");

    StartForm form = tasklist.startProcess("信访事项办理");
    form.select("来源渠道", "走访")
        .type("信访人姓名", "张三")
        .type("公民身份号码", "110105194912310021")
        .type("联系电话", "13900001111")
        .choose("信访类别", "申诉求决类")
        .select("事项类型", "土地征收与补偿")
        .select("所属地区", "第一镇一村")
        .type("信访内容", "村集体土地被占用，补偿款未发放");
    screen.expectError("submit-form - Failed to load resource: .*400");
    form.start();
    var messages = form.messages("公民身份号码有误");
    seen.assertThat(messages.stream().anyMatch(screen::inViewport))
        .as("the refusal 公民身份号码有误 is where the registrar looks, near 启动 (item 2)")
        .isTrue();
    sees("tasklist-start-form-validation", "公民身份号码有误");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count())
        .as("a refused start form starts nothing")
        .isZero();

    form.type("公民身份号码", "11010519491231002X");
    form.start();
    screen.waitFor(d -> form.dialogClosed());
    String caseNo = petitionNumbers().get(0);
    assertThat(caseNo).matches("XF-\\d{4}-\\d{6}");
    String toast = screen.waitFor(d -> tasklist.notification().orElse(null));
    seen.assertThat(toast).as("the registrar is told the case number (item 3)").contains(caseNo);
    sees("case-registered");
    return caseNo;
  }

  private void registrarForwardsAsTheCatalogueSuggests(String caseNo) {
    TasklistPage tasklist = login.tasklistAs("registrar").filter("本单位待办");
    seesCaseInList(tasklist, "登记受理", caseNo, "tasklist-official");
    Predicate<List<String>> onlyTheCase =
        listed -> !listed.isEmpty() && listed.stream().allMatch(entry -> entry.contains(caseNo));
    seen.assertThat(tasklist.search(caseNo, onlyTheCase))
        .as("typing a case number in the search box finds its tasks (item 4)")
        .isNotEmpty()
        .allMatch(entry -> entry.contains(caseNo));
    sees("tasklist-search-case-number", "案件编号");
    seen.assertThat(tasklist.search("XF-2026-999999", List::isEmpty))
        .as("a case number nobody has finds nothing")
        .isEmpty();
    tasklist.withoutSearch().filter("本单位待办");

    TaskForm task = tasklist.open("登记受理", caseNo).claim();
    seen.assertThat(Screen.englishIn(task.datePickerText()))
        .as("the date picker speaks Chinese (item 8)")
        .isEmpty();
    String taskId = task.taskId;
    task.changeFollowUpDateToDay(28);
    seen.assertThat(savedOnDay(28, () -> followUpOf(taskId)))
        .as("the registrar plans the task with a follow-up date from Tasklist (item 1)")
        .isNotNull()
        .matches(d -> d != null && d.getDayOfMonth() == 28, "is on the 28th");
    sees("follow-up-date-set");
    administratorMovesTheDueDate(task.taskId);

    task = login.tasklistAs("registrar").filter("我的待办").open("登记受理", caseNo);
    assertThat(task.shown("案件编号")).isEqualTo(caseNo);
    task.scrolledToTop();
    sees("tasklist-registration-review", "登记受理", "派单目录建议", "受理决定");
    task.choose("受理决定", "转送/交办责任单位");
    assertThat(task.ticked("责任单位"))
        .as("the catalogue's suggestion is ticked")
        .containsExactlyInAnyOrder("自然资源局", "第一镇");
    assertThat(task.shown("牵头单位（首办负责）")).isEqualTo("自然资源局");
    seesRecordLink(task, caseNo);
    task.scrollTo("责任单位");
    sees("registration-units-suggested", "责任单位", "牵头单位（首办负责）");
    task.complete();
    sees("registration-forwarded");
  }

  /** The due date is the statutory deadline: an administrator, not an official, moves it. */
  private void administratorMovesTheDueDate(String taskId) {
    TaskForm task = login.tasklistAs("admin").openLinked(taskId, "登记受理");
    task.changeDueDateToDay(28);
    seen.assertThat(savedOnDay(28, () -> dueOf(taskId)))
        .as("a due date changed in Tasklist sticks (item 1)")
        .isNotNull()
        .matches(d -> d != null && d.getDayOfMonth() == 28, "is on the 28th");
    sees("due-date-changed");
  }

  private void officialSignsFor(String unit, String caseNo) {
    TaskForm task = claimFromUnitList(unit + "-official", "签收", caseNo);
    task.choose("签收意见", "签收办理");
    sees(unit + "-sign-for", "签收", "签收意见");
    task.complete();
  }

  private void officialAsksForExtension(String unit, String caseNo) {
    TaskForm task = claimFromUnitList(unit + "-official", "办理并拟写答复意见", caseNo);
    task.choose("办理结果", "申请延期").type("延期天数", "15").type("延期理由", "需等待不动产登记部门出具权属证明");
    sees(unit + "-extension-request", "延期天数", "延期理由");
    task.complete();
  }

  private void leaderApprovesExtension(String unit, String caseNo) {
    TaskForm task = claimFromUnitList(unit + "-leader", "审批延期申请", caseNo);
    assertThat(task.shown("延期理由")).isEqualTo("需等待不动产登记部门出具权属证明");
    task.choose("审批意见", "批准延期").type("意见说明", "同意延期 15 日");
    sees(unit + "-extension-approval", "审批延期申请");
    task.complete();
  }

  private void officialHandles(String unit, String caseNo) {
    TaskForm task = claimFromUnitList(unit + "-official", "办理并拟写答复意见", caseNo);
    task.choose("办理结果", "办理完毕，报领导审批")
        .type("查明情况", "经调查，反映情况基本属实")
        .type("处理措施", "已责令限期发放补偿款")
        .type("答复意见（草稿）", "诉求合理，补偿款将于本月发放");
    sees(unit + "-handling", "查明情况", "处理措施");
    task.complete();
  }

  private void leaderApprovesUnitReply(String unit, String caseNo) {
    TaskForm task = claimFromUnitList(unit + "-leader", "单位领导审批", caseNo);
    assertThat(task.shown("查明情况")).isEqualTo("经调查，反映情况基本属实");
    task.choose("审批意见", "同意");
    sees(unit + "-unit-approval", "单位领导审批");
    task.complete();
    joinUnitsParts(caseNo);
  }

  private void leadUnitConsolidates(String caseNo) {
    TaskForm task = claimFromUnitList(LEAD + "-official", "汇总答复意见书", caseNo);
    assertThat(task.shown("各责任单位办理结果")).contains("经调查，反映情况基本属实");
    task.type("答复意见书", "经自然资源局与第一镇调查核实，补偿款将于本月发放到位。");
    sees("consolidate-reply", "汇总答复意见书", "各责任单位办理结果");
    task.complete();
  }

  private void leadLeaderApprovesReply(String caseNo) {
    TaskForm task = claimFromUnitList(LEAD + "-leader", "审批答复意见书", caseNo);
    task.choose("审批意见", "同意，送达信访人");
    sees("reply-approval", "审批答复意见书");
    task.complete();
  }

  /** Whoever delivered the reply records it (the date picker is not what this walk is about). */
  private void replyIsDelivered(String caseNo) {
    var tasks = engine.getTaskService();
    var deliver =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(caseNo)
            .taskDefinitionKey("Task_DeliverNotice")
            .processVariableValueEquals("noticeTitle", "答复意见书")
            .singleResult();
    engine.getIdentityService().setAuthentication(LEAD + "-official", List.of(LEAD));
    try {
      tasks.complete(
          deliver.getId(),
          java.util.Map.of(
              "deliveryWay", "IN_PERSON", "deliveredOn", LocalDate.now(BEIJING).toString()));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** 回访 in Tasklist: the lead unit's official asks the petitioner and records the answer. */
  private void leadOfficialFollowsUp(String caseNo) {
    TaskForm task = claimFromUnitList(LEAD + "-official", "回访信访人", caseNo);
    task.choose("满意度", "满意");
    task.select("回访方式", "电话回访");
    task.type("回访情况（不满意的须写明原因）", "信访人对补偿款发放安排表示满意");
    sees("follow-up", "回访信访人", "满意度", "回访方式");
    task.complete();
  }

  /** The 30 days to ask for a review pass without a request: the case is closed (办结). */
  private void noReviewAskedWithin30Days(String caseNo) {
    String aftercare =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey("petition-aftercare")
            .processInstanceBusinessKey(caseNo)
            .singleResult()
            .getId();
    ManagementService jobs = engine.getManagementService();
    jobs.executeJob(
        jobs.createJobQuery()
            .processInstanceId(aftercare)
            .activityId("Catch_WindowClosed")
            .singleResult()
            .getId());
  }

  /** The case record (item 7), opened from a task form's link, lists every step of the walk. */
  private void recordShowsEveryStep(String caseNo) {
    login.tasklistAs("registrar");
    screen.open("http://localhost:" + port + "/api/petitions/" + caseNo + "/record");
    String record = screen.visibleText();
    screen.shoot("case-record");
    seen.assertThat(record)
        .as("the case record shows every step (item 7)")
        .contains(caseNo, "登记受理", "签收", "办理", "延期", "单位领导审批", "汇总答复意见书", "审批答复意见书", "回访信访人", "办结");
    seen.assertThat(screen.englishOnScreen()).as("English on the case record").isEmpty();
    seen.assertThat(screen.consoleErrors()).as("console errors on the case record").isEmpty();
  }

  /** An official logs in, finds the task in 本单位待办 with its case number, opens and claims it. */
  private TaskForm claimFromUnitList(String user, String taskName, String caseNo) {
    TasklistPage tasklist = login.tasklistAs(user).filter("本单位待办");
    seesCaseInList(tasklist, taskName, caseNo, null);
    TaskForm task = tasklist.open(taskName, caseNo);
    if (task.claimable()) {
      seen.assertThat(screen.visibleText())
          .as("an unclaimed form says to 认领 first (item 6)")
          .contains("请先点击任务右上角的「认领」");
      seen.assertThat(task.recordLink(caseNo).filter(screen::clickable))
          .as("the case record opens from a task before 认领 (item 7)")
          .isPresent();
      task.claim();
    }
    seen.assertThat(screen.isShown(By.cssSelector(".create-task-action")))
        .as("an official is not offered 创建任务 (item 9)")
        .isFalse();
    seen.assertThat(task.shown("案件编号"))
        .as("the form of %s names the case", taskName)
        .isEqualTo(caseNo);
    seesRecordLink(task, caseNo);
    return task;
  }

  private void seesCaseInList(TasklistPage tasklist, String taskName, String caseNo, String shot) {
    String entry = tasklist.entry(taskName, caseNo).getText();
    seen.assertThat(entry)
        .as("%s in 本单位待办 shows the case number (item 4)", taskName)
        .contains(caseNo);
    if (shot != null) {
      sees(shot);
    }
  }

  private void seesRecordLink(TaskForm task, String caseNo) {
    seen.assertThat(task.recordLink(caseNo))
        .as("the task form links to the case record (item 7)")
        .isPresent();
  }

  private List<String> petitionNumbers() {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_ID)
        .list()
        .stream()
        .map(HistoricProcessInstance::getBusinessKey)
        .toList();
  }

  private HistoricProcessInstance petition(String caseNo) {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_ID)
        .processInstanceBusinessKey(caseNo)
        .singleResult();
  }

  /**
   * A date as the database holds it once Tasklist's save of that day has arrived (or 10 s passed).
   */
  private static LocalDate savedOnDay(int day, Supplier<LocalDate> date) {
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    LocalDate seen = date.get();
    while (!(seen != null && seen.getDayOfMonth() == day) && System.nanoTime() < until) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      seen = date.get();
    }
    return seen;
  }

  private LocalDate followUpOf(String taskId) {
    var task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    return task.getFollowUpDate() == null
        ? null
        : task.getFollowUpDate().toInstant().atZone(BEIJING).toLocalDate();
  }

  private LocalDate dueOf(String taskId) {
    var task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    return task.getDueDate() == null
        ? null
        : task.getDueDate().toInstant().atZone(BEIJING).toLocalDate();
  }

  /**
   * The engine joins a unit's approved part to the case in an asynchronous job (the job executor's
   * work in production); the test runs the case's pending jobs between the people's steps.
   */
  private void joinUnitsParts(String caseNo) {
    ManagementService jobs = engine.getManagementService();
    String petition = petition(caseNo).getId();
    jobs.createJobQuery()
        .processInstanceId(petition)
        .activityId("CallActivity_DepartmentHandling")
        .list()
        .forEach(job -> jobs.executeJob(job.getId()));
  }
}
