package cn.xinfang.platform.privacy;

import cn.xinfang.platform.intake.PetitionVariables;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes the petitioners' personal data from the case file once the case's process history has
 * passed its time to live, the same period after which the engine's history cleanup removes the
 * history (removal-time based: a root process instance's end plus its definition's time to live). A
 * case qualifies when none of its process instances is running and the last of them ended more than
 * the period ago, or its history is already gone. What the monitoring counts stays: the case, its
 * units, dates, statuses, record actions, notices and ratings; the person and free texts that
 * describe them go. Only counts are logged and recorded, never the data.
 */
@Service
class CaseFileRetention {

  private static final Logger LOG = LoggerFactory.getLogger(CaseFileRetention.class);

  /** What a removed text reads as. */
  static final String REMOVED = "（保留期满，已删除）";

  private static final String REMOVED_NOTICE =
      "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>文书</title></head>"
          + "<body><p>本文书含信访人个人信息，保留期满，已删除。</p></body></html>";

  private static final int PAGE = 200;

  /** What one run removed. */
  record Result(int retentionDays, int cases, int petitioners) {}

  private final JdbcClient jdbc;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final RetentionSettings settings;
  private final TransactionTemplate transaction;

  CaseFileRetention(
      JdbcClient jdbc,
      RepositoryService repository,
      RuntimeService runtime,
      HistoryService history,
      RetentionSettings settings,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.repository = repository;
    this.runtime = runtime;
    this.history = history;
    this.settings = settings;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** The history time to live of the deployed {@code petition} process, in days. */
  Optional<Integer> processDays() {
    return latest(PetitionVariables.PROCESS_ID).map(ProcessDefinition::getHistoryTimeToLive);
  }

  Optional<ProcessDefinition> latest(String key) {
    return Optional.ofNullable(
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(key)
            .latestVersion()
            .singleResult());
  }

  /** The period: configured, or the petition process's time to live. */
  Optional<Integer> retentionDays() {
    return settings.caseFileDays() != null ? Optional.of(settings.caseFileDays()) : processDays();
  }

  /** Daily, after the engine's history cleanup window (01:00–05:00 Beijing). */
  @Scheduled(cron = "${platform.retention.cron}", zone = "${platform.zone}")
  void daily() {
    run();
  }

  Result run() {
    Optional<Integer> days = retentionDays();
    if (days.isEmpty()) {
      LOG.warn("信访事项办理流程未部署或未设历史保留期限，本次不清理案卷个人信息");
      return new Result(0, 0, 0);
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant cutoff = now.minus(Duration.ofDays(days.get()));
    int cases = 0;
    int petitioners = 0;
    String after = "";
    while (true) {
      List<String> page = candidates(cutoff, after);
      for (String caseNo : page) {
        if (expired(caseNo, cutoff)) {
          Integer removed = transaction.execute(status -> remove(caseNo, now));
          if (removed != null && removed >= 0) {
            cases++;
            petitioners += removed;
          }
        }
      }
      if (page.size() < PAGE) {
        break;
      }
      after = page.get(page.size() - 1);
    }
    if (cases > 0) {
      jdbc.sql(
              "insert into personal_data_retention_run (at, retention_days, cases, petitioners)"
                  + " values (?, ?, ?, ?)")
          .params(Timestamp.from(now), days.get(), cases, petitioners)
          .update();
      LOG.info("保留期满（{} 天）：已删除 {} 件案件中 {} 名信访人的个人信息", days.get(), cases, petitioners);
    }
    return new Result(days.get(), cases, petitioners);
  }

  /**
   * Cases still holding personal data and registered before the cut-off (a case cannot have ended
   * before it was registered), by case number after {@code after}.
   */
  private List<String> candidates(Instant cutoff, String after) {
    return jdbc.sql(
            "select case_no from petition_case where personal_data_removed_at is null"
                + " and registered_at < ? and case_no > ? order by case_no"
                + " fetch first "
                + PAGE
                + " rows only")
        .params(Timestamp.from(cutoff), after)
        .query(String.class)
        .list();
  }

  /**
   * None of the case's processes runs, and the last ended before the cut-off; no history at all
   * means the engine's cleanup removed it (or the case never had a process, e.g. 不再受理).
   */
  private boolean expired(String caseNo, Instant cutoff) {
    if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).count() > 0) {
      return false;
    }
    List<HistoricProcessInstance> instances =
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNo).list();
    return instances.stream()
        .allMatch(i -> i.getEndTime() != null && i.getEndTime().toInstant().isBefore(cutoff));
  }

  /**
   * The case's personal data removed, once (a second node finds it done): the number of its
   * petitioners, or -1 when another run was first.
   */
  private int remove(String caseNo, Instant now) {
    int claimed =
        jdbc.sql(
                "update petition_case set content = ?, personal_data_removed_at = ?"
                    + " where case_no = ? and personal_data_removed_at is null")
            .params(REMOVED, Timestamp.from(now), caseNo)
            .update();
    if (claimed == 0) {
      return -1;
    }
    int petitioners =
        jdbc.sql(
                "update petition_petitioner set name = '（已删除）', id_number = null, phone = null,"
                    + " address = null where case_no = ?")
            .param(caseNo)
            .update();
    update("delete from petition_open_matter where case_no = ?", caseNo);
    update(
        "update petition_unit set findings = null, measures = null, draft_reply = null"
            + " where case_no = ?",
        caseNo);
    update("update petition_event set detail = null where case_no = ?", caseNo);
    jdbc.sql("update petition_notice set html = ? where case_no = ?")
        .params(REMOVED_NOTICE, caseNo)
        .update();
    jdbc.sql("update case_review set request_text = ?, decision_text = null where case_no = ?")
        .params(REMOVED, caseNo)
        .update();
    update("update case_satisfaction set notes = null where case_no = ?", caseNo);
    update("update five_chiefs_reception set explanation = null where case_no = ?", caseNo);
    update("update proxy_step set parties = null, record_text = null where case_no = ?", caseNo);
    jdbc.sql(
            "update grid_event set citizen_name = null, citizen_phone = null, location = ?,"
                + " description = ? where case_no = ?")
        .params(REMOVED, REMOVED, caseNo)
        .update();
    update(
        "update hotline_evaluation set comment = null where order_no in"
            + " (select order_no from hotline_order where case_no = ?)",
        caseNo);
    update("update case_ownership set plan = null where case_no = ?", caseNo);
    jdbc.sql(
            "update case_ownership_event set text = ? where ownership_id in"
                + " (select id from case_ownership where case_no = ?)")
        .params(REMOVED, caseNo)
        .update();
    update("update supervision_trigger set detail = null where case_no = ?", caseNo);
    return petitioners;
  }

  private void update(String sql, String caseNo) {
    jdbc.sql(sql).param(caseNo).update();
  }
}
