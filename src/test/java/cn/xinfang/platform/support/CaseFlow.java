package cn.xinfang.platform.support;

import static cn.xinfang.platform.handling.HandlingVariables.*;
import static cn.xinfang.platform.intake.PetitionVariables.ACCEPTANCE_DECISION;
import static cn.xinfang.platform.intake.PetitionVariables.DECISION_NOTE;
import static cn.xinfang.platform.intake.PetitionVariables.FORWARD;
import static cn.xinfang.platform.intake.PetitionVariables.LEAD_UNIT;
import static cn.xinfang.platform.intake.PetitionVariables.PROCESS_ID;
import static cn.xinfang.platform.intake.PetitionVariables.REPLY_COMMENT;
import static cn.xinfang.platform.intake.PetitionVariables.REPLY_DECISION;
import static cn.xinfang.platform.intake.PetitionVariables.REPLY_TEXT;
import static cn.xinfang.platform.intake.PetitionVariables.RESPONSIBLE_UNITS;
import static cn.xinfang.platform.intake.PetitionVariables.ROUTING_REASON;
import static cn.xinfang.platform.notice.NoticeDeliveryVariables.DELIVERED_ON;
import static cn.xinfang.platform.notice.NoticeDeliveryVariables.DELIVERY_WAY;
import static cn.xinfang.platform.notice.NoticeDeliveryVariables.NOTICE_ID;

import cn.xinfang.platform.intake.PetitionRegistry;
import cn.xinfang.platform.intake.PetitionRequest;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.routing.UnitList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;

/** The steps of a petition as the demo users take them, for tests that read like the process. */
public final class CaseFlow {

  private final PetitionRegistry registry;
  private final Desk desk;
  private final ProcessEngine engine;

  public CaseFlow(PetitionRegistry registry, Desk desk, ProcessEngine engine) {
    this.registry = registry;
    this.desk = desk;
    this.engine = engine;
  }

  public Desk desk() {
    return desk;
  }

  public Registration register(PetitionRequest petition) {
    return registry.register(petition, "registrar");
  }

  /** The registrar forwards to these units (the first leads), with a reason if it overrides. */
  public void forward(String caseNo, String reason, String... units) {
    Map<String, Object> form = new HashMap<>();
    form.put(ACCEPTANCE_DECISION, FORWARD);
    form.put(RESPONSIBLE_UNITS, UnitList.json(List.of(units)));
    form.put(LEAD_UNIT, units[0]);
    if (reason != null) {
      form.put(ROUTING_REASON, reason);
    }
    desk.complete("registrar", caseNo, "Task_ReviewRegistration", form);
  }

  public void decide(String caseNo, String decision, String note) {
    desk.complete(
        "registrar",
        caseNo,
        "Task_ReviewRegistration",
        Map.of(ACCEPTANCE_DECISION, decision, DECISION_NOTE, note));
  }

  public void signFor(String unit, String caseNo) {
    desk.complete(unit + "-official", caseNo, "Task_SignFor", Map.of(SIGN_DECISION, SIGN));
  }

  public void object(String unit, String caseNo) {
    desk.complete(
        unit + "-official",
        caseNo,
        "Task_SignFor",
        Map.of(SIGN_DECISION, OBJECT, OBJECTION_REASON, "该事项不属本单位法定职责，建议由其他单位办理"));
  }

  public void agreeObjection(String caseNo, String rerouteTo) {
    desk.complete(
        "registrar",
        caseNo,
        "Task_ReviewObjection",
        Map.of(OBJECTION_DECISION, AGREE, REROUTE_UNIT, rerouteTo));
  }

  public void refuseObjection(String caseNo) {
    desk.complete(
        "registrar",
        caseNo,
        "Task_ReviewObjection",
        Map.of(OBJECTION_DECISION, INSIST, OBJECTION_ANSWER, "该事项属于本单位职责范围，请签收办理"));
  }

