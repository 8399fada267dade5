package cn.xinfang.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Fails a {@link FiresTimers} test that did not fire every timer it names. */
class TimerFiringCheck implements BeforeEachCallback, AfterEachCallback {

  private static final ExtensionContext.Namespace FIRED =
      ExtensionContext.Namespace.create(TimerFiringCheck.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    Map<String, Long> before = new HashMap<>();
    for (String timer : timers(context)) {
      before.put(timer, fired(context, timer));
    }
    context.getStore(FIRED).put("before", before);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void afterEach(ExtensionContext context) {
    Map<String, Long> before = context.getStore(FIRED).get("before", Map.class);
    for (String timer : timers(context)) {
      assertThat(fired(context, timer))
          .as("%s fired in this test", timer)
          .isGreaterThan(before.get(timer));
    }
  }

  private static String[] timers(ExtensionContext context) {
    return context.getRequiredTestMethod().getAnnotation(FiresTimers.class).value();
  }

  /** How often the timer event has fired: its finished activity instances in the history. */
  private static long fired(ExtensionContext context, String timer) {
    return SpringExtension.getApplicationContext(context)
        .getBean(HistoryService.class)
        .createHistoricActivityInstanceQuery()
        .activityId(timer)
        .finished()
        .count();
  }
}
