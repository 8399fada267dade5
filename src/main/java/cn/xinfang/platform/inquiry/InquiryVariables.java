package cn.xinfang.platform.inquiry;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.StringValue;

/** Process variables of {@code inquiry} (信访咨询答复), declared once. */
public final class InquiryVariables {

  public static final String PROCESS_ID = "inquiry";

  public static final String INQUIRER_NAME = "inquirerName";
  public static final String INQUIRER_PHONE = "inquirerPhone";
  public static final String QUESTION = "question";
  public static final String ANSWERING_UNIT = "answeringUnit";
  public static final String ANSWER = "answer";

  private InquiryVariables() {}

  /** A text variable, read typed. */
  static String text(VariableScope scope, String name) {
    StringValue value = scope.getVariableTyped(name);
    return value == null ? null : value.getValue();
  }
}
