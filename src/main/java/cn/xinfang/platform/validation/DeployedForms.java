package cn.xinfang.platform.validation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * Finds the Camunda Form a task or start event shows, as Tasklist would (its {@code
 * camunda:formRef} and binding), and its fields. Parsed forms are kept by form definition id: a
 * deployed form never changes.
 */
final class DeployedForms {

  private final Map<String, FormFields> parsed = new ConcurrentHashMap<>();

  FormFields of(TaskEntity task, CommandContext command) {
    if (task.getTaskDefinition() == null) {
      return FormFields.NONE;
    }
    return fields(task.getTaskDefinition().getTaskFormHandler().createTaskForm(task), command);
  }

  /** The start form's fields, or empty when the process has no Camunda Form to start with. */
  java.util.Optional<FormFields> ofStart(
      ProcessDefinitionEntity definition, CommandContext command) {
    if (definition.getStartFormHandler() == null) {
      return java.util.Optional.empty();
    }
    FormData start = definition.getStartFormHandler().createStartFormData(definition);
    if (start.getCamundaFormRef() == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(fields(start, command));
  }

  private FormFields fields(FormData form, CommandContext command) {
    CamundaFormRef ref = form.getCamundaFormRef();
    if (ref == null || ref.getKey() == null) {
      return FormFields.NONE;
    }
    CamundaFormDefinition definition =
        command.runWithoutAuthorization(
            new GetCamundaFormDefinitionCmd(ref, form.getDeploymentId()));
    if (definition == null) {
      return FormFields.NONE;
    }
    return parsed.computeIfAbsent(
        definition.getId(),
        id -> {
          ResourceEntity resource =
              command
                  .getResourceManager()
                  .findResourceByDeploymentIdAndResourceName(
                      definition.getDeploymentId(), definition.getResourceName());
          return FormFields.parse(resource.getBytes());
        });
  }
}
