package cn.xinfang.platform.notice;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a notice reached the petitioner; the form's radio values. */
enum DeliveryWay {
  IN_PERSON("当面送达"),
  POST("邮寄送达"),
  SMS("短信告知"),
  ONLINE("网上告知");

  /** The form's choices, value → label, in the form's order. */
  static final Map<String, String> CHOICES = choices();

  private final String label;

  DeliveryWay(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  private static Map<String, String> choices() {
    Map<String, String> choices = new LinkedHashMap<>();
    Arrays.stream(values()).forEach(w -> choices.put(w.name(), w.label));
    return java.util.Collections.unmodifiableMap(choices);
  }
}
