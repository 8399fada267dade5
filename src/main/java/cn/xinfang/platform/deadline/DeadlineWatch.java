package cn.xinfang.platform.deadline;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.casefile.CaseUnits;
import cn.xinfang.platform.notification.MailNotifier;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.supervision.SupervisionReason;
import cn.xinfang.platform.supervision.SupervisionRequests;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What the clocks do when a timer fires: remind the unit while time remains, and at breach record
 * the case as overdue (超期) and tell the unit and its leaders.
 */
@Service
public class DeadlineWatch {

  /** The unit whose clock {@link Period#FORWARD} is. */
  public static final String PETITION_BUREAU = "petition-bureau";

  private final CaseDeadlines deadlines;
  private final BusinessCalendar calendar;
  private final CaseFiles files;
  private final CaseUnits units;
  private final ReminderLog reminders;
  private final CaseRecord record;
  private final MailNotifier mail;
  private final Organisation organisation;
  private final String tasklistUrl;
  private final TaskService tasks;
  private final SupervisionRequests supervision;

  DeadlineWatch(
      TaskService tasks,
      CaseDeadlines deadlines,
      BusinessCalendar calendar,
      CaseFiles files,
      CaseUnits units,
      ReminderLog reminders,
      CaseRecord record,
      MailNotifier mail,
      Organisation organisation,
      SupervisionRequests supervision,
      @Value("${platform.mail.tasklist-url}") String tasklistUrl) {
    this.tasks = tasks;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.files = files;
    this.units = units;
    this.reminders = reminders;
    this.record = record;
    this.mail = mail;
    this.organisation = organisation;
    this.supervision = supervision;
    this.tasklistUrl = tasklistUrl;
  }

  /** A reminder while the period runs; sent once per case, unit, period, step and deadline. */
  public void remind(String caseNo, String unit, Period period, String step) {
    LocalDate deadline = deadlines.deadline(caseNo, unit, period);
    int episode = deadlines.episode(caseNo, unit, period);
    if (!reminders.note(caseNo, unit, episode, period, step, deadline, calendar.now())) {
      return;
    }
    String text = period.label() + "将于 " + deadline + " 届满，请抓紧办理";
    record.add(caseNo, null, unit, CaseAction.REMINDED, text);
    mail.mailGroup(
        caseNo, unit, "【期限提醒】" + caseNo + " " + period.label() + "将届满", letter(unit, caseNo, text));
  }

  /** The period has run out: recorded on the case, the unit and its leaders are told. */
  public void breach(String caseNo, String unit, Period period) {
    LocalDate deadline = deadlines.lapsed(caseNo, unit, period);
    int episode = deadlines.episode(caseNo, unit, period);
    if (!reminders.note(caseNo, unit, episode, period, "OVERDUE", deadline, calendar.now())) {
      return;
    }
    switch (period) {
      case FORWARD -> files.markForwardOverdue(caseNo);
      case ACCEPT -> units.markAcceptOverdue(caseNo, unit);
      case HANDLING -> units.markHandlingOverdue(caseNo, unit);
    }
    String text = period.label() + "已于 " + deadline + " 届满，" + organisation.nameOf(unit) + "已超期";
    record.add(caseNo, null, unit, CaseAction.OVERDUE, text);
    String subject = "【超期】" + caseNo + " " + period.label() + "已届满";
    mail.mailGroup(caseNo, unit, subject, letter(unit, caseNo, text));
    mail.mailGroup(caseNo, unit + "-leaders", subject, letter(unit + "-leaders", caseNo, text));
    supervision.noteBreach(
        caseNo,
        unit,
        period == Period.FORWARD
            ? SupervisionReason.FORWARD_OVERDUE
            : SupervisionReason.UNIT_OVERDUE,
        text);
  }

  /** The mail: case number, unit, the open step with its due date and a link to it in Tasklist. */
  private String letter(String group, String caseNo, String text) {
    String unit = group.replace("-leaders", "");
    StringBuilder letter =
        new StringBuilder(organisation.nameOf(unit))
            .append(group.endsWith("-leaders") ? "领导" : "")
            .append("：\n\n信访事项 ")
            .append(caseNo)
            .append("：")
            .append(text)
            .append("。\n");
    for (Task task :
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(caseNo)
            .taskCandidateGroup(unit)
            .list()) {
      letter
          .append("\n待办环节：")
          .append(task.getName())
          .append(
              task.getDueDate() == null
                  ? ""
                  : "（截止 " + calendar.dateOf(task.getDueDate().toInstant()) + "）")
          .append("\n办理链接：")
          .append(tasklistUrl)
          .append("#/?task=")
          .append(task.getId());
    }
    return letter.append("\n\n任务中心：").append(tasklistUrl).append("\n\n（本邮件由信访流转平台自动发送）").toString();
  }
}
