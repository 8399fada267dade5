package cn.xinfang.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.springframework.stereotype.Component;

/** Puts {@link TaskDatesChecker} in place of the engine's own authorization checker. */
@Component
class TaskDatesPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandChecker> checkers = new ArrayList<>();
    if (configuration.getCommandCheckers() == null) {
      checkers.add(new TenantCommandChecker());
      checkers.add(new TaskDatesChecker());
    } else {
      for (CommandChecker checker : configuration.getCommandCheckers()) {
        checkers.add(
            checker.getClass() == AuthorizationCommandChecker.class
                ? new TaskDatesChecker()
                : checker);
      }
    }
    configuration.setCommandCheckers(checkers);
  }
}
