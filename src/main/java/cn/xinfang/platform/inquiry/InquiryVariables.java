package cn.xinfang.platform.inquiry;

/** Process variables of {@code inquiry} (信访咨询答复), declared once. */
public final class InquiryVariables {

  public static final String PROCESS_ID = "inquiry";

  public static final String INQUIRER_NAME = "inquirerName";
  public static final String INQUIRER_PHONE = "inquirerPhone";
  public static final String QUESTION = "question";
  public static final String ANSWERING_UNIT = "answeringUnit";
  public static final String ANSWER = "answer";

  private InquiryVariables() {}
}
