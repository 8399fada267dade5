package cn.xinfang.platform.hotline;

import cn.xinfang.platform.intake.FieldError;
import cn.xinfang.platform.validation.TextField;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A 12345 work order as the hotline sends it. {@code region} (a unit code) is optional: without it
 * the order is registered for the district as a whole.
 */
record HotlineOrderRequest(
    String orderNo,
    String callerName,
    String phone,
    String content,
    String type,
    String urgency,
    String receivedAt,
    String region) {

  static final Set<String> URGENCIES = Set.of("NORMAL", "URGENT");
  private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

  /** Every problem with the order, by field, in Chinese; empty when it can be registered. */
  List<FieldError> problems() {
    List<FieldError> errors = new ArrayList<>();
    required(errors, "orderNo", "工单编号", orderNo, TextField.HOTLINE_ORDER_NO.maxLength());
    required(errors, "callerName", "来电人姓名", callerName, TextField.PETITIONER_NAME.maxLength());
    if (blank(phone)) {
      errors.add(new FieldError("phone", "请填写联系电话"));
    } else if (!PHONE.matcher(phone).matches()) {
      errors.add(new FieldError("phone", "联系电话格式不正确（11 位手机号或带区号的固定电话）"));
    }
    required(errors, "content", "诉求内容", content, TextField.CONTENT.maxLength());
    required(errors, "type", "诉求类型", type, 40);
    if (blank(urgency)) {
      errors.add(new FieldError("urgency", "请填写紧急程度（NORMAL 一般、URGENT 紧急）"));
    } else if (!URGENCIES.contains(urgency)) {
      errors.add(new FieldError("urgency", "紧急程度只能是 NORMAL（一般）或 URGENT（紧急）"));
    }
    if (blank(receivedAt)) {
      errors.add(new FieldError("receivedAt", "请填写热线受理时间（ISO-8601，如 2026-11-24T09:30:00+08:00）"));
    } else if (receivedInstant() == null) {
      errors.add(new FieldError("receivedAt", "热线受理时间格式不正确（ISO-8601，如 2026-11-24T09:30:00+08:00）"));
    }
    return errors;
  }

  /** {@code receivedAt} as an instant; null when it is not ISO-8601 with an offset. */
  Instant receivedInstant() {
    try {
      return OffsetDateTime.parse(receivedAt.strip()).toInstant();
    } catch (DateTimeParseException | NullPointerException e) {
      try {
        return Instant.parse(receivedAt.strip());
      } catch (DateTimeParseException | NullPointerException again) {
        return null;
      }
    }
  }

  private static void required(
      List<FieldError> errors, String field, String label, String value, int max) {
    if (blank(value)) {
      errors.add(new FieldError(field, "请填写" + label));
    } else if (value.length() > max) {
      errors.add(new FieldError(field, label + "不能超过 " + max + " 个字"));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
