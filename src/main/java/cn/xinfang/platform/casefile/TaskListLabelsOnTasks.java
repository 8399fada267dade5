package cn.xinfang.platform.casefile;

import cn.xinfang.platform.system.OnEveryUserTask;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
    OnEveryUserTask.onCreate(configuration, userTask -> COPY_LABELS);
  }
}
