package cn.xinfang.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.casefile.CaseView;
import cn.xinfang.platform.casefile.CaseViews;
import cn.xinfang.platform.intake.PetitionRegistry;
import cn.xinfang.platform.intake.PetitionVariables;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.CaseFlow;
import cn.xinfang.platform.support.Desk;
import cn.xinfang.platform.support.PostgresPlatformTest;
import cn.xinfang.platform.support.QueuedMail;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Retention on PostgreSQL: a case whose processes ended longer ago than the petition process's
 * history time to live loses its history to the engine's history cleanup and its petitioners'
 * personal data to the retention job; a case ended recently, and one still running, keep both. What
 * the monitoring counts (the case, its status, dates, record entries, notices) stays.
 */
@PostgresPlatformTest
class CaseFileRetentionOnPostgresTest {

  /** Monday 2026-06-01, 09:00 in Beijing. */
  private static final Instant START = Instant.parse("2026-06-01T01:00:00Z");

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired PetitionRegistry registry;
  @Autowired CaseViews views;
  @Autowired CaseFileRetention retention;
  @Autowired JdbcClient jdbc;

  private CaseFlow flow;

  @BeforeEach
  void openTheDesk() {
    flow = new CaseFlow(registry, new Desk(identity, tasks), engine);
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
    identity.clearAuthentication();
  }

  @Test
  void aCaseEndedLongerAgoThanItsTimeToLiveLosesHistoryAndPersonalDataARecentOneKeepsBoth() {
    assertThat(retention.retentionDays()).hasValue(1825);

    at(START);
    String old = endedCase(1, "2026-06-01");
    String running = flow.register(Petitions.claimBy("19700808", 2).build()).caseNo();
    int oldEntries = view(old).record().size();

    Instant recentEnd = START.plus(Duration.ofDays(1000));
    at(recentEnd);
    String recent = endedCase(3, recentEnd.atZone(BEIJING).toLocalDate().toString());
    QueuedMail.drop(engine);

    // one day past the old case's time to live, less than that for the recent one
    at(START.plus(Duration.ofDays(1826)));
    cleanUpHistory();

    assertThat(historyOf(old)).isZero();
    assertThat(historyOf(recent)).isPositive();
    assertThat(historyOf(running)).isPositive();

    CaseFileRetention.Result result = retention.run();

    assertThat(result.cases()).isEqualTo(1);
    assertThat(result.petitioners()).isEqualTo(1);
    CaseView removed = view(old);
    assertThat(removed.petitioners())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("（已删除）");
              assertThat(p.idNumber()).isNull();
              assertThat(p.phone()).isNull();
              assertThat(p.address()).isNull();
            });
    assertThat(removed.content()).isEqualTo(CaseFileRetention.REMOVED);
    assertThat(removed.record()).allSatisfy(e -> assertThat(e.detail()).isNull());
    assertThat(noticeHtml(old)).allSatisfy(html -> assertThat(html).doesNotContain("李1"));
    // what the monitoring counts stays: the case, its status, dates, record entries and notices
    assertThat(removed.status()).isEqualTo("LEGAL_PROCEDURE");
    assertThat(removed.registeredAt().toInstant()).isEqualTo(START);
    assertThat(removed.record()).hasSize(oldEntries);
    assertThat(removed.notices())
        .singleElement()
        .satisfies(n -> assertThat(n.deliveredOn()).isNotNull());

    assertThat(view(recent).petitioners())
        .singleElement()
        .satisfies(p -> assertThat(p.idNumber()).isEqualTo(idNumber(3)));
    assertThat(view(recent).content()).isNotEqualTo(CaseFileRetention.REMOVED);
    assertThat(view(running).petitioners())
        .singleElement()
        .satisfies(p -> assertThat(p.idNumber()).isEqualTo(idNumber(2)));

    // recorded as counts, never the data; a second run finds nothing left to do
    assertThat(
            jdbc.sql("select retention_days, cases, petitioners from personal_data_retention_run")
                .query()
                .listOfRows())
        .containsExactly(Map.of("retention_days", 1825, "cases", 1, "petitioners", 1));
    assertThat(retention.run().cases()).isZero();

    // the recent case goes too once its own time to live has passed
    at(recentEnd.plus(Duration.ofDays(1826)));
    cleanUpHistory();
    assertThat(historyOf(recent)).isZero();
    assertThat(retention.run().cases()).isEqualTo(1);
    assertThat(view(recent).petitioners())
        .singleElement()
        .satisfies(p -> assertThat(p.idNumber()).isNull());
    assertThat(view(running).petitioners())
        .singleElement()
        .satisfies(p -> assertThat(p.idNumber()).isEqualTo(idNumber(2)));
  }

  /** A matter diverted into legal procedure, its non-acceptance notice delivered: nothing runs. */
  private String endedCase(int seq, String day) {
    Registration r =
        flow.register(Petitions.claimBy("19700808", seq).about("court-case").lawRelated().build());
    flow.decide(r.caseNo(), PetitionVariables.LEGAL_PROCEDURE, "属于民事诉讼事项，应依法向人民法院提起诉讼");
    long notice = view(r.caseNo()).notices().get(0).id();
    flow.deliver("registrar", r.caseNo(), notice, "POST", day);
    QueuedMail.drop(engine);
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(r.caseNo())
                .count())
        .as("processes of %s still running", r.caseNo())
        .isZero();
    return r.caseNo();
  }

  /** The engine's history cleanup, as its nightly job would run it. */
  private void cleanUpHistory() {
    Job job = history.cleanUpHistoryAsync(true);
    management.executeJob(job.getId());
  }

  private long historyOf(String caseNo) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNo).count();
  }

  private List<String> noticeHtml(String caseNo) {
    return jdbc.sql("select html from petition_notice where case_no = ?")
        .param(caseNo)
        .query(String.class)
        .list();
  }

  private CaseView view(String caseNo) {
    return views.view(caseNo).orElseThrow();
  }

  private static String idNumber(int seq) {
    return Petitions.claimBy("19700808", seq).build().petitioners().get(0).idNumber();
  }

  private static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
