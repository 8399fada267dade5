package cn.xinfang.platform.supervision;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables of {@code supervision} (督查督办) and its entry message. Case number (the business key)
 * and unit code identify a supervision; no personal data is ever a supervision variable.
 */
public final class SupervisionVariables {

  public static final String PROCESS_ID = "supervision";

  /**
   * The one entry any process uses to ask for supervision: correlate it with the variables {@link
   * #CASE_NO}, {@link #UNIT}, {@link #REASON} (a {@link SupervisionReason}) and {@link #SOURCE}.
   */
  public static final String REQUESTED_MESSAGE = "supervision-requested";

  // the request
  public static final String CASE_NO = "caseNo";
  public static final String UNIT = "unit";
  public static final String REASON = "reason";
  public static final String SOURCE = "source";
  public static final String DETAIL = "detail";
  public static final String REQUESTED_BY = "requestedBy";

  // set by the process
  public static final String SUPERVISION_ID = "supervisionId";
  public static final String JOINED = "joined";
  public static final String UNIT_NAME = "unitName";
  public static final String REASON_LABEL = "reasonLabel";
  public static final String PRIOR_SUPERVISIONS = "priorSupervisions";
  public static final String COLLECTIVE = "collective";
  public static final String START_RUNG = "startRung";
  public static final String FLAGGED = "flagged";
  public static final String SANCTIONED = "sanctioned";
  public static final String NOTICE_DOCUMENT_ID = "noticeDocumentId";
  public static final String PROPOSAL_DOCUMENT_ID = "proposalDocumentId";
  public static final String OUTCOME = "outcome";

  // the forms
  public static final String FLAG_REASON = "flagReason";
  public static final String REQUIREMENTS = "requirements";
  public static final String ANSWER_TEXT = "answerText";
  public static final String JUDGEMENT = "judgement";
  public static final String JUDGEMENT_NOTE = "judgementNote";
  public static final String TALK = "talk";
  public static final String TALK_DATE = "talkDate";
  public static final String TALK_PEOPLE = "talkPeople";
  public static final String TALK_CONTENT = "talkContent";
  public static final String PUBLIC_NOTICE = "publicNotice";
  public static final String PUBLIC_NOTICE_TEXT = "publicNoticeText";
  public static final String RECTIFY = "rectify";
  public static final String RECTIFY_BY = "rectifyBy";
  public static final String LIFT = "lift";
  public static final String ARTICLE = "article";
  public static final String PROPOSAL_TEXT = "proposalText";
  public static final String DECISION = "decision";
  public static final String DECISION_DATE = "decisionDate";
  public static final String DECISION_TEXT = "decisionText";

  public static final String RECTIFIED = "RECTIFIED";
  public static final String NOT_RECTIFIED = "NOT_RECTIFIED";
  public static final Map<String, String> JUDGEMENTS =
      Map.of(RECTIFIED, "整改到位", NOT_RECTIFIED, "未整改到位");

  /** The articles of the regulation an accountability proposal may rest on (信访工作条例). */
  public static final Map<String, String> ARTICLES = new LinkedHashMap<>();

  /** What discipline inspection may decide. */
  public static final Map<String, String> DECISIONS = new LinkedHashMap<>();

  static {
    ARTICLES.put("43", "第四十三条（不登记、不转送交办，不按规定告知）");
    ARTICLES.put("44", "第四十四条（未按规定受理、书面告知）");
    ARTICLES.put("45", "第四十五条（推诿、敷衍、拖延、弄虚作假，不按期办结）");
    ARTICLES.put("46", "第四十六条（隐瞒、谎报、缓报，泄露检举材料，打击报复）");
    DECISIONS.put("NO_ACTION", "不予问责");
    DECISIONS.put("CRITICISM", "批评教育");
    DECISIONS.put("ADMONITION", "诫勉");
    DECISIONS.put("CIRCULATED_CRITICISM", "通报批评");
    DECISIONS.put("SANCTION", "党纪政务处分");
    DECISIONS.put("OTHER", "其他处理");
  }

  private SupervisionVariables() {}
}
