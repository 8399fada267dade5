package cn.xinfang.platform.inquiry;

import static cn.xinfang.platform.inquiry.InquiryVariables.ANSWERING_UNIT;
import static cn.xinfang.platform.inquiry.InquiryVariables.INQUIRER_NAME;
import static cn.xinfang.platform.inquiry.InquiryVariables.INQUIRER_PHONE;
import static cn.xinfang.platform.inquiry.InquiryVariables.QUESTION;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Test data: a registered inquiry, valid unless a test spoils a field. */
public final class Inquiry {

  private final Map<String, Object> fields = new LinkedHashMap<>();

  private Inquiry(String unit) {
    fields.put(INQUIRER_NAME, "张三");
    fields.put(INQUIRER_PHONE, "13800138000");
    fields.put(QUESTION, "村里征地补偿款什么时候发放？标准是多少？");
    fields.put(ANSWERING_UNIT, unit);
  }

  public static Inquiry to(String unit) {
    return new Inquiry(unit);
  }

  public Inquiry with(String field, Object value) {
    fields.put(field, value);
    return this;
  }

  public Map<String, Object> variables() {
    return new LinkedHashMap<>(fields);
  }

  /** The body Tasklist posts to {@code submit-form}. */
  public String submitFormJson() {
    return fields.entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\":{\"value\":\"" + e.getValue() + "\"}")
        .collect(Collectors.joining(",", "{\"variables\":{", "}}"));
  }
}
