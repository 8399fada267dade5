package cn.xinfang.platform.hotline;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.casefile.CaseStatus;
import cn.xinfang.platform.casefile.CaseSummary;
import cn.xinfang.platform.casefile.TaskListLabels;
import cn.xinfang.platform.intake.PetitionRegistry;
import cn.xinfang.platform.intake.PetitionRequest;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.supervision.SupervisionReason;
import cn.xinfang.platform.supervision.SupervisionRequests;
import cn.xinfang.platform.supervision.SupervisionSource;
import cn.xinfang.platform.system.PlatformRights;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 12345 work orders on the petition track: an order becomes one petition (channel HOTLINE, the
 * order number kept), however often and however concurrently the hotline sends it; its feedback
 * date follows the hotline's rules; a dissatisfied caller reopens it once, a second time the lead
 * unit is put under supervision.
 */
@Service
class HotlineService {

  static final String REOPEN_PROCESS = "hotline-reopen";
  static final String STATUS_OPEN = "open";

  /** An order as received: whether this request created it. */
  record Received(HotlineOrders.Order order, boolean created) {}

  /** What an evaluation did. */
  enum EvaluationResult {
    RECORDED,
    REOPENED,
    SUPERVISED,
    NOT_REPLIED,
    BEING_REDONE
  }

  private final HotlineOrders orders;
  private final HotlineTypes types;
  private final HotlineSettings settings;
  private final PetitionRegistry registry;
  private final CaseFiles files;
  private final CaseRecord record;
  private final BusinessCalendar calendar;
  private final SupervisionRequests supervision;
  private final RuntimeService runtime;
  private final TransactionTemplate transaction;
  private final TaskListLabels labels;

  HotlineService(
      HotlineOrders orders,
      HotlineTypes types,
      HotlineSettings settings,
      PetitionRegistry registry,
      CaseFiles files,
      CaseRecord record,
      BusinessCalendar calendar,
      SupervisionRequests supervision,
      RuntimeService runtime,
      PlatformTransactionManager transactions,
      TaskListLabels labels) {
    this.labels = labels;
    this.orders = orders;
    this.types = types;
    this.settings = settings;
    this.registry = registry;
    this.files = files;
    this.record = record;
    this.calendar = calendar;
    this.supervision = supervision;
    this.runtime = runtime;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * The order's petition: registered now, or the one an earlier (or concurrent) request with the
   * same order number registered. The order row's key decides between concurrent requests: the
   * second one's transaction rolls back whole (its case and process with it).
   */
  Received receive(HotlineOrderRequest o, String actor) {
    Optional<HotlineOrders.Order> known = orders.find(o.orderNo());
    if (known.isPresent()) {
      return new Received(known.get(), false);
    }
    try {
      return transaction.execute(status -> new Received(register(o, actor), true));
    } catch (DataAccessException sameOrderAtTheSameMoment) {
      return orders
          .find(o.orderNo())
          .map(order -> new Received(order, false))
          .orElseThrow(() -> sameOrderAtTheSameMoment);
    }
  }

  private HotlineOrders.Order register(HotlineOrderRequest o, String actor) {
    HotlineTypes.Mapping m = types.of(o.type());
    PetitionRequest petition =
        new PetitionRequest(
            "HOTLINE",
            List.of(
                new PetitionRequest.PetitionerRequest(
                    o.callerName().strip(), null, o.phone(), null)),
            1,
            m.category(),
            m.matterType(),
            false,
            o.region() == null || o.region().isBlank() ? settings.region() : o.region(),
            o.content(),
            List.of(),
            o.orderNo(),
            null,
            false);
    Registration r = registry.register(petition, actor);
    Instant received = o.receivedInstant();
    HotlineOrders.Order order =
        new HotlineOrders.Order(
            o.orderNo(),
            r.caseNo(),
            o.type(),
            o.urgency(),
            m.complexity(),
            received,
            feedbackDue(received, o.urgency(), m.complexity()),
            calendar.now(),
            0);
    orders.add(order);
    record.add(
        r.caseNo(),
        actor,
        null,
        CaseAction.REGISTERED,
        "12345 工单 "
            + o.orderNo()
            + "（"
            + label(o.urgency(), m.complexity())
            + "），应于 "
            + calendar.dateOf(order.feedbackDue())
            + " 前向热线反馈");
    return order;
  }

  /** Urgent: 24 hours from receipt; general 7 days, complex 15 days, to the end of that day. */
  Instant feedbackDue(Instant received, String urgency, String complexity) {
    if ("URGENT".equals(urgency)) {
      return received.plus(Duration.ofHours(settings.urgentHours()));
    }
    int days = "COMPLEX".equals(complexity) ? settings.complexDays() : settings.generalDays();
    return calendar.endOf(calendar.dateOf(received).plusDays(days)).toInstant();
  }

  static String label(String urgency, String complexity) {
    return "URGENT".equals(urgency) ? "紧急件" : "COMPLEX".equals(complexity) ? "复杂件" : "一般件";
  }

  Optional<HotlineOrders.Order> find(String orderNo) {
    return orders.find(orderNo);
  }

  /**
   * The caller's evaluation, once the order is answered: a first 不满意 reopens it (the lead unit's
   * leaders answer again), a second puts the lead unit under supervision.
   */
  EvaluationResult evaluate(String orderNo, String satisfaction, String comment) {
    HotlineOrders.Order o = orders.find(orderNo).orElseThrow();
    CaseSummary c = files.find(o.caseNo()).orElseThrow();
    if (c.status().isInHandling()) {
      return EvaluationResult.NOT_REPLIED;
    }
    if (reopenRunning(o.caseNo())) {
      return EvaluationResult.BEING_REDONE;
    }
    orders.evaluated(orderNo, satisfaction, comment, calendar.now());
    String text =
        "12345 来电人评价："
            + HotlineController.SATISFACTIONS.get(satisfaction)
            + (comment == null || comment.isBlank() ? "" : "（" + comment.strip() + "）");
    record.add(o.caseNo(), null, c.leadUnit(), CaseAction.RATED, text);
    if (!"DISSATISFIED".equals(satisfaction)) {
      return EvaluationResult.RECORDED;
    }
    if (o.reopened() == 0) {
      orders.reopened(orderNo);
      record.add(o.caseNo(), null, c.leadUnit(), CaseAction.REHANDLED, "来电人不满意，工单重办（仅一次）");
      Map<String, Object> variables = new HashMap<>(labels.of(o.caseNo()));
      variables.put("caseNo", o.caseNo());
      variables.put("orderNo", orderNo);
      variables.put("leadUnit", c.leadUnit());
      PlatformRights.run(
          () -> runtime.startProcessInstanceByKey(REOPEN_PROCESS, o.caseNo(), variables));
      return EvaluationResult.REOPENED;
    }
    supervision.request(
        o.caseNo(),
        c.leadUnit(),
        SupervisionReason.DISSATISFIED,
        SupervisionSource.PROCESS,
        "12345 工单 " + orderNo + " 重办后来电人仍不满意",
        null);
    return EvaluationResult.SUPERVISED;
  }

  private boolean reopenRunning(String caseNo) {
    return runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(REOPEN_PROCESS)
            .processInstanceBusinessKey(caseNo)
            .count()
        > 0;
  }

  static boolean answered(CaseStatus status) {
    return !status.isInHandling();
  }
}
