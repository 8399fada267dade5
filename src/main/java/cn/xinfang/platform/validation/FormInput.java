package cn.xinfang.platform.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Re-validates on the server what a Camunda Form validated in the browser: Tasklist can be bypassed
 * through REST, and its own messages are in English. Collects every problem, then fails once.
 */
public final class FormInput {

  private final VariableScope scope;
  private final List<String> problems = new ArrayList<>();

  private FormInput(VariableScope scope) {
    this.scope = scope;
  }

  public static FormInput of(VariableScope scope) {
    return new FormInput(scope);
  }

  /** A required text: present, not blank, at most {@code maxLength} characters; null if invalid. */
  public String requiredText(String name, String label, int maxLength) {
    Object value = scope.getVariable(name);
    if (!(value instanceof String text) || text.isBlank()) {
      problems.add("请填写" + label);
      return null;
    }
    if (text.strip().length() > maxLength) {
      problems.add(label + "不能超过 " + maxLength + " 个字");
      return null;
    }
    return text.strip();
  }

  /** A required text that must match a pattern, explained to the official by {@code rule}. */
  public String requiredMatching(String name, String label, Pattern pattern, String rule) {
    String text = requiredText(name, label, 200);
    if (text != null && !pattern.matcher(text).matches()) {
      problems.add(label + "格式不正确（" + rule + "）");
      return null;
    }
    return text;
  }

  /** A required choice among fixed values (a radio group or select); null if invalid. */
  public String requiredChoice(String name, String label, java.util.Map<String, String> choices) {
    Object value = scope.getVariable(name);
    if (!(value instanceof String choice) || choice.isBlank()) {
      problems.add("请选择" + label);
      return null;
    }
    if (!choices.containsKey(choice)) {
      problems.add(label + "只能是：" + String.join("、", choices.values()));
      return null;
    }
    return choice;
  }

  /** An optional text, at most {@code maxLength} characters; null when empty. */
  public String optionalText(String name, String label, int maxLength) {
    Object value = scope.getVariable(name);
    if (!(value instanceof String text) || text.isBlank()) {
      return null;
    }
    if (text.strip().length() > maxLength) {
      problems.add(label + "不能超过 " + maxLength + " 个字");
      return null;
    }
    return text.strip();
  }

  /**
   * A leader's approval: the decision among {@code choices}, and a comment that is required when
   * the decision is {@code sendBack} (the official must learn why) and optional otherwise.
   */
  public Approval approval(
      String decisionName,
      java.util.Map<String, String> choices,
      String sendBack,
      String commentName) {
    String decision = requiredChoice(decisionName, "审批意见", choices);
    String comment =
        sendBack.equals(decision)
            ? requiredText(commentName, choices.get(sendBack) + "的理由", 2000)
            : optionalText(commentName, "审批意见说明", 2000);
    return new Approval(decision, comment, sendBack.equals(decision));
  }

  /** A leader's decision and comment; {@code sentBack} when it was not approved. */
  public record Approval(String decision, String comment, boolean sentBack) {}

  /** Records a problem found by the caller's own rule. */
  public void reject(String problem) {
    problems.add(problem);
  }

  /** Fails with every problem found, in Chinese; does nothing if the input is valid. */
  public void check() {
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
  }
}
