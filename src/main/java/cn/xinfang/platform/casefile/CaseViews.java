package cn.xinfang.platform.casefile;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.organisation.Organisation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles a case's file, its open steps in the engine and its record. */
@Service
public class CaseViews {

  private final CaseFiles files;
  private final Petitioners petitioners;
  private final CaseUnits units;
  private final CaseRecord record;
  private final CaseNotices notices;
  private final TaskService tasks;
  private final Organisation organisation;
  private final BusinessCalendar calendar;

  CaseViews(
      CaseFiles files,
      Petitioners petitioners,
      CaseUnits units,
      CaseRecord record,
      CaseNotices notices,
      TaskService tasks,
      Organisation organisation,
      BusinessCalendar calendar) {
    this.files = files;
    this.petitioners = petitioners;
    this.units = units;
    this.record = record;
    this.notices = notices;
    this.tasks = tasks;
    this.organisation = organisation;
    this.calendar = calendar;
  }

  public java.time.ZoneId zone() {
    return calendar.zone();
  }

  @Transactional(readOnly = true)
  public Optional<CaseView> view(String caseNo) {
    return files.find(caseNo).map(this::view);
  }

  /**
   * The groups whose members may read the case: its units, the unit it was diverted to, and their
   * leaders.
   */
  @Transactional(readOnly = true)
  public List<String> unitGroups(String caseNo) {
    return groupsOf(caseNo, part -> true);
  }

  /**
   * The groups working on the case now — units whose part was not returned or lifted to the level
   * above, the unit it was diverted to, and their leaders — who see the petitioners' personal data
   * in full, like the petition bureau.
   */
  @Transactional(readOnly = true)
  public List<String> handlingGroups(String caseNo) {
    return groupsOf(
        caseNo, part -> part.status() != UnitStatus.RETURNED && part.status() != UnitStatus.LIFTED);
  }

  /** The unit and leaders' groups of the case's parts that pass, and of where it was diverted. */
  private List<String> groupsOf(String caseNo, Predicate<CaseUnit> parts) {
    return Stream.concat(
            units.of(caseNo).stream().filter(parts).map(CaseUnit::unit),
            files.divertedTo(caseNo).stream())
        .distinct()
        .flatMap(unit -> Stream.of(unit, unit + "-leaders"))
        .toList();
  }

  /** The view of a case whose head the caller has already read. */
  public CaseView view(CaseSummary c) {
    List<CaseUnit> parts = units.of(c.caseNo());
    return new CaseView(
        c.caseNo(),
        c.status().name(),
        c.status().label(),
        steps(c.caseNo()),
        c.channel(),
        c.category(),
        c.matterType(),
        c.lawRelated(),
        c.region(),
        c.headcount(),
        c.headcount() >= 5,
        c.content(),
        c.hotlineOrderNo(),
        petitioners.of(c.caseNo()),
        local(c.registeredAt()),
        c.registeredBy(),
        c.forwardDeadline(),
        c.forwardOverdue(),
        c.leadUnit(),
        parts.stream()
            .map(
                u ->
                    new CaseView.Unit(
                        u.unit(),
                        u.episode(),
                        unitName(u.unit()),
                        u.lead(),
                        u.status().name(),
                        u.status().label(),
                        local(u.assignedAt()),
                        u.acceptDeadline(),
                        u.objectionDeadline(),
                        u.handlingDeadline(),
                        u.objections(),
                        u.buckPassing(),
                        u.acceptOverdue(),
                        u.handlingOverdue(),
                        u.extendedDays()))
            .toList(),
        record.of(c.caseNo()).stream()
            .map(
                e ->
                    new CaseView.Entry(
                        local(e.at()),
                        e.actor(),
                        e.unit(),
                        e.action().name(),
                        e.action().label(),
                        e.detail()))
            .toList(),
        notices.of(c.caseNo()));
  }

  private List<CaseView.Step> steps(String caseNo) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(caseNo)
        .orderByTaskCreateTime()
        .asc()
        .list()
        .stream()
        .map(this::step)
        .toList();
  }

  private CaseView.Step step(Task task) {
    List<String> groups =
        tasks.getIdentityLinksForTask(task.getId()).stream()
            .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
            .map(IdentityLink::getGroupId)
            .toList();
    return new CaseView.Step(
        task.getId(),
        task.getTaskDefinitionKey(),
        task.getName(),
        groups,
        task.getAssignee(),
        local(task.getCreateTime().toInstant()));
  }

  private String unitName(String code) {
    return organisation.unit(code).map(Organisation.Unit::name).orElse(code);
  }

  private OffsetDateTime local(Instant instant) {
    return instant.atZone(calendar.zone()).toOffsetDateTime();
  }
}
