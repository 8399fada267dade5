package cn.xinfang.platform.casefile;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * The text of the last written reply approved on a case ({@code replyText} of its processes: the
 * consolidated reply, or one written again after a review or a reopened hotline order).
 */
@Component
public class ReplyTexts {

  private final HistoryService history;

  ReplyTexts(HistoryService history) {
    this.history = history;
  }

  public Optional<String> latest(String caseNo) {
    List<String> instances =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(caseNo)
            .list()
            .stream()
            .map(HistoricProcessInstance::getId)
            .toList();
    if (instances.isEmpty()) {
      return Optional.empty();
    }
    return history
        .createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instances.toArray(String[]::new))
        .variableName("replyText")
        .list()
        .stream()
        .filter(v -> v.getValue() instanceof String)
        .max(
            Comparator.comparing(HistoricVariableInstance::getCreateTime)
                .thenComparing(HistoricVariableInstance::getId))
        .map(v -> (String) v.getValue());
  }
}
