package cn.xinfang.platform.support;

import cn.xinfang.platform.deadline.CaseTimers;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A story told on the engine's clock: it starts on Monday 2026-06-01 at 09:00 in Beijing, timers
 * are fired by moving the clock to them, and the mail the story queued is dropped after it.
 */
public abstract class ClockedCaseTest extends CaseTest {

  /** Monday 2026-06-01, 09:00 in Beijing. */
  public static final Instant START = Instant.parse("2026-06-01T01:00:00Z");

  @Autowired protected ManagementService management;

  protected CaseTimers timers;

  @BeforeEach
  void startOfTheStory() {
    ClockUtil.setCurrentTime(Date.from(START));
    timers = new CaseTimers(management, runtime);
  }

  @AfterEach
  void dropQueuedMail() {
    QueuedMail.drop(engine);
  }
}
