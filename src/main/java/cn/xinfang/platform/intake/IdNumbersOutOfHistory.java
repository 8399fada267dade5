package cn.xinfang.platform.intake;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps resident ID numbers out of the engine's history: the start form submits them, and with
 * history level {@code full} the engine would store every submitted value (form properties,
 * variable updates) where Cockpit's and the REST API's readers can see it unmasked. The case file
 * keeps them instead.
 */
@Component
class IdNumbersOutOfHistory extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    configuration
        .getCustomHistoryEventHandlers()
        .add(new Filter(PetitionVariables.ID_NUMBER_FIELDS));
  }

  /** The engine's own database history, minus events about the named fields. */
  static final class Filter extends DbHistoryEventHandler {

    private final Set<String> fields;

    Filter(Set<String> fields) {
      this.fields = Set.copyOf(fields);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isAbout(event)) {
        super.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }

    private boolean isAbout(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity variable) {
        return fields.contains(variable.getVariableName());
      }
      return event instanceof HistoricFormPropertyEventEntity form
          && fields.contains(form.getPropertyId());
    }
  }
}
