package cn.xinfang.platform.aftercare;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a review or re-examination decides about the reply (arts. 35, 36). */
public enum ReviewDecision {
  UPHELD("维持原处理意见"),
  CHANGED("变更原处理意见"),
  REVOKED("撤销原处理意见，责令重新办理");

  private final String label;

  ReviewDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Map<String, String> choices() {
    Map<String, String> choices = new LinkedHashMap<>();
    for (ReviewDecision d : values()) {
      choices.put(d.name(), d.label());
    }
    return choices;
  }
}
