package cn.xinfang.platform.ownership;

import static cn.xinfang.platform.ownership.OwnershipDelegates.ownershipId;
import static cn.xinfang.platform.ownership.OwnershipVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.validation.FormInput;
import cn.xinfang.platform.validation.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The forms of {@code case-ownership}: each checks its values again on the server, in Chinese, and
 * calls one step of {@link OwnershipService}; which ownership it is comes from the process.
 */
final class OwnershipListeners {

  private OwnershipListeners() {}

  static final Map<String, String> LEVELS =
      Map.of("township", "乡镇（街道）", "district", "区级", "city", "市级");

  /** What the owner's duties share: only the owner acts on them. */
  abstract static class OwnerDuty implements TaskListener {
    final OwnershipService ownership;
    final CaseRecord record;

    OwnerDuty(OwnershipService ownership, CaseRecord record) {
      this.ownership = ownership;
      this.record = record;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = FormInput.of(task);
      long id = ownershipId(task);
      String actor = record.actor(task.getAssignee());
      if (!actor.equals(ownership.get(id).owner())) {
        input.reject("只有包案领导本人可以办理本案的包案事项");
        input.check();
      }
      complete(task, input, id, actor);
    }

    abstract void complete(DelegateTask task, FormInput input, long id, String actor);
  }

  /** {@code Start_Assigned}: the bureau or a supervisor names a case for ownership by hand. */
  @Component("assignOwnershipListener")
  static class Assign implements ExecutionListener {
    private final CaseFiles files;
    private final CaseRecord record;

    Assign(CaseFiles files, CaseRecord record) {
      this.files = files;
      this.record = record;
    }

    @Override
    public void notify(DelegateExecution execution) {
      FormInput input = FormInput.of(execution);
      String caseNo = input.requiredText(TextField.CASE_NO);
      if (caseNo != null && files.find(caseNo).isEmpty()) {
        input.reject("案件编号不存在：" + caseNo);
      }
      String level = input.requiredChoice(OWNER_LEVEL, "包案领导层级", LEVELS);
      String why = input.requiredText(TextField.ASSIGN_REASON);
      input.check();
      execution.setProcessBusinessKey(caseNo);
      execution.setVariable(CASE_NO, caseNo);
      execution.setVariable(OWNER_LEVEL, level);
      execution.setVariable(REASON, OwnershipReason.ASSIGNED.name());
      execution.setVariable(ASSIGN_REASON, why);
      execution.setVariable(REQUESTED_BY, record.actor(null));
    }
  }

  /** {@code Task_ProposeOwner}: a unit of the ownership's level, whose leader will own it. */
  @Component("proposeOwnerListener")
  static class Propose implements TaskListener {
    private final OwnershipService ownership;
    private final Organisation organisation;
    private final CaseRecord record;

    Propose(OwnershipService ownership, Organisation organisation, CaseRecord record) {
      this.ownership = ownership;
      this.organisation = organisation;
      this.record = record;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = FormInput.of(task);
      String unit = input.requiredValue(OWNER_UNIT, "包案领导所在单位");
      String level = text(task, OWNER_LEVEL);
      List<String> ofLevel =
          organisation.unitsAtLevel(level).stream().map(Organisation.Unit::code).toList();
      if (unit != null && !ofLevel.contains(unit)) {
        input.reject("包案领导应为" + LEVELS.get(level) + "单位的领导，" + organisation.nameOf(unit) + "不是");
      }
      input.check();
      ownership.propose(ownershipId(task), unit, record.actor(task.getAssignee()));
    }
  }

  /** {@code Task_AcceptOwnership} (签收包案): the leader who signs owns the case. */
  @Component("acceptOwnershipListener")
  static class Accept implements TaskListener {
    private final OwnershipService ownership;
    private final CaseRecord record;

    Accept(OwnershipService ownership, CaseRecord record) {
      this.ownership = ownership;
      this.record = record;
    }

