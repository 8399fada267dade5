package cn.xinfang.platform.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.support.CaseTest;
import cn.xinfang.platform.support.FiresTimers;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The daily check gives a leader every case open for more than 90 days (久拖未结). */
class LongOpenCheckTest extends CaseTest {

  @Autowired ManagementService management;
  @Autowired Ownerships ownerships;

  @Test
  @FiresTimers({"Timer_DailyLongOpenCheck"})
  void aCaseOpenForMoreThanNinetyDaysIsOwnedAfterTheDailyCheck() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T01:00:00Z")));
    String old = flow.register(Petitions.claim(971).build()).caseNo();
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-05-30T01:00:00Z")));
    String recent = flow.register(Petitions.claim(972).build()).caseNo();

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-02T18:00:00Z")));
    Job daily =
        management.createJobQuery().processDefinitionKey("ownership-watch").timers().singleResult();
    management.executeJob(daily.getId());

    assertThat(ownerships.ofCase(old))
        .hasValueSatisfying(o -> assertThat(o.reason()).isEqualTo(OwnershipReason.LONG_OPEN));
    assertThat(ownerships.ofCase(recent)).isEmpty();
    assertThat(management.createJobQuery().processDefinitionKey("ownership-watch").timers().count())
        .as("the next day's check is scheduled")
        .isEqualTo(1);
  }
}
