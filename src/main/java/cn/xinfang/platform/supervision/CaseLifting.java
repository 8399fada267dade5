package cn.xinfang.platform.supervision;

import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.casefile.CaseSummary;
import cn.xinfang.platform.casefile.CaseUnit;
import cn.xinfang.platform.casefile.CaseUnits;
import cn.xinfang.platform.casefile.UnitStatus;
import cn.xinfang.platform.intake.FieldError;
import cn.xinfang.platform.notification.MailNotifier;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.routing.UnitAssignments;
import cn.xinfang.platform.system.CaseContext;
import cn.xinfang.platform.validation.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lifting a case (提级办理): a supervisor takes a unit's part of a case away from it and hands it to
 * the same unit one level up ({@link Organisation#liftTarget}), which signs for and handles it in a
 * {@code department-handling} of its own. {@link #lift} decides; the unit's process ends its part
 * wherever it stands (event sub-process {@code Sub_UnitLifted}) and calls {@link #liftRecorded}, so
 * every lift, whoever sends the message, is written to the case file in one place.
 */
@Service
public class CaseLifting {

  private final CaseFiles files;
  private final CaseUnits units;
  private final CaseRecord record;
  private final Organisation organisation;
  private final UnitAssignments assignments;
  private final MailNotifier mail;
  private final RuntimeService runtime;
  private final SupervisionLedger ledger;
  private final SupervisionCases supervisions;

  CaseLifting(
      CaseFiles files,
      CaseUnits units,
      CaseRecord record,
      Organisation organisation,
      UnitAssignments assignments,
      MailNotifier mail,
      RuntimeService runtime,
      SupervisionLedger ledger,
      SupervisionCases supervisions) {
    this.files = files;
    this.units = units;
    this.record = record;
    this.organisation = organisation;
    this.assignments = assignments;
    this.mail = mail;
    this.runtime = runtime;
    this.ledger = ledger;
    this.supervisions = supervisions;
  }

  /**
   * Lifts {@code unit}'s part of the case to its counterpart one level up; returns that unit's
   * code. Refused, with every reason in Chinese, unless the case is open, the unit's part runs, a
   * counterpart exists and a reason of at most 2,000 characters is given.
   */
  @Transactional
  public String lift(String caseNo, String unit, String reason, String actor) {
    Organisation.Unit target = check(caseNo, unit, reason);
    try {
      runtime
          .createMessageCorrelation(LiftVariables.MESSAGE)
          .processInstanceBusinessKey(caseNo)
          .processInstanceVariableEquals(CaseContext.UNIT, unit)
          .setVariable(LiftVariables.LIFT_REASON, reason.strip())
          .setVariable(LiftVariables.LIFTED_BY, actor)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      // the part ended or moved between the check and now (approved, rerouted, lifted)
      throw refused("unit", organisation.nameOf(unit) + "办理本案的流程此刻不在办理中（可能刚刚办结或改派），请刷新后重试");
    }
    return target.code();
  }

  /**
   * {@code Task_RecordLift}: the unit's part ends as 已提级, the record says who lifted it to whom and
   * why, and the unit one level up gets a part of its own with dates counted from today, like an
   * assignment; it leads if the lifted unit led. Returns the new unit's code.
   */
  @Transactional
  String liftRecorded(String caseNo, String unit, String reason, String actor) {
    CaseUnit part =
        units
            .current(caseNo, unit)
            .orElseThrow(() -> new IllegalStateException(caseNo + " 没有交办给 " + unit));
    Organisation.Unit target =
        organisation
            .liftTarget(unit)
            .orElseThrow(() -> new IllegalStateException(unit + " 没有上级对口单位"));
    units.setStatus(caseNo, unit, UnitStatus.LIFTED);
    record.add(
        caseNo,
        actor,
        unit,
        CaseAction.LIFTED,
        "督查室决定提级办理：" + organisation.nameOf(unit) + " → " + target.name() + "，理由：" + reason);
    assignments.assignOne(caseNo, target.code(), part.lead());
    if (part.lead()) {
      files.setLeadUnit(caseNo, target.code());
      units.setLead(caseNo, target.code());
    }
    mail.mailGroup(
        caseNo,
        unit,
        "【提级办理】" + caseNo + " 已提级至" + target.name(),
        organisation.nameOf(unit)
            + "：\n\n督查室决定将信访事项 "
            + caseNo
            + " 提级由"
            + target.name()
            + "办理，贵单位在本案的待办事项已结束。\n\n理由："
            + reason);
    addToAccountabilityLedger(caseNo, unit, target.code(), reason, actor);
    return target.code();
  }

  /** The lift in the accountability ledger, on the unit's open supervision if it has one. */
  private void addToAccountabilityLedger(
      String caseNo, String unit, String liftedTo, String reason, String actor) {
    ledger.appendOnCommit(
        new NewLedgerEntry(
            record.actor(actor),
            caseNo,
            unit,
            supervisions.openFor(caseNo, unit).orElse(null),
            LedgerRung.LIFTED,
            null,
            null,
            organisation.nameOf(unit) + " → " + organisation.nameOf(liftedTo) + "，理由：" + reason,
            null));
  }

  private Organisation.Unit check(String caseNo, String unit, String reason) {
    List<FieldError> errors = new ArrayList<>();
    reasonProblem(reason).ifPresent(problem -> errors.add(new FieldError("reason", problem)));
    Optional<CaseSummary> c =
        caseNo == null || caseNo.isBlank() ? Optional.empty() : files.find(caseNo);
    Organisation.Unit target = null;
    if (caseNo == null || caseNo.isBlank()) {
      errors.add(new FieldError("caseNo", "请填写案件编号"));
    } else if (c.isEmpty()) {
      errors.add(new FieldError("caseNo", "信访事项 " + caseNo + " 不存在"));
    } else if (!c.get().status().isInHandling()) {
      errors.add(
          new FieldError(
              "caseNo", "信访事项 " + caseNo + " 当前为「" + c.get().status().label() + "」，不在办理中，不能提级办理"));
    } else if (unit == null || unit.isBlank()) {
      errors.add(new FieldError("unit", "请选择要提级的责任单位"));
    } else {
      Optional<String> problem = partProblem(caseNo, unit);
      if (problem.isPresent()) {
        errors.add(new FieldError("unit", problem.get()));
      } else {
        target = organisation.liftTarget(unit).orElse(null);
        if (target == null) {
          errors.add(
              new FieldError("unit", organisation.nameOf(unit) + "没有上级对口单位（如公安分局 → 市公安局），不能提级办理"));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new LiftRefusedException(errors);
    }
    return target;
  }

  private Optional<String> partProblem(String caseNo, String unit) {
    String name = organisation.nameOf(unit);
    if (organisation.unit(unit).isEmpty()) {
      return Optional.of("单位不存在：" + unit);
    }
    Optional<CaseUnit> part = units.current(caseNo, unit);
    if (part.isEmpty()) {
      return Optional.of(name + "没有承办信访事项 " + caseNo + "，不能提级办理");
    }
    return switch (part.get().status()) {
      case LIFTED -> Optional.of(name + "承办的部分已提级办理，不能再次提级");
      case RETURNED -> Optional.of(name + "已退回本案，没有在办的部分可提级");
      case DONE -> Optional.of(name + "已办结本单位的部分，不能提级办理");
      default -> Optional.empty();
    };
  }

  private static Optional<String> reasonProblem(String reason) {
    int max = TextField.LIFT_REASON.maxLength();
    if (reason == null || reason.isBlank()) {
      return Optional.of("请填写" + TextField.LIFT_REASON.label());
    }
    if (reason.strip().length() > max) {
      return Optional.of(TextField.LIFT_REASON.label() + "不能超过 " + max + " 个字");
    }
    return Optional.empty();
  }

  private static LiftRefusedException refused(String field, String message) {
    return new LiftRefusedException(List.of(new FieldError(field, message)));
  }
}
