package cn.xinfang.platform.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * What the platform does whenever a user task is created, on every user task of every deployed
 * process, designers' ones included: a parse listener adds it to each task's definition.
 */
public final class OnEveryUserTask {

  private OnEveryUserTask() {}

  /**
   * Called from a plugin's {@code preInit}; {@code listenerFor} gets the task's BPMN element, for
   * what its extension properties say.
   */
  public static void onCreate(
      ProcessEngineConfigurationImpl configuration, Function<Element, TaskListener> listenerFor) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
              behavior
                  .getTaskDefinition()
                  .addTaskListener(TaskListener.EVENTNAME_CREATE, listenerFor.apply(userTask));
            }
          }
        });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
