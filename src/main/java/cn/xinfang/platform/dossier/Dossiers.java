package cn.xinfang.platform.dossier;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseReaders.Disclosure;
import cn.xinfang.platform.casefile.CaseSummary;
import cn.xinfang.platform.casefile.CaseView;
import cn.xinfang.platform.casefile.CaseViews;
import cn.xinfang.platform.intake.Category;
import cn.xinfang.platform.intake.Channel;
import cn.xinfang.platform.intake.MatterType;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.ownership.OwnershipLedger;
import cn.xinfang.platform.supervision.LedgerReader;
import cn.xinfang.platform.supervision.SupervisionLedger;
import cn.xinfang.platform.system.HtmlTemplates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The full record of a case (案件完整记录) as one printable page, for running and closed cases alike: the
 * case file, its units and their statutory dates, every user task of every process of the case (the
 * engine's history: who did it, when), the record of handoffs and decisions, and the notices with
 * their delivery. Filled into {@code src/main/resources/dossier/case-record.html}; Thymeleaf
 * escapes every value.
 */
@Service
class Dossiers {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final String NONE = "—";

  private final CaseViews views;
  private final CaseFiles files;
  private final HistoryService history;
  private final IdentityService identity;
  private final Organisation organisation;
  private final BusinessCalendar calendar;
  private final SupervisionLedger ledger;
  private final OwnershipLedger owned;
  private final TemplateEngine templates = HtmlTemplates.engine("dossier/");

  Dossiers(
      CaseViews views,
      CaseFiles files,
      HistoryService history,
      IdentityService identity,
      Organisation organisation,
      BusinessCalendar calendar,
      SupervisionLedger ledger,
      OwnershipLedger owned) {
    this.views = views;
    this.files = files;
    this.history = history;
    this.identity = identity;
    this.organisation = organisation;
    this.calendar = calendar;
    this.ledger = ledger;
    this.owned = owned;
  }

  /**
   * The page of the case for {@code reader}, who may read it and sees its petitioners as {@code
   * disclosure} allows ({@code withheld}: less than they may read, for want of the export right);
   * empty if the case does not exist.
   */
  @Transactional(readOnly = true)
  Optional<String> page(String caseNo, Disclosure disclosure, boolean withheld, String reader) {
    return files
        .find(caseNo)
        .map(c -> dossier(c, disclosure.apply(views.view(c)), withheld, reader))
        .map(
            d ->
                templates.process(
                    "case-record", new Context(Locale.SIMPLIFIED_CHINESE, Map.of("d", d))));
  }

  private Dossier dossier(CaseSummary c, CaseView v, boolean withheld, String reader) {
    Names names = new Names();
    return new Dossier(
        head(c, v, names),
        v.petitioners().stream()
            .map(p -> new Dossier.Person(p.name(), p.idNumber(), p.phone(), p.address()))
            .toList(),
        withheld,
        v.units().stream().map(this::part).toList(),
        steps(c.caseNo(), names),
        v.record().stream()
            .map(
                e ->
                    new Dossier.Entry(
                        time(e.at()),
                        names.user(e.actor()),
                        e.unit() == null ? "" : organisation.nameOf(e.unit()),
                        e.actionLabel(),
                        e.detail()))
            .toList(),
        v.notices().stream().map(n -> paper(n, names)).toList(),
        supervision(c.caseNo(), reader, names),
        ownership(c.caseNo()),
        names.user(reader),
        time(calendar.now()));
  }

  /** The case's rows of the accountability ledger the reader may see, as the ledger's API does. */
  /** The case's ownerships with what their owners did, for every reader of the record. */
  private List<Dossier.Owned> ownership(String caseNo) {
    return owned.ofCase(caseNo).stream()
        .map(
            o ->
                new Dossier.Owned(
                    o.ownerName() == null ? NONE : o.ownerName(),
                    o.ownerUnitName() == null ? NONE : o.ownerUnitName(),
                    o.reason(),
                    o.statusLabel(),
                    o.targetDate() == null ? NONE : o.targetDate().toString(),
                    owned.events(o.id())))
        .toList();
  }

  private List<Dossier.Ledger> supervision(String caseNo, String reader, Names names) {
    LedgerReader rule =
        LedgerReader.of(
            identity.createGroupQuery().groupMember(reader).list().stream()
                .map(Group::getId)
                .toList(),
            organisation);
    return ledger.forCase(caseNo).stream()
        .filter(rule::sees)
        .map(
            e ->
                new Dossier.Ledger(
                    time(e.at()),
                    organisation.nameOf(e.unit()),
                    e.rung().label(),
                    e.reason() == null ? NONE : e.reason(),
                    e.article() == null ? NONE : e.article(),
                    names.user(e.actor()),
                    e.text(),
                    e.documentId() == null ? null : "/api/supervision/documents/" + e.documentId()))
        .toList();
  }

  private Dossier.Head head(CaseSummary c, CaseView v, Names names) {
    HistoricProcessInstance process =
        c.processInstanceId() == null
            ? null
            : history
                .createHistoricProcessInstanceQuery()
                .processInstanceId(c.processInstanceId())
                .singleResult();
    String processLabel =
        process == null
            ? NONE
            : process.getEndTime() == null ? "流转中" : "已结束（" + time(process.getEndTime()) + "）";
    return new Dossier.Head(
        v.caseNo(),
        v.statusLabel(),
        processLabel,
        label(Channel.class, v.channel(), Channel::label),
        label(Category.class, v.category(), Category::label),
        MatterType.ofCode(v.matterType()).map(MatterType::label).orElse(v.matterType()),
        v.lawRelated() ? "是" : "否",
        organisation.nameOf(v.region()),
        v.headcount() + " 人" + (v.collective() ? "（集体访）" : ""),
        v.hotlineOrderNo() == null ? NONE : v.hotlineOrderNo(),
        time(v.registeredAt()),
        names.user(v.registeredBy()),
        date(v.forwardDeadline()) + (v.forwardOverdue() ? "（已超期）" : ""),
        v.leadUnit() == null ? NONE : organisation.nameOf(v.leadUnit()),
        v.content());
  }

  private Dossier.Part part(CaseView.Unit u) {
    List<String> remarks = new ArrayList<>();
    if (u.objections() > 0) {
      remarks.add("申请退回 " + u.objections() + " 次");
    }
    if (u.buckPassing()) {
      remarks.add("推诿");
    }
    if (u.acceptOverdue()) {
      remarks.add("签收超期");
    }
    if (u.handlingOverdue()) {
      remarks.add("办理超期");
    }
    return new Dossier.Part(
        u.lead() ? u.unitName() + "（牵头）" : u.unitName(),
        "第 " + u.episode() + " 次",
        u.statusLabel(),
        time(u.assignedAt()),
        date(u.acceptDeadline()),
        date(u.objectionDeadline()),
        date(u.handlingDeadline()),
        u.extendedDays() > 0 ? "已延期 " + u.extendedDays() + " 日" : NONE,
        remarks.isEmpty() ? NONE : String.join("；", remarks));
  }

  /** Every user task of every process of the case, in the order they arose. */
  private List<Dossier.Step> steps(String caseNo, Names names) {
    List<HistoricTaskInstance> found =
        history
            .createHistoricTaskInstanceQuery()
            .processInstanceBusinessKey(caseNo)
            .orderByHistoricActivityInstanceStartTime()
            .asc()
            .list();
    Map<String, String> completedBy = completedBy(found);
    return found.stream()
        .map(
            t -> {
              boolean open = t.getEndTime() == null;
              String doneBy =
                  open
                      ? (t.getAssignee() == null ? "未认领" : names.user(t.getAssignee()) + "（已认领）")
                      : names.user(completedBy.getOrDefault(t.getId(), t.getAssignee()));
              return new Dossier.Step(
                  t.getName(),
                  names.groups(candidateGroups(t.getId())),
                  open ? "待办理" : completed(t) ? "已完成" : "已结束（未办理）",
                  open,
                  time(t.getStartTime()),
                  t.getDueDate() == null ? NONE : date(calendar.dateOf(t.getDueDate().toInstant())),
                  doneBy,
                  open ? NONE : time(t.getEndTime()));
            })
        .toList();
  }

  private static boolean completed(HistoricTaskInstance task) {
    return "completed".equals(task.getDeleteReason());
  }

  /** Who completed each task: the logged-in user the engine recorded, not only the assignee. */
  private Map<String, String> completedBy(List<HistoricTaskInstance> found) {
    Map<String, String> byTask = new HashMap<>();
    found.stream()
        .map(HistoricTaskInstance::getProcessInstanceId)
        .distinct()
        .forEach(
            pi ->
                history
                    .createUserOperationLogQuery()
                    .processInstanceId(pi)
                    .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
                    .list()
                    .forEach(
                        e -> {
                          if (e.getTaskId() != null && e.getUserId() != null) {
                            byTask.putIfAbsent(e.getTaskId(), e.getUserId());
                          }
                        }));
    return byTask;
  }

  private List<String> candidateGroups(String taskId) {
    Set<String> groups = new LinkedHashSet<>();
    for (HistoricIdentityLinkLog link :
        history
            .createHistoricIdentityLinkLogQuery()
            .taskId(taskId)
            .type(IdentityLinkType.CANDIDATE)
            .list()) {
      if (link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return List.copyOf(groups);
  }

  private Dossier.Paper paper(CaseView.Notice n, Names names) {
    String delivery =
        n.deliveredOn() == null
            ? NONE
            : date(n.deliveredOn())
                + " "
                + n.deliveryWayLabel()
                + "（送达人："
                + names.user(n.deliveredBy())
                + "）";
    return new Dossier.Paper(
        n.title(),
        n.issuingUnitName(),
        time(n.issuedAt()),
        names.user(n.issuedBy()),
        n.statusLabel(),
        delivery,
        n.url());
  }

  private static <E extends Enum<E>> String label(
      Class<E> type, String name, java.util.function.Function<E, String> label) {
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().equals(name))
        .findFirst()
        .map(label)
        .orElse(name == null ? NONE : name);
  }

  private String time(Date at) {
    return time(at.toInstant());
  }

  private String time(Instant at) {
    return at.atZone(calendar.zone()).format(TIME);
  }

  private static String time(OffsetDateTime at) {
    return at == null ? NONE : at.format(TIME);
  }

  private static String date(LocalDate day) {
    return day == null ? NONE : day.toString();
  }

  /** Display names of accounts and groups, looked up once per page. */
  private final class Names {

    private final Map<String, String> users = new HashMap<>();
    private final Map<String, String> groups = new HashMap<>();

    /** 「人力资源和社会保障局承办人（human-resources-official）」; the platform itself as 系统. */
    String user(String id) {
      if (id == null) {
        return NONE;
      }
      return users.computeIfAbsent(
          id,
          key -> {
            User user = identity.createUserQuery().userId(key).singleResult();
            if (user == null) {
              return key;
            }
            String name =
                (nullToEmpty(user.getFirstName()) + nullToEmpty(user.getLastName())).strip();
            return name.isEmpty() ? key : name + "（" + key + "）";
          });
    }

    String groups(List<String> ids) {
      if (ids.isEmpty()) {
        return NONE;
      }
      List<String> missing = ids.stream().filter(id -> !groups.containsKey(id)).toList();
      if (!missing.isEmpty()) {
        for (Group g :
            identity.createGroupQuery().groupIdIn(missing.toArray(String[]::new)).list()) {
          groups.put(g.getId(), g.getName() == null ? g.getId() : g.getName());
        }
      }
      return String.join("、", ids.stream().map(id -> groups.getOrDefault(id, id)).toList());
    }

    private static String nullToEmpty(String s) {
      return s == null ? "" : s;
    }
  }
}
