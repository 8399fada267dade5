package cn.xinfang.platform.handling;

import static cn.xinfang.platform.handling.HandlingVariables.*;

import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.system.CaseContext;
import cn.xinfang.platform.validation.FormInput;
import cn.xinfang.platform.validation.TextField;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_ReviewObjection} (审核退回): the petition bureau agrees and names the unit
 * to re-route to, or insists with a reason.
 */
@Component("reviewObjectionListener")
class ReviewObjectionListener implements TaskListener {

  private final UnitHandling handling;
  private final Organisation organisation;

  ReviewObjectionListener(UnitHandling handling, Organisation organisation) {
    this.handling = handling;
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNo = CaseContext.caseNo(task);
    String unit = CaseContext.unit(task);
    FormInput input = FormInput.of(task);
    String decision = input.requiredChoice(OBJECTION_DECISION, "审核意见", OBJECTION_CHOICES);
    if (AGREE.equals(decision)) {
      String target = input.requiredValue(REROUTE_UNIT, "改派单位");
      if (target != null && organisation.unit(target).isEmpty()) {
        input.reject("改派单位不存在：" + target);
      } else if (target != null && (target.equals(unit) || handling.isOnCase(caseNo, target))) {
        input.reject("改派单位已在办理本案，请选择其他单位");
      }
      input.check();
      handling.agreeObjection(caseNo, unit, task.getAssignee(), target);
    } else {
      String answer = input.requiredText(TextField.OBJECTION_ANSWER);
      input.check();
      handling.refuseObjection(caseNo, unit, task.getAssignee(), answer);
    }
  }
}
