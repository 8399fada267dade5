package cn.xinfang.platform.grid;

import static cn.xinfang.platform.system.TypedVariables.text;

import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.validation.FormInput;
import cn.xinfang.platform.validation.TextField;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/** The steps of {@code grid-dispatch} and {@code grid-response}, one bean each. */
final class GridSteps {

  private GridSteps() {}

  static final Map<String, String> ACTIONS = new LinkedHashMap<>();
  static final Map<String, String> EVALUATIONS =
      Map.of("SATISFIED", "满意", "BASICALLY_SATISFIED", "基本满意", "DISSATISFIED", "不满意");

  static {
    ACTIONS.put("DISPATCH", "吹哨：派给相关部门");
    ACTIONS.put("PETITION", "转为信访事项");
    ACTIONS.put("CLOSE", "无需派单，直接办结");
  }

  /** {@code Start_Reported} from Tasklist's start form: a grid member reports an event. */
  @Component("gridReportListener")
  static class Report implements ExecutionListener {
    private final GridEvents events;
    private final CaseRecord record;
    private final cn.xinfang.platform.calendar.BusinessCalendar calendar;

    Report(
        GridEvents events,
        CaseRecord record,
        cn.xinfang.platform.calendar.BusinessCalendar calendar) {
      this.events = events;
      this.record = record;
      this.calendar = calendar;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (text(execution, "eventNo") != null) {
        return; // reported through the API, which recorded the event
      }
      FormInput input = FormInput.of(execution);
      String location = input.requiredText(TextField.GRID_LOCATION);
      String description = input.requiredText(TextField.GRID_DESCRIPTION);
      String name = input.requiredText(TextField.GRID_CITIZEN_NAME);
      String phone = input.requiredText(TextField.GRID_CITIZEN_PHONE);
      boolean urgent = input.ticked("urgent");
      input.check();
      String eventNo =
          events.add(
              location, description, urgent, name, phone, record.actor(null), calendar.now());
      execution.setProcessBusinessKey(eventNo);
      execution.setVariables(GridService.variables(eventNo, location, description, urgent));
    }
  }

  /** {@code Task_Dispatch} (中心吹哨): to which units, or a petition, or closed at once. */
  @Component("gridDispatchListener")
  static class Dispatch implements TaskListener {
    private final GridService grid;
    private final Organisation organisation;
    private final CaseRecord record;

    Dispatch(GridService grid, Organisation organisation, CaseRecord record) {
      this.grid = grid;
      this.organisation = organisation;
      this.record = record;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = FormInput.of(task);
      String action = input.requiredChoice("gridAction", "处理方式", ACTIONS);
      List<String> units = units(task.getVariable("gridUnits"));
      if ("DISPATCH".equals(action)) {
        if (units.isEmpty()) {
          input.reject("吹哨派单请至少选择一个部门");
        }
        for (String unit : units) {
          if (organisation.unit(unit).isEmpty()) {
            input.reject("部门不存在：" + unit);
          }
        }
      }
      input.check();
      String eventNo = text(task, "eventNo");
      switch (action) {
        case "DISPATCH" -> {
          grid.dispatched(eventNo, units);
        }
        case "PETITION" ->
            task.getExecution()
                .setVariable("caseNo", grid.toPetition(eventNo, record.actor(task.getAssignee())));
        default -> grid.closed(eventNo, null);
      }
    }

    /** The checklist's value as Tasklist (Spin JSON) or a REST client (a list) sends it. */
    static List<String> units(Object value) {
      List<String> units = new ArrayList<>();
      if (value instanceof SpinJsonNode json && json.isArray()) {
        json.elements().forEach(e -> units.add(e.stringValue()));
      } else if (value instanceof List<?> list) {
        list.forEach(u -> units.add(String.valueOf(u)));
      } else if (value instanceof String s && !s.isBlank()) {
        for (String u : s.replaceAll("[\\[\\]\" ]", "").split(",")) {
          if (!u.isBlank()) {
            units.add(u);
          }
        }
      }
      return units;
    }
  }

