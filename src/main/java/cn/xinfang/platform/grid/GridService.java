package cn.xinfang.platform.grid;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.intake.InvalidPetitionException;
import cn.xinfang.platform.intake.PetitionRegistry;
import cn.xinfang.platform.intake.PetitionRequest;
import cn.xinfang.platform.notification.MailNotifier;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.system.PlatformRights;
import cn.xinfang.platform.validation.FormInputException;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * 群众下单、中心吹哨、部门报到: a grid member reports an event (with a photo, kept as an attachment of its
 * process), the grid centre dispatches it to units, each reports in within 2 hours (then reminded,
 * then the supervisors take it up) and acts within its limit; the centre closes it with the
 * reporter's evaluation, or makes it a petition with one action.
 */
@Service
class GridService {

  static final String PROCESS_ID = "grid-dispatch";

  /** A photo of the event, as the API receives it. */
  record Photo(String name, String contentType, byte[] content) {}

  private final GridEvents events;
  private final GridSettings settings;
  private final BusinessCalendar calendar;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final PetitionRegistry registry;
  private final MailNotifier mail;
  private final Organisation organisation;

  GridService(
      GridEvents events,
      GridSettings settings,
      BusinessCalendar calendar,
      RuntimeService runtime,
      TaskService tasks,
      PetitionRegistry registry,
      MailNotifier mail,
      Organisation organisation) {
    this.events = events;
    this.settings = settings;
    this.calendar = calendar;
    this.runtime = runtime;
    this.tasks = tasks;
    this.registry = registry;
    this.mail = mail;
    this.organisation = organisation;
  }

  /** Records a reported event and starts its dispatch; returns the event number. */
  String report(
      String location,
      String description,
      boolean urgent,
      String citizenName,
      String citizenPhone,
      String reporter,
      Photo photo) {
    String eventNo =
        events.add(
            location, description, urgent, citizenName, citizenPhone, reporter, calendar.now());
    ProcessInstance instance =
        PlatformRights.run(
            () ->
                runtime.startProcessInstanceByKey(
                    PROCESS_ID, eventNo, variables(eventNo, location, description, urgent)));
    if (photo != null) {
      PlatformRights.run(
          () ->
              tasks.createAttachment(
                  photo.contentType(),
                  null,
                  instance.getId(),
                  photo.name(),
                  "网格员上报的现场照片",
                  new ByteArrayInputStream(photo.content())));
    }
    return eventNo;
  }

  static Map<String, Object> variables(
      String eventNo, String location, String description, boolean urgent) {
    return Map.of(
        "eventNo", eventNo,
        "location", location,
        "eventDescription", description,
        "urgent", urgent,
        "caseSummary", (urgent ? "【紧急】" : "") + location + "：" + description);
  }

  void dispatched(String eventNo, List<String> units) {
    events.dispatched(eventNo, units, calendar.now());
    events.status(eventNo, "DISPATCHED");
  }

  /** The event needs the petition track: a petition of channel GRID; returns its case number. */
  String toPetition(String eventNo, String actor) {
    GridEvents.Event e = events.find(eventNo).orElseThrow();
    PetitionRequest petition =
        new PetitionRequest(
            "GRID",
            List.of(
                new PetitionRequest.PetitionerRequest(
                    e.citizenName(), null, e.citizenPhone(), e.location())),
            1,
            "CLAIM",
            "other",
            false,
            "district-government",
            "网格事件 " + eventNo + "（" + e.location() + "）：" + e.description(),
            List.of(),
            null,
            null,
            false);
    String caseNo;
    try {
      caseNo = registry.register(petition, actor).caseNo();
    } catch (InvalidPetitionException refused) {
      throw new FormInputException(
          refused.errors().stream().map(f -> "转为信访事项未成功：" + f.message()).toList());
    }
    events.petition(eventNo, caseNo);
    return caseNo;
  }

  void reportedIn(String eventNo, String unit) {
    events.reportedIn(eventNo, unit, calendar.now());
  }

  void acted(String eventNo, String unit, String feedback) {
    events.acted(eventNo, unit, feedback, calendar.now());
  }

  void closed(String eventNo, String evaluation) {
    events.closed(eventNo, evaluation, calendar.now());
  }

  void remindReportIn(String eventNo, String unit) {
    mail.mailGroup(
        null,
        unit,
        "【网格派单】" + eventNo + " 请立即报到",
        organisation.nameOf(unit) + "：网格事件 " + eventNo + " 已派给本单位，请在任务中心「部门报到」。");
  }

  /**
   * Still not reported in: recorded, and the supervisors and the unit's leaders are told; returns
   * the unit's name for the supervisors' task.
   */
  String superviseReportIn(String eventNo, String unit) {
    events.supervised(eventNo, unit, calendar.now());
    String text =
        "网格事件 "
            + eventNo
            + " 派给"
            + organisation.nameOf(unit)
            + "后 "
            + settings.superviseAfterHours()
            + " 小时仍未报到";
    mail.mailGroup(
        null,
        "supervisors",
        "【网格督办】" + eventNo + " " + organisation.nameOf(unit) + "未报到",
        text + "，请督办。");
    mail.mailGroup(null, unit + "-leaders", "【网格督办】" + eventNo + " 本单位未报到", text + "，已提请督办。");
    return organisation.nameOf(unit);
  }

  Date reportInReminder() {
    return Date.from(calendar.now().plus(Duration.ofHours(settings.reportInHours())));
  }

  Date reportInSupervision() {
    return Date.from(calendar.now().plus(Duration.ofHours(settings.superviseAfterHours())));
  }

  Date superviseDue() {
    return calendar.endOf(calendar.plusWorkingDays(calendar.today(), 1));
  }

  Date actDue(String eventNo) {
    boolean urgent = events.find(eventNo).map(GridEvents.Event::urgent).orElse(false);
    Instant now = calendar.now();
    return urgent
        ? Date.from(now.plus(Duration.ofHours(settings.urgentActHours())))
        : calendar.endOf(calendar.today().plusDays(settings.actDays()));
  }

  List<String> units(String eventNo) {
    return events.units(eventNo).stream().map(GridEvents.UnitPart::unit).toList();
  }

  /** The units' feedback, for the centre's closing form. */
  String feedback(String eventNo) {
    StringBuilder text = new StringBuilder();
    for (GridEvents.UnitPart p : events.units(eventNo)) {
      text.append("【")
          .append(organisation.nameOf(p.unit()))
          .append("】")
          .append(p.feedback() == null ? "（未反馈）" : p.feedback())
          .append("\n");
    }
    return text.toString().strip();
  }
}
