package cn.xinfang.platform.routing;

import static cn.xinfang.platform.intake.PetitionVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.system.CaseContext;
import cn.xinfang.platform.validation.FormInput;
import cn.xinfang.platform.validation.TextField;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_ReviewRegistration} (登记受理): the registrar's decision is checked on the
 * server and recorded; changing the catalogue's units or lead needs a reason.
 */
@Component("reviewRegistrationListener")
class ReviewRegistrationListener implements TaskListener {

  static final Map<String, String> DECISIONS =
      Map.of(FORWARD, "转送交办", LEGAL_PROCEDURE, "导入法律程序", ACCUSATION, "转纪委监委");

  private final Organisation organisation;
  private final CaseRecord record;

  ReviewRegistrationListener(Organisation organisation, CaseRecord record) {
    this.organisation = organisation;
    this.record = record;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    String decision = input.requiredChoice(ACCEPTANCE_DECISION, "受理决定", DECISIONS);
    input.check();
    task.setVariable(REVIEWED_BY, task.getAssignee());
    if (FORWARD.equals(decision)) {
      forward(task, input, CaseContext.caseNo(task));
    } else {
      input.requiredText(TextField.DECISION_NOTE);
      input.check();
    }
  }

  private void forward(DelegateTask task, FormInput input, String caseNo) {
    List<String> units = UnitList.read(task, RESPONSIBLE_UNITS);
    String lead = input.requiredValue(LEAD_UNIT, "牵头单位");
    if (units.isEmpty()) {
      input.reject("请至少选择一个责任单位");
    }
    for (String unit : units) {
      if (organisation.unit(unit).isEmpty()) {
        input.reject("责任单位不存在：" + unit);
      }
    }
    if (lead != null && !units.contains(lead)) {
      input.reject("牵头单位必须是所选责任单位之一");
    }
    String catalogueLead = text(task, RouteByCatalogueDelegate.CATALOGUE_LEAD);
    Set<String> suggested =
        new HashSet<>(UnitList.read(task, RouteByCatalogueDelegate.CATALOGUE_UNITS));
    boolean overridden =
        !suggested.equals(new HashSet<>(units)) || !String.valueOf(lead).equals(catalogueLead);
    String reason = input.optionalText(TextField.ROUTING_REASON);
    if (overridden && reason == null) {
      input.reject("责任单位或牵头单位与派单目录不同，请填写改派理由");
    }
    input.check();
    record.add(
        caseNo,
        task.getAssignee(),
        null,
        CaseAction.ROUTED,
        "责任单位："
            + organisation.namesOf(units)
            + "；牵头单位："
            + organisation.nameOf(lead)
            + (overridden ? "；与派单目录不同，改派理由：" + reason : "；依派单目录"));
  }
}
