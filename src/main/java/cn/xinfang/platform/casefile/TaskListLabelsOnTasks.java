package cn.xinfang.platform.casefile;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Every user task, of every deployed process, gets its own copy of the case's {@link
 * TaskListLabels} when it is created. Tasklist reads a filter's columns with the viewer's rights:
 * an official may read the tasks of their unit, not the whole process instance, so only the task's
 * own variables reach their list.
 */
@Component
class TaskListLabelsOnTasks extends AbstractProcessEnginePlugin {

  private static final List<String> LABELS =
      List.of(TaskListLabels.CASE_NO, TaskListLabels.PETITIONER_LABEL, TaskListLabels.CASE_SUMMARY);

  private static final TaskListener COPY_LABELS =
      task -> {
        for (String label : LABELS) {
          Object value = task.getVariable(label);
          if (value != null) {
            task.setVariableLocal(label, value);
          }
        }
      };

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
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
                  .addTaskListener(TaskListener.EVENTNAME_CREATE, COPY_LABELS);
            }
          }
        });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
