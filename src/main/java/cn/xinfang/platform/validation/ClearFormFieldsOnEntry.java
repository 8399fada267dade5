package cn.xinfang.platform.validation;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * When a user task is created, its form's editable fields start empty: a decision taken in an
 * earlier round (申请退回 before a refused objection, 退回修改 before a reworked draft) must be taken
 * again, not submitted unchanged. Fields the task names in its {@code keptFields} extension
 * property keep their value (drafts being reworked, the dispatch catalogue's suggestion).
 */
final class ClearFormFieldsOnEntry implements TaskListener {

  private final DeployedForms forms;
  private final Set<String> kept;

  ClearFormFieldsOnEntry(DeployedForms forms, Set<String> kept) {
    this.forms = forms;
    this.kept = Set.copyOf(kept);
  }

  @Override
  public void notify(DelegateTask task) {
    FormFields fields = forms.of((TaskEntity) task, Context.getCommandContext());
    for (String field : fields.editable()) {
      if (!kept.contains(field)) {
        task.removeVariable(field);
      }
    }
  }
}
