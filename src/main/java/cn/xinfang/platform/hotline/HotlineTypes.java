package cn.xinfang.platform.hotline;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * The hotline's request types: emergencies, which belong to another line, and everything else,
 * mapped by {@code processes/hotline-type.dmn} (12345 诉求类型映射, for designers to edit).
 */
@Component
class HotlineTypes {

  static final String DECISION = "hotline-type";

  /** Emergencies and the line the caller is to ring instead. */
  static final Map<String, String> EMERGENCIES =
      Map.of(
          "POLICE_110", "110 报警电话",
          "FIRE_119", "119 火警电话",
          "MEDICAL_120", "120 急救电话",
          "TRAFFIC_122", "122 交通事故报警电话");

  /** What the petition track makes of a request type. */
  record Mapping(String matterType, String category, String complexity) {}

  private final DecisionService decisions;

  HotlineTypes(DecisionService decisions) {
    this.decisions = decisions;
  }

  Optional<String> emergencyLine(String type) {
    return Optional.ofNullable(EMERGENCIES.get(type));
  }

  Mapping of(String type) {
    DmnDecisionRuleResult row =
        decisions
            .evaluateDecisionTableByKey(DECISION)
            .variables(Map.of("type", type))
            .evaluate()
            .getFirstResult();
    return new Mapping(
        row.getEntry("matterType"), row.getEntry("category"), row.getEntry("complexity"));
  }
}
