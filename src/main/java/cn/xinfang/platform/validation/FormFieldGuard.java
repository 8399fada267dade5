package cn.xinfang.platform.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A user task accepts only its own form's fields. Before the engine writes what a user submitted
 * (Tasklist's submit-form, {@code /engine-rest} complete or resolve, a start form, a REST start of
 * a process that has a start form), values for the form's read-only fields are dropped — Tasklist
 * sends them back — and any key the form does not let the user write, or any text longer than its
 * limit, refuses the whole submission in Chinese: nothing is written, the task stays open.
 */
final class FormFieldGuard extends CommandInterceptor {

  /** A process variable's text column holds at most this many characters. */
  static final int MAX_TEXT_VARIABLE = 4000;

  private final DeployedForms forms;
  private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

  FormFieldGuard(DeployedForms forms) {
    this.forms = forms;
  }

  @Override
  public <T> T execute(Command<T> command) {
    int level = depth.get() + 1;
    depth.set(level);
    try {
      guard(command, level == 1, Context.getCommandContext());
      return next.execute(command);
    } finally {
      if (level == 1) {
        depth.remove();
      } else {
        depth.set(level - 1);
      }
    }
  }

  private void guard(Command<?> command, boolean outermost, CommandContext context) {
    if (command instanceof CompleteTaskCmd complete) {
      Map<String, Object> submitted = SubmittedVariables.of(complete);
      if (submitted != null && !submitted.isEmpty()) {
        SubmittedVariables.replace(
            complete, accept(task(SubmittedVariables.taskId(complete), context), submitted));
      }
    } else if (command instanceof SubmitTaskFormCmd submit) {
      SubmittedVariables.replace(
          submit,
          accept(task(SubmittedVariables.taskId(submit), context), SubmittedVariables.of(submit)));
    } else if (command instanceof SubmitStartFormCmd start) {
      ProcessDefinitionEntity definition =
          definitions(context)
              .findDeployedProcessDefinitionById(SubmittedVariables.processDefinitionId(start));
      FormFields fields = forms.ofStart(definition, context).orElse(FormFields.NONE);
      SubmittedVariables.replace(start, accept(fields, SubmittedVariables.of(start)));
    } else if (outermost && isUser(context)) {
      if (command instanceof StartProcessInstanceCmd start) {
        guardStart(SubmittedVariables.instantiation(start), context);
      } else if (command instanceof StartProcessInstanceAtActivitiesCmd
          && !context.getAuthorizationManager().isCamundaAdmin(context.getAuthentication())) {
        throw new FormInputException(List.of("只能从开始事件启动流程；从中间环节启动仅限系统管理员"));
      }
    }
  }

  /** A user starting a process that has a start form writes that form's fields only. */
  private void guardStart(ProcessInstantiationBuilderImpl start, CommandContext context) {
    VariableMap submitted = Variables.fromMap(start.getVariables());
    if (submitted.isEmpty()) {
      return;
    }
    ProcessDefinitionEntity definition =
        start.getProcessDefinitionId() != null
            ? definitions(context).findDeployedProcessDefinitionById(start.getProcessDefinitionId())
            : definitions(context)
                .findDeployedLatestProcessDefinitionByKey(start.getProcessDefinitionKey());
    Optional<FormFields> fields = forms.ofStart(definition, context);
    if (fields.isPresent()) {
      VariableMap accepted = accept(fields.get(), submitted);
      start.getVariables().clear();
      start.setVariables(accepted);
    }
  }

  /** The task the user works on; the permission check comes first, so nobody learns its form. */
  private FormFields task(String taskId, CommandContext context) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return null;
    }
    for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
      checker.checkTaskWork(task);
    }
    return forms.of(task, context);
  }

  private VariableMap accept(FormFields fields, Map<String, Object> submitted) {
    VariableMap all = Variables.fromMap(submitted);
    if (fields == null) {
      // no such task: the engine answers that itself
      return all;
    }
    VariableMap accepted = Variables.createVariables();
    List<String> problems = new ArrayList<>();
    for (String key : all.keySet()) {
      if (fields.readOnly().contains(key)) {
        continue;
      }
      if (!fields.editable().contains(key)) {
        problems.add("表单中没有可填写的「" + key + "」，不能提交此项");
        continue;
      }
      TypedValue value = all.getValueTyped(key);
      if (value.getValue() instanceof String text) {
        Optional<TextField> limit = TextField.ofKey(key);
        int max = limit.map(TextField::maxLength).orElse(MAX_TEXT_VARIABLE);
        if (text.length() > max) {
          problems.add(limit.map(TextField::label).orElse(key) + "不能超过 " + max + " 个字");
          continue;
        }
      }
      accepted.putValueTyped(key, value);
    }
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    return accepted;
  }

  private static boolean isUser(CommandContext context) {
    Authentication authentication = context.getAuthentication();
    return authentication != null && authentication.getUserId() != null;
  }

  private static DeploymentCache definitions(CommandContext context) {
    return context.getProcessEngineConfiguration().getDeploymentCache();
  }
}
