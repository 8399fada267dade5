package cn.xinfang.platform.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A period of days asked for by a report's {@code from} and {@code to} (both included, as officials
 * count them).
 */
public record DateRange(LocalDate from, LocalDate to) {

  /** The range, or why it is not one (in Chinese). */
  public record Parsed(Optional<DateRange> range, String problem) {}

  public static Parsed parse(String from, String to) {
    try {
      LocalDate first = LocalDate.parse(from.strip());
      LocalDate last = LocalDate.parse(to.strip());
      if (last.isBefore(first)) {
        return new Parsed(Optional.empty(), "结束日期不能早于开始日期");
      }
      return new Parsed(Optional.of(new DateRange(first, last)), null);
    } catch (DateTimeParseException | NullPointerException e) {
      return new Parsed(Optional.empty(), "起止日期格式应为 2026-11-24");
    }
  }

  /** The first moment of {@code from} in the zone. */
  public Instant start(ZoneId zone) {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The first moment after {@code to} in the zone. */
  public Instant end(ZoneId zone) {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
