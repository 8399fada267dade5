package cn.xinfang.platform.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Re-validates on the server what a Camunda Form validated in the browser: Tasklist can be bypassed
 * through REST, and its own messages are in English. Collects every problem, then fails once. Text
 * limits come from {@link TextField}, the same numbers the forms and the columns use.
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

  /** A required text: present, not blank, within its limit; null if invalid. */
  public String requiredText(TextField field) {
    return requiredText(field, field.label());
  }

  /** A required text, named {@code label} in the refusal. */
  public String requiredText(TextField field, String label) {
    Object value = scope.getVariable(field.key());
    if (!(value instanceof String text) || text.isBlank()) {
      problems.add("请填写" + label);
      return null;
    }
    return withinLimit(field, label, text);
  }

  /** A required text that must match a pattern, explained to the official by {@code rule}. */
  public String requiredMatching(TextField field, Pattern pattern, String rule) {
    String text = requiredText(field);
    if (text != null && !pattern.matcher(text).matches()) {
      problems.add(field.label() + "格式不正确（" + rule + "）");
      return null;
    }
    return text;
  }

  /** A required value the caller checks itself (a unit code from a select); null if missing. */
  public String requiredValue(String name, String label) {
    Object value = scope.getVariable(name);
    if (!(value instanceof String text) || text.isBlank()) {
      problems.add("请选择" + label);
      return null;
    }
    return text.strip();
  }

  /** A required choice among fixed values (a radio group or select); null if invalid. */
  public String requiredChoice(String name, String label, Map<String, String> choices) {
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

  /** A day as Tasklist's date field sends it (2026-11-24); null if missing or not a date. */
  public LocalDate requiredDate(String name, String label) {
    Object value = scope.getVariable(name);
    if (value == null || value instanceof String text && text.isBlank()) {
      problems.add("请填写" + label);
      return null;
    }
    try {
      return LocalDate.parse(value.toString().strip());
    } catch (DateTimeParseException e) {
      problems.add(label + "应为有效日期，格式如 2026-11-24");
      return null;
    }
  }

  /** A checkbox: ticked or not (Tasklist sends a boolean, a REST client may send text). */
  public boolean ticked(String name) {
    Object value = scope.getVariable(name);
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }

  /** An optional text within its limit; null when empty. */
  public String optionalText(TextField field) {
    Object value = scope.getVariable(field.key());
    if (!(value instanceof String text) || text.isBlank()) {
      return null;
    }
    return withinLimit(field, field.label(), text);
  }

  /**
   * A leader's approval: the decision among {@code choices}, and a comment that is required when
   * the decision is {@code sendBack} (the official must learn why) and optional otherwise.
   */
  public Approval approval(
      String decisionName, Map<String, String> choices, String sendBack, TextField comment) {
    String decision = requiredChoice(decisionName, "审批意见", choices);
    String text =
        sendBack.equals(decision)
            ? requiredText(comment, choices.get(sendBack) + "的理由")
            : optionalText(comment);
    return new Approval(decision, text, sendBack.equals(decision));
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

  private String withinLimit(TextField field, String label, String text) {
    if (!StorableText.storable(text)) {
      problems.add(label + StorableText.PROBLEM);
      return null;
    }
    if (text.length() > field.maxLength()) {
      problems.add(label + "不能超过 " + field.maxLength() + " 个字");
      return null;
    }
    return text.strip();
  }
}
