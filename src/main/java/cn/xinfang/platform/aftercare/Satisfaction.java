package cn.xinfang.platform.aftercare;

import java.util.LinkedHashMap;
import java.util.Map;

/** The petitioner's satisfaction with the handling (满意度), asked at follow-up or given online. */
public enum Satisfaction {
  SATISFIED("满意"),
  BASICALLY_SATISFIED("基本满意"),
  DISSATISFIED("不满意");

  /** Where a rating came from: the follow-up (回访) or the petitioner's own query (自评). */
  public enum Source {
    FOLLOW_UP,
    PETITIONER
  }

  /** How a follow-up was done. */
  static final Map<String, String> WAYS =
      Map.of("PHONE", "电话回访", "VISIT", "上门回访", "SMS", "短信回访", "ONLINE", "网上回访");

  private final String label;

  Satisfaction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Map<String, String> choices() {
    Map<String, String> choices = new LinkedHashMap<>();
    for (Satisfaction s : values()) {
      choices.put(s.name(), s.label());
    }
    return choices;
  }
}