    @Override
    public void notify(DelegateTask task) {
      String leader = record.actor(task.getAssignee());
      ownership.accept(ownershipId(task), leader);
      task.getExecution().setVariable("owner", leader);
    }
  }

  /** {@code Task_MeetPetitioner} (接访约访). */
  @Component("meetPetitionerListener")
  static class Meet extends OwnerDuty {
    private final BusinessCalendar calendar;

    Meet(OwnershipService ownership, CaseRecord record, BusinessCalendar calendar) {
      super(ownership, record);
      this.calendar = calendar;
    }

    @Override
    void complete(DelegateTask task, FormInput input, long id, String actor) {
      LocalDate on = input.requiredDate(MEETING_DATE, "接访日期");
      if (on != null && on.isAfter(calendar.today())) {
        input.reject("接访日期不能晚于今天（接访后再记录）");
      }
      String place = input.requiredText(TextField.MEETING_PLACE);
      String notes = input.requiredText(TextField.MEETING_NOTES);
      input.check();
      ownership.meet(id, on, place, notes, actor);
    }
  }

  /** {@code Task_ResolutionPlan} (化解方案). */
  @Component("resolutionPlanListener")
  static class Plan extends OwnerDuty {
    Plan(OwnershipService ownership, CaseRecord record) {
      super(ownership, record);
    }

    @Override
    void complete(DelegateTask task, FormInput input, long id, String actor) {
      String measures = input.requiredText(TextField.PLAN_MEASURES);
      String units = input.requiredText(TextField.PLAN_UNITS);
      String milestones = input.requiredText(TextField.MILESTONES);
      input.check();
      ownership.plan(id, measures, units, milestones, actor);
    }
  }

  /** {@code Task_ReportProgress}: a report, the one extension, or the application for 销号. */
  @Component("reportProgressListener")
  static class Report extends OwnerDuty {
    Report(OwnershipService ownership, CaseRecord record) {
      super(ownership, record);
    }

    @Override
    void complete(DelegateTask task, FormInput input, long id, String actor) {
      String action = input.requiredChoice(REPORT_ACTION, "报告事项", REPORT_ACTIONS);
      String text = input.requiredText(TextField.REPORT_TEXT);
      Integer days = null;
      String way = null;
      if (EXTEND.equals(action)) {
        days = number(task.getVariable(EXTENSION_DAYS));
        ownership.extensionRefused(id, days).ifPresent(input::reject);
      } else if (CLOSE_OUT.equals(action)) {
        way = input.requiredChoice(CLOSE_OUT_WAY, "销号情形", CLOSE_OUT_WAYS);
      }
      input.check();
      switch (action) {
        case EXTEND -> ownership.extend(id, days, text, actor, task.getProcessInstanceId());
        case CLOSE_OUT -> ownership.applyCloseOut(id, way, text, actor);
        default -> ownership.report(id, text, actor);
      }
    }

    private static Integer number(Object value) {
      try {
        return value == null ? null : (int) Double.parseDouble(value.toString().strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  /** {@code Task_CheckCloseOut} (审核销号) by the petition bureau. */
  @Component("checkCloseOutListener")
  static class CheckCloseOut implements TaskListener {
    private final OwnershipService ownership;
    private final CaseRecord record;

    CheckCloseOut(OwnershipService ownership, CaseRecord record) {
      this.ownership = ownership;
      this.record = record;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = FormInput.of(task);
      String decision = input.requiredChoice(CLOSE_OUT_DECISION, "审核意见", CLOSE_OUT_DECISIONS);
      String comment =
          RETURN.equals(decision)
              ? input.requiredText(TextField.CLOSE_OUT_COMMENT, "退回的理由")
              : input.optionalText(TextField.CLOSE_OUT_COMMENT);
      input.check();
      ownership.checkCloseOut(
          ownershipId(task), ACCEPT.equals(decision), comment, record.actor(task.getAssignee()));
    }
  }
}
