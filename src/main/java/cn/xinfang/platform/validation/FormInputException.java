package cn.xinfang.platform.validation;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input an official submitted is missing or invalid. Thrown from listeners, it rolls the step back
 * (the task stays open, nothing is started) and Tasklist shows the Chinese message.
 */
public class FormInputException extends BadUserRequestException {

  /** How every message starts, so it can be found inside the engine's wrapping. */
  public static final String PREFIX = "填写有误：";

  private final List<String> problems;

  public FormInputException(List<String> problems) {
    super(PREFIX + String.join("；", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
