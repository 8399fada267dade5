package cn.xinfang.platform.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.support.PlatformTest;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each rule of {@code case-ownership-trigger.dmn}: whether a case is owned, why, at which level.
 */
@PlatformTest
class OwnershipTriggerTableTest {

  @Autowired DecisionService decisions;

  @ParameterizedTest(
      name = "{0} earlier, {1} people, skipping {2}, {3} days, risk {4} → {5} {6} {7}")
  @CsvSource({
    "0, 1, false, 0, true, true, HIGH_RISK, district",
    "3, 9, true, 100, true, true, HIGH_RISK, district",
    "0, 1, true, 0, false, true, LEVEL_SKIPPING, district",
    "0, 5, false, 0, false, true, COLLECTIVE, district",
    "2, 5, false, 0, false, true, COLLECTIVE, district",
    "2, 1, false, 0, false, true, REPEATED, township",
    "5, 1, false, 120, false, true, REPEATED, township",
    "0, 1, false, 91, false, true, LONG_OPEN, district",
    "1, 4, false, 90, false, false, ,",
    "0, 1, false, 0, false, false, ,"
  })
  void decides(
      int prior,
      int headcount,
      boolean skipping,
      long daysOpen,
      boolean risk,
      boolean required,
      String reason,
      String level) {
    Map<String, Object> result =
        decisions
            .evaluateDecisionTableByKey(
                OwnershipTriggers.DECISION,
                Variables.createVariables()
                    .putValue("priorPetitions", prior)
                    .putValue("headcount", headcount)
                    .putValue("levelSkipping", skipping)
                    .putValue("daysOpen", daysOpen)
                    .putValue("highRisk", risk))
            .getSingleResult()
            .getEntryMap();
    assertThat(result.get("required")).isEqualTo(required);
    assertThat(result.get("reason")).isEqualTo(reason);
    assertThat(result.get("ownerLevel")).isEqualTo(level);
  }
}
