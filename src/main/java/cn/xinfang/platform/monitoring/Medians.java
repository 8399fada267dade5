package cn.xinfang.platform.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Medians of durations, as the dashboard shows them. */
final class Medians {

  private Medians() {}

  /**
   * The median of the values (the mean of the middle two for an even count) divided by {@code
   * unit}, with one decimal, or null when there are no values.
   */
  static BigDecimal of(List<Long> values, long unit) {
    if (values.isEmpty()) {
      return null;
    }
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    BigDecimal median =
        n % 2 == 1
            ? BigDecimal.valueOf(sorted.get(n / 2))
            : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2))
                .divide(BigDecimal.valueOf(2));
    return median.divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP);
  }
}
