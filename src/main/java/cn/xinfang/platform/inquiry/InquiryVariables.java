package cn.xinfang.platform.inquiry;

import cn.xinfang.platform.casefile.TaskListLabels;

/** Process variables of {@code inquiry} (信访咨询答复), declared once. */
public final class InquiryVariables {

  public static final String PROCESS_ID = "inquiry";

  public static final String INQUIRER_NAME = "inquirerName";
  public static final String INQUIRER_PHONE = "inquirerPhone";
  public static final String QUESTION = "question";
  public static final String ANSWERING_UNIT = "answeringUnit";
  public static final String ANSWER = "answer";

  /** For Tasklist's lists (an inquiry has no case number): the inquirer masked, the question. */
  public static final String PETITIONER_LABEL = TaskListLabels.PETITIONER_LABEL;

  public static final String CASE_SUMMARY = TaskListLabels.CASE_SUMMARY;

  private InquiryVariables() {}
}
