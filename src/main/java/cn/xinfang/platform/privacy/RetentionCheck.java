package cn.xinfang.platform.privacy;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start, after the models are deployed: a configured retention period that differs from the
 * {@code petition} process's history time to live stops the platform, as the case file and the
 * engine's history would then keep a person for different periods. A process of the case whose time
 * to live differs is reported (its history, started on its own, would go earlier or later).
 */
@Component
class RetentionCheck implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionCheck.class);

  /** The processes that carry a case (business key: the case number) beside {@code petition}. */
  static final List<String> CASE_PROCESSES =
      List.of(
          "department-handling",
          "petition-aftercare",
          "petition-review",
          "review-request",
          "follow-up",
          "notice-delivery",
          "supervision",
          "case-ownership",
          "five-chiefs-reception",
          "proxy-handling",
          "hotline-reopen");

  private final CaseFileRetention retention;
  private final RetentionSettings settings;

  RetentionCheck(CaseFileRetention retention, RetentionSettings settings) {
    this.retention = retention;
    this.settings = settings;
  }

  @Override
  public void run(ApplicationArguments args) {
    Integer process = retention.processDays().orElse(null);
    Integer configured = settings.caseFileDays();
    if (configured != null && !configured.equals(process)) {
      throw new IllegalStateException(
          "platform.retention.case-file-days（"
              + configured
              + " 天）与信访事项办理流程（petition）的历史保留期限 historyTimeToLive（"
              + process
              + " 天）不一致：请改为一致，或删去该设置以沿用流程的期限");
    }
    for (String key : CASE_PROCESSES) {
      Integer days =
          retention.latest(key).map(ProcessDefinition::getHistoryTimeToLive).orElse(process);
      if (!Objects.equals(days, process)) {
        LOG.warn("流程 {} 的历史保留期限（{} 天）与信访事项办理流程（{} 天）不一致", key, days, process);
      }
    }
  }
}
