package cn.xinfang.platform.fivechiefs;

import static cn.xinfang.platform.fivechiefs.FiveChiefsVariables.*;
import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.notice.NoticeDeliveryVariables;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.system.CaseContext;
import cn.xinfang.platform.system.PlatformRights;
import cn.xinfang.platform.validation.FormInput;
import cn.xinfang.platform.validation.TextField;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** The steps of {@code five-chiefs-reception} (五长服务日接待), one bean each. */
final class FiveChiefsSteps {

  private FiveChiefsSteps() {}

  static final Map<String, String> DECISIONS = new LinkedHashMap<>();

  static {
    DECISIONS.put("HANDLE", "属本单位职责，本单位办理并答复");
    DECISIONS.put("LEGAL", "属本单位职责，导入法律程序");
    DECISIONS.put("OUTSIDE", "不属本单位职责，转信访局按责任清单转送");
  }

  /** {@code Task_FindDutyChief}: today's chief; the catalogue's proposal as to the remit. */
  @Component("findDutyChiefDelegate")
  static class FindDutyChief implements JavaDelegate {
    private final FiveChiefsService service;
    private final Organisation organisation;

    FindDutyChief(FiveChiefsService service, Organisation organisation) {
      this.service = service;
      this.organisation = organisation;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FiveChiefsSettings.Chief chief = service.receive(CaseContext.caseNo(execution));
      execution.setVariable(DUTY_UNIT, chief.unit());
      execution.setVariable(DUTY_CHIEF, chief.account());
      execution.setVariable(
          DUTY_CHIEF_LABEL,
          organisation.nameOf(chief.unit()) + " " + chief.title() + " " + chief.name());
      String catalogue = text(execution, "catalogueUnits");
      boolean within =
          catalogue != null && Arrays.asList(catalogue.split(",")).contains(chief.unit());
      execution.setVariable(
          CATALOGUE_OPINION,
          (within ? "派单目录建议：属" : "派单目录建议：不属")
              + organisation.nameOf(chief.unit())
              + "职责（目录建议的责任单位："
              + text(execution, "suggestedUnits")
              + "）");
    }
  }

  /** {@code Task_ChiefDecides}: the duty chief decides, with the on-site explanation (释法说理). */
  @Component("chiefDecidesListener")
  static class ChiefDecides implements TaskListener {
    private final FiveChiefsService service;
    private final CaseRecord record;

    ChiefDecides(FiveChiefsService service, CaseRecord record) {
      this.service = service;
      this.record = record;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = FormInput.of(task);
      String decision = input.requiredChoice(REMIT_DECISION, "接待决定", DECISIONS);
      String explanation = input.requiredText(TextField.EXPLANATION);
      input.check();
      service.decide(
          CaseContext.caseNo(task), decision, explanation, record.actor(task.getAssignee()));
    }
  }

  /** {@code Task_UnitReplies}: the chief's unit replies; the 答复意见书 is then delivered. */
  @Component("chiefUnitReplyListener")
  static class UnitReplies implements TaskListener {
    private final FiveChiefsService service;
    private final CaseRecord record;

    UnitReplies(FiveChiefsService service, CaseRecord record) {
      this.service = service;
      this.record = record;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = FormInput.of(task);
      String reply = input.requiredText(TextField.REPLY_TEXT);
      input.check();
      long notice =
          service.reply(CaseContext.caseNo(task), reply, record.actor(task.getAssignee()));
      task.getExecution().setVariable(NoticeDeliveryVariables.AWAITED_NOTICE_ID, notice);
    }
  }

  /**
   * {@code Task_HandToBureau}: outside the chief's remit, the case continues as an ordinary
   * petition ({@code petition}), which the petition bureau forwards per the responsibility list.
   */
  @Component("handToBureauDelegate")
  static class HandToBureau implements JavaDelegate {
    private final RuntimeService runtime;
    private final CaseFiles files;

    HandToBureau(RuntimeService runtime, CaseFiles files) {
      this.runtime = runtime;
      this.files = files;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String caseNo = CaseContext.caseNo(execution);
      Map<String, Object> variables = new HashMap<>(execution.getVariables());
      List.of(
              DUTY_UNIT,
              DUTY_CHIEF,
              DUTY_CHIEF_LABEL,
              CATALOGUE_OPINION,
              REMIT_DECISION,
              EXPLANATION)
          .forEach(variables::remove);
      // the petition starts for a case registered without a process, as the intake API does
      files.attachProcess(caseNo, null);
      ProcessInstance petition =
          PlatformRights.run(
              () -> runtime.startProcessInstanceByKey("petition", caseNo, variables));
      files.attachProcess(caseNo, petition.getId());
    }
  }

  /** {@code Task_RemindReply}: half the 20 days gone, or nearly due. */
  @Component("fiveChiefsReminderDelegate")
  static class Remind implements JavaDelegate {
    private final FiveChiefsService service;

    Remind(FiveChiefsService service) {
      this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
      service.remind(CaseContext.caseNo(execution));
    }
  }

  /** {@code Task_ReplyOverdue}: the 20 days passed without a reply. */
  @Component("fiveChiefsOverdueDelegate")
  static class Overdue implements JavaDelegate {
    private final FiveChiefsService service;

    Overdue(FiveChiefsService service) {
      this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
      service.overdue(CaseContext.caseNo(execution));
    }
  }

  /** Due dates of {@code five-chiefs-reception}, for its expressions. */
  @Component("fiveChiefsDeadlines")
  public static class Deadlines {
    private final FiveChiefsService service;
    private final cn.xinfang.platform.calendar.BusinessCalendar calendar;

    Deadlines(FiveChiefsService service, cn.xinfang.platform.calendar.BusinessCalendar calendar) {
      this.service = service;
      this.calendar = calendar;
    }

    /** The chief decides on the service day itself. */
    public Date decideDue() {
      return calendar.endOf(calendar.today());
    }

    public Date replyDue(String caseNo) {
      return service.replyDue(caseNo);
    }

    public Date replyReminder(String caseNo, int step) {
      return service.replyReminder(caseNo, step);
    }
  }
}
