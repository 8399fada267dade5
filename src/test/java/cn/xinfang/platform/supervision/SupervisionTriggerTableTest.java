package cn.xinfang.platform.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.support.PlatformTest;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Each rule of {@code supervision-trigger.dmn}: where a supervision starts. */
@PlatformTest
class SupervisionTriggerTableTest {

  @Autowired DecisionService decisions;

  @ParameterizedTest(name = "{0}, {1} earlier, collective {2} → {3}")
  @CsvSource({
    // a supervisor's flag is flagged supervision
    "FLAGGED, 0, false, FLAGGED",
    // a repeat offender: supervised twice or more in 12 months
    "UNIT_OVERDUE, 2, false, FLAGGED",
    "DISSATISFIED, 3, false, FLAGGED",
    // passing the buck again after an earlier supervision
    "BUCK_PASSING, 1, false, FLAGGED",
    "UNIT_OVERDUE, 1, false, NOTICE",
    // a collective petition late or passed around
    "UNIT_OVERDUE, 0, true, FLAGGED",
    "FORWARD_OVERDUE, 0, true, FLAGGED",
    "BUCK_PASSING, 0, true, FLAGGED",
    "DISSATISFIED, 0, true, NOTICE",
    // otherwise the notice first
    "UNIT_OVERDUE, 0, false, NOTICE",
    "FORWARD_OVERDUE, 0, false, NOTICE",
    "BUCK_PASSING, 0, false, NOTICE",
    "OWNERSHIP_MILESTONE, 1, false, NOTICE"
  })
  void startsAt(String reason, int prior, boolean collective, String rung) {
    String result =
        decisions
            .evaluateDecisionTableByKey(
                "supervision-trigger",
                Variables.createVariables()
                    .putValue("reason", reason)
                    .putValue("priorSupervisions", prior)
                    .putValue("collective", collective))
            .getSingleResult()
            .getSingleEntry();
    assertThat(result).isEqualTo(rung);
  }
}