  static final Map<String, String> MEASURES = new LinkedHashMap<>();

  static {
    MEASURES.put("NOTICE", "发督办通知");
    MEASURES.put("CALL", "电话督办");
    MEASURES.put("TALK", "约谈部门负责人");
  }

  /** {@code Task_SuperviseUnit} (督办未报到部门): what the supervisors did about it. */
  @Component("gridSuperviseListener")
  static class SuperviseUnit implements TaskListener {
    private final GridEvents events;
    private final CaseRecord record;

    SuperviseUnit(GridEvents events, CaseRecord record) {
      this.events = events;
      this.record = record;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = FormInput.of(task);
      String measure = input.requiredChoice("supervisionMeasure", "督办措施", MEASURES);
      String note = input.requiredText(TextField.GRID_SUPERVISION_NOTE);
      input.check();
      events.supervisionMeasure(
          text(task, "eventNo"),
          text(task, "unit"),
          measure,
          note,
          record.actor(task.getAssignee()));
    }
  }

  /** {@code Task_ReportIn} (部门报到). */
  @Component("gridReportInListener")
  static class ReportIn implements TaskListener {
    private final GridService grid;

    ReportIn(GridService grid) {
      this.grid = grid;
    }

    @Override
    public void notify(DelegateTask task) {
      grid.reportedIn(text(task, "eventNo"), text(task, "unit"));
    }
  }

  /** {@code Task_Act} (部门处置并反馈). */
  @Component("gridFeedbackListener")
  static class Feedback implements TaskListener {
    private final GridService grid;

    Feedback(GridService grid) {
      this.grid = grid;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = FormInput.of(task);
      String feedback = input.requiredText(TextField.GRID_FEEDBACK);
      input.check();
      grid.acted(text(task, "eventNo"), text(task, "unit"), feedback);
    }
  }

  /** {@code Task_CloseEvent} (中心办结): with the reporter's evaluation. */
  @Component("gridCloseListener")
  static class Close implements TaskListener {
    private final GridService grid;

    Close(GridService grid) {
      this.grid = grid;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = FormInput.of(task);
      String evaluation = input.requiredChoice("evaluation", "群众评价", EVALUATIONS);
      input.check();
      grid.closed(text(task, "eventNo"), evaluation);
    }
  }

  /** {@code Task_RemindReportIn}: the unit has not reported in within 2 hours. */
  @Component("gridReportInReminderDelegate")
  static class RemindReportIn implements JavaDelegate {
    private final GridService grid;

    RemindReportIn(GridService grid) {
      this.grid = grid;
    }

    @Override
    public void execute(DelegateExecution execution) {
      grid.remindReportIn(text(execution, "eventNo"), text(execution, "unit"));
    }
  }

  /** {@code Task_SuperviseReportIn}: still not reported in: the supervisors take it up. */
  @Component("gridSuperviseDelegate")
  static class Supervise implements JavaDelegate {
    private final GridService grid;

    Supervise(GridService grid) {
      this.grid = grid;
    }

    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariable(
          "unitName", grid.superviseReportIn(text(execution, "eventNo"), text(execution, "unit")));
    }
  }

  /** Due dates and collections of the grid processes, for their expressions. */
  @Component("gridDeadlines")
  public static class Deadlines {
    private final GridService grid;

    Deadlines(GridService grid) {
      this.grid = grid;
    }

    public Date reportInReminder() {
      return grid.reportInReminder();
    }

    public Date reportInSupervision() {
      return grid.reportInSupervision();
    }

    public Date actDue(String eventNo) {
      return grid.actDue(eventNo);
    }

    /** The supervisors act on a unit that did not report in by the end of the next working day. */
    public Date superviseDue() {
      return grid.superviseDue();
    }

    public Date dispatchDue() {
      return grid.reportInReminder();
    }

    /** The units the event was dispatched to: one 部门报到与处置 each. */
    public List<String> units(String eventNo) {
      return grid.units(eventNo);
    }

    public String feedback(String eventNo) {
      return grid.feedback(eventNo);
    }
  }
}
