package cn.xinfang.platform.validation;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every text a person types into the platform, with its one maximum length: the form's {@code
 * validate.maxLength}, the server's check and the column that stores it all use this number ({@code
 * TextLimitsTest} holds the forms and the columns to it). The key is the form field and process
 * variable; the label is what the official reads in a refusal.
 */
public enum TextField {
  // the petition: Tasklist's start form and the intake API
  PETITIONER_NAME("petitionerName", "信访人姓名", 50),
  PETITIONER_ID_NUMBER("petitionerIdNumber", "公民身份号码", 18),
  PETITIONER_PHONE("petitionerPhone", "联系电话", 20),
  PETITIONER_ADDRESS("petitionerAddress", "住址", 200),
  REPRESENTATIVES("representatives", "其他代表（集体访）", 1000),
  CONTENT("content", "信访内容", 4000),
  HOTLINE_ORDER_NO("hotlineOrderNo", "12345 工单编号", 64),
  DUPLICATE_REASON("duplicateReason", "作为新事项登记的理由", 2000),
  // registration review (登记受理)
  ROUTING_REASON("routingReason", "改派理由", 2000),
  DECISION_NOTE("decisionNote", "处理意见", 2000),
  // a responsible unit's part
  OBJECTION_REASON("objectionReason", "退回理由", 2000),
  OBJECTION_ANSWER("objectionAnswer", "不同意退回的理由", 2000),
  FINDINGS("findings", "查明情况", 4000),
  MEASURES("measures", "处理措施", 4000),
  DRAFT_REPLY("draftReply", "答复意见（草稿）", 4000),
  EXTENSION_REASON("extensionReason", "延期理由", 2000),
  UNIT_COMMENT("unitComment", "审批意见说明", 2000),
  EXTENSION_COMMENT("extensionComment", "审批意见说明", 2000),
  // the lead unit's written reply (a process variable holds at most 4,000 characters)
  REPLY_TEXT("replyText", "答复意见书", 4000),
  REPLY_COMMENT("replyComment", "审批意见说明", 2000),
  // delivering a notice (送达文书)
  DELIVERY_NOTE("deliveryNote", "送达说明", 500),
  // supervision (督查督办): lifting a case (提级办理)
  // leader case-ownership (领导包案)
  ASSIGN_REASON("assignReason", "指定包案理由", 2000),
  MEETING_PLACE("meetingPlace", "接访地点", 200),
  MEETING_NOTES("meetingNotes", "接访情况", 2000),
  PLAN_MEASURES("planMeasures", "化解措施", 2000),
  PLAN_UNITS("planUnits", "责任单位", 500),
  MILESTONES("milestones", "节点安排", 1000),
  REPORT_TEXT("reportText", "进展情况", 2000),
  CLOSE_OUT_COMMENT("closeOutComment", "审核意见", 2000),
  LIFT_REASON("liftReason", "提级理由", 2000),
  // inquiries (信访咨询)
  INQUIRER_NAME("inquirerName", "咨询人姓名", 50),
  INQUIRER_PHONE("inquirerPhone", "联系电话", 20),
  QUESTION("question", "咨询内容", 2000),
  ANSWER("answer", "答复意见", 2000),
  // supervision (督查督办) and accountability (问责)
  CASE_NO("caseNo", "案件编号", 20),
  FLAG_REASON("flagReason", "挂牌督办理由", 2000),
  REQUIREMENTS("requirements", "督办要求", 2000),
  ANSWER_TEXT("answerText", "书面答复", 4000),
  JUDGEMENT_NOTE("judgementNote", "审核意见说明", 2000),
  TALK_PEOPLE("talkPeople", "约谈参加人员", 500),
  TALK_CONTENT("talkContent", "约谈内容", 2000),
  PUBLIC_NOTICE_TEXT("publicNoticeText", "通报内容", 4000),
  PROPOSAL_TEXT("proposalText", "问责建议", 4000),
  DECISION_TEXT("decisionText", "问责决定内容", 2000),
  // closing the loop: follow-up (回访), review (复查) and re-examination (复核)
  FOLLOW_UP_NOTES("followUpNotes", "回访情况", 2000),
  REQUEST_TEXT("requestText", "申请事项和理由", 2000),
  REVIEW_DECISION_TEXT("reviewDecisionText", "复查（复核）意见", 4000),
  HEARING_NOTES("hearingNotes", "听证情况", 2000),
  // five-chiefs service day (五长服务日): the on-site explanation (释法说理)
  EXPLANATION("explanation", "释法说理情况", 2000),
  // proxy agents (信访代办): a level's mediation record
  MEDIATION_RECORD("mediationRecord", "调解记录或理由", 2000),
  MEDIATION_PARTIES("parties", "调解参加人", 500),
  // grid events (网格事件)
  GRID_LOCATION("location", "事件地点", 200),
  GRID_DESCRIPTION("eventDescription", "事件描述", 2000),
  GRID_CITIZEN_NAME("citizenName", "反映人姓名", 50),
  GRID_CITIZEN_PHONE("citizenPhone", "反映人电话", 20),
  GRID_FEEDBACK("gridFeedback", "处置情况", 2000),
  GRID_SUPERVISION_NOTE("supervisionNote", "督办情况", 2000);

  private final String key;
  private final String label;
  private final int maxLength;

  TextField(String key, String label, int maxLength) {
    this.key = key;
    this.label = label;
    this.maxLength = maxLength;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public int maxLength() {
    return maxLength;
  }

  public static Optional<TextField> ofKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }
}
