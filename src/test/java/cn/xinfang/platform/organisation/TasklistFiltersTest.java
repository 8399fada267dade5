package cn.xinfang.platform.organisation;

import static cn.xinfang.platform.casefile.TaskListLabels.CASE_NO;
import static cn.xinfang.platform.casefile.TaskListLabels.CASE_SUMMARY;
import static cn.xinfang.platform.casefile.TaskListLabels.PETITIONER_LABEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import cn.xinfang.platform.inquiry.Inquiry;
import cn.xinfang.platform.inquiry.InquiryVariables;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.Definitions;
import cn.xinfang.platform.support.DemoUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist's shared filters list each task with its case: number, petitioner (masked) and summary,
 * so six tasks 登记受理 are told apart; in every process that has user tasks.
 */
class TasklistFiltersTest extends CaseTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONTENT =
      "某物业公司自二〇二五年起擅自提高物业费并停止电梯维护，小区三百余户居民多次向街道反映，至今未予解决，请求有关部门依法查处并督促整改。";

  @Autowired FilterService filterService;
  @Autowired TasklistFilters sharedFilters;
  @Autowired FormService forms;
  @Autowired RepositoryService repository;

  @LocalServerPort int port;

  @Test
  void everySharedFilterShowsCaseNumberPetitionerAndSummary() {
    for (String name : List.of("我的待办", "本单位待办", "即将超期", "已超期")) {
      assertThat(filter(name).getProperties().get("variables"))
          .as(name)
          .isEqualTo(
              List.of(
                  Map.of("name", "caseNo", "label", "案件编号"),
                  Map.of("name", "petitionerLabel", "label", "信访人"),
                  Map.of("name", "caseSummary", "label", "摘要")));
    }
  }

  @Test
  void filtersOfAnOlderVersionGetTheColumnsButTunedOnesAreLeftAlone() {
    Filter old = filter("本单位待办");
    Map<String, Object> withoutColumns = new HashMap<>(old.getProperties());
    withoutColumns.remove("variables");
    filterService.saveFilter(old.setProperties(withoutColumns));
    Filter mine = filter("我的待办");
    Map<String, Object> oldWording = new HashMap<>(mine.getProperties());
    oldWording.put("description", "已由我签收、正在办理的任务");
    filterService.saveFilter(mine.setProperties(oldWording));
    Filter tuned = filter("已超期");
    Map<String, Object> ownColumns = new HashMap<>(tuned.getProperties());
    List<Map<String, String>> adminsChoice = List.of(Map.of("name", "caseNo", "label", "编号"));
    ownColumns.put("variables", adminsChoice);
    filterService.saveFilter(tuned.setProperties(ownColumns));

    sharedFilters.ensureShared();

    assertThat(filter("本单位待办").getProperties().get("variables")).isEqualTo(TasklistFilters.COLUMNS);
    assertThat(filter("本单位待办").getProperties()).containsEntry("description", "本单位（我所在的组）可以办理的全部任务");
    assertThat(filter("已超期").getProperties().get("variables")).isEqualTo(adminsChoice);
    assertThat(filter("我的待办").getProperties()).containsEntry("description", "已由我认领、正在办理的任务");
  }

  @Test
  void aCaseIsListedWithItsNumberMaskedPetitionerAndSummaryAtEveryStep() throws Exception {
    Registration r =
        flow.register(
            Petitions.claim(931)
                .named("王小五")
                .headcount(3)
                .withRepresentatives(932)
                .about("housing")
                .content(CONTENT)
                .build());
    String summary = CONTENT.substring(0, 40) + "……";

    assertThat(listed("registrar", "本单位待办", task(r, "Task_ReviewRegistration")))
        .containsOnly(
            entry(CASE_NO, r.caseNo()),
            entry(PETITIONER_LABEL, "王*五等3人"),
            entry(CASE_SUMMARY, summary));

    flow.forward(r.caseNo(), null, "housing");
    assertThat(listed("housing-official", "本单位待办", task(r, "Task_SignFor")))
        .as("department-handling")
        .containsOnly(
            entry(CASE_NO, r.caseNo()),
            entry(PETITIONER_LABEL, "王*五等3人"),
            entry(CASE_SUMMARY, summary));

    flow.signFor("housing", r.caseNo());
    assertThat(listed("housing-official", "本单位待办", task(r, "Task_HandleCase")))
        .as("after a completed form")
        .containsOnly(
            entry(CASE_NO, r.caseNo()),
            entry(PETITIONER_LABEL, "王*五等3人"),
            entry(CASE_SUMMARY, summary));
    assertThat(listed("housing-official", "本单位待办", task(r, "Task_DeliverNotice")))
        .as("notice-delivery")
        .containsOnly(
            entry(CASE_NO, r.caseNo()),
            entry(PETITIONER_LABEL, "王*五等3人"),
            entry(CASE_SUMMARY, summary));
  }

  @Test
  void anInquiryIsListedWithTheInquirerMaskedAndItsQuestion() throws Exception {
    String processInstanceId =
        forms
            .submitStartForm(
                Definitions.latest(repository, InquiryVariables.PROCESS_ID),
                Inquiry.to("court").with(InquiryVariables.INQUIRER_NAME, "李四").variables())
            .getId();
    engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(processInstanceId)
        .list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    Task answer = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();

    assertThat(listed("court-official", "本单位待办", answer))
        .containsOnly(entry(PETITIONER_LABEL, "李*"), entry(CASE_SUMMARY, "村里征地补偿款什么时候发放？标准是多少？"));
  }

  /** The variables Tasklist shows for the task in the filter's list, as the REST API lists it. */
  private Map<String, Object> listed(String user, String filterName, Task task) throws Exception {
    DemoUser who = DemoUser.of(user, port);
    HttpResponse<String> list =
        who.send(
            who.request(
                    "/engine-rest/filter/" + filter(filterName).getId() + "/list?maxResults=100")
                .header("Accept", "application/hal+json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    for (JsonNode listed : JSON.readTree(list.body()).path("_embedded").path("task")) {
      if (listed.path("id").asText().equals(task.getId())) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (JsonNode variable : listed.path("_embedded").path("variable")) {
          variables.put(variable.path("name").asText(), variable.path("value").asText());
        }
        return variables;
      }
    }
    throw new AssertionError(task.getTaskDefinitionKey() + " not in " + filterName + " of " + user);
  }

  private Task task(Registration r, String taskKey) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(r.caseNo())
        .taskDefinitionKey(taskKey)
        .singleResult();
  }

  private Filter filter(String name) {
    return filterService.createFilterQuery().filterName(name).singleResult();
  }
}
