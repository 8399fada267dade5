package cn.xinfang.platform.notification;

import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often a mail the SMTP server refused is tried again before it shows as an incident in Cockpit
 * ({@code platform.mail.retry-cycle}, an ISO 8601 repetition such as {@code R5/PT10M}): read by
 * {@code mail-delivery}'s {@code Task_SendMail} as {@code ${mailRetry.cycle}}.
 */
@Component("mailRetry")
public class MailRetry {

  private static final Pattern CYCLE = Pattern.compile("R\\d+/P(T?\\d+[SMHD])+");

  private final String cycle;

  MailRetry(@Value("${platform.mail.retry-cycle:R5/PT10M}") String cycle) {
    if (!CYCLE.matcher(cycle).matches()) {
      throw new IllegalStateException(
          "platform.mail.retry-cycle 应为 ISO 8601 重复间隔，如 R5/PT10M（重试 5 次，每次间隔 10 分钟）：" + cycle);
    }
    this.cycle = cycle;
  }

  public String getCycle() {
    return cycle;
  }
}