  public void handle(String unit, String caseNo) {
    desk.complete(
        unit + "-official",
        caseNo,
        "Task_HandleCase",
        Map.of(
            HANDLING_ACTION, HANDLED,
            FINDINGS, unit + "：经调查，反映情况基本属实",
            MEASURES, unit + "：已责令限期整改",
            DRAFT_REPLY, unit + "：诉求合理，已依法处理"));
  }

  public void leaderDecides(String unit, String caseNo, String decision) {
    Map<String, Object> form = new HashMap<>();
    form.put(UNIT_DECISION, decision);
    if (RETURN.equals(decision)) {
      form.put(UNIT_COMMENT, "查明情况不够具体，请补充");
    }
    desk.complete(unit + "-leader", caseNo, "Task_ApproveUnitReply", form);
    if (APPROVE.equals(decision)) {
      joinUnitsParts(caseNo);
    }
  }

  /**
   * The engine joins a unit's finished part to the case in a job of its own (the job executor runs
   * it in production; tests run it here), so that units finishing together do not collide.
   */
  public void joinUnitsParts(String caseNo) {
    String petition =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(PROCESS_ID)
            .processInstanceBusinessKey(caseNo)
            .singleResult()
            .getId();
    ManagementService jobs = engine.getManagementService();
    jobs.createJobQuery()
        .processInstanceId(petition)
        .activityId("CallActivity_DepartmentHandling")
        .list()
        .forEach(job -> jobs.executeJob(job.getId()));
  }

  /** Sign, handle, approve: one unit's whole part. */
  public void unitHandles(String unit, String caseNo) {
    signFor(unit, caseNo);
    handle(unit, caseNo);
    leaderDecides(unit, caseNo, APPROVE);
  }

  /** The reason the officials in these stories give for an extension. */
  public static final String EXTENSION_GROUNDS = "需等待不动产登记部门出具权属证明";

  /** The unit's official asks to extend the handling period. */
  public void requestExtension(String unit, String caseNo, int days) {
    requestExtension(unit, caseNo, days, EXTENSION_GROUNDS);
  }

  public void requestExtension(String unit, String caseNo, int days, String reason) {
    desk.complete(
        unit + "-official",
        caseNo,
        "Task_HandleCase",
        Map.of(HANDLING_ACTION, EXTEND, EXTENSION_DAYS, days, EXTENSION_REASON, reason));
  }

  /** The unit's leader approves the extension asked for. */
  public void approveExtension(String unit, String caseNo) {
    desk.complete(
        unit + "-leader", caseNo, "Task_ApproveExtension", Map.of(EXTENSION_DECISION, APPROVE));
  }

  public void consolidate(String leadUnit, String caseNo) {
    desk.complete(
        leadUnit + "-official",
        caseNo,
        "Task_ConsolidateReply",
        Map.of(REPLY_TEXT, "经各责任单位调查核实，您反映的问题已依法处理，处理结果如下……如不服本答复，可在收到之日起 30 日内申请复查。"));
  }

  public void leaderDecidesReply(String leadUnit, String caseNo, String decision) {
    Map<String, Object> form = new HashMap<>();
    form.put(REPLY_DECISION, decision);
    if (RETURN.equals(decision)) {
      form.put(REPLY_COMMENT, "请写明复查途径");
    }
    desk.complete(leadUnit + "-leader", caseNo, "Task_ApproveReply", form);
  }

  /** Whoever delivered the notice records in 送达文书 the day and the way (IN_PERSON, POST…). */
  public void deliver(String user, String caseNo, long noticeId, String way, String day) {
    deliver(user, caseNo, noticeId, Map.of(DELIVERY_WAY, way, DELIVERED_ON, day));
  }

  /** 送达文书 with the form's values as they are, valid or not. */
  public void deliver(String user, String caseNo, long noticeId, Map<String, Object> form) {
    desk.complete(user, caseNo, "Task_DeliverNotice", NOTICE_ID, noticeId, form);
  }
}
