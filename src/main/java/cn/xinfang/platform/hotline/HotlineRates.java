package cn.xinfang.platform.hotline;

import cn.xinfang.platform.casefile.CaseAction;
import cn.xinfang.platform.casefile.CaseEvent;
import cn.xinfang.platform.casefile.CaseFiles;
import cn.xinfang.platform.casefile.CaseRecord;
import cn.xinfang.platform.organisation.Organisation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * The hotline's three rates per lead unit over the orders received in a period, each recomputable
 * from the case record:
 *
 * <ul>
 *   <li>响应率: orders the lead unit signed for (签收) by the order's feedback date, over orders;
 *   <li>解决率: orders whose 答复意见书 was issued by the feedback date, over orders;
 *   <li>满意率: orders whose caller's last evaluation was 满意 or 基本满意, over evaluated orders (no
 *       evaluation yet: no rate).
 * </ul>
 */
@Service
public class HotlineRates {

  /** One unit's figures; a rate is a percentage with one decimal, or null when undefined. */
  public record UnitRates(
      String unit,
      String unitName,
      int orders,
      int responded,
      int resolved,
      int evaluated,
      int satisfied,
      BigDecimal responseRate,
      BigDecimal resolutionRate,
      BigDecimal satisfactionRate) {}

  private final HotlineOrders orders;
  private final CaseFiles files;
  private final CaseRecord record;
  private final Organisation organisation;

  HotlineRates(
      HotlineOrders orders, CaseFiles files, CaseRecord record, Organisation organisation) {
    this.orders = orders;
    this.files = files;
    this.record = record;
    this.organisation = organisation;
  }

  public List<UnitRates> between(Instant from, Instant to) {
    Map<String, int[]> counts = new TreeMap<>();
    for (HotlineOrders.Order o : orders.receivedBetween(from, to)) {
      String lead = files.find(o.caseNo()).map(c -> c.leadUnit()).orElse(null);
      if (lead == null) {
        continue;
      }
      int[] c = counts.computeIfAbsent(lead, u -> new int[5]);
      List<CaseEvent> events = record.of(o.caseNo());
      c[0]++;
      if (first(events, CaseAction.SIGNED_FOR, lead)
          .filter(at -> !at.isAfter(o.feedbackDue()))
          .isPresent()) {
        c[1]++;
      }
      if (first(events, CaseAction.REPLIED, null)
          .filter(at -> !at.isAfter(o.feedbackDue()))
          .isPresent()) {
        c[2]++;
      }
      List<HotlineOrders.Evaluation> evaluations = orders.evaluations(o.orderNo());
      if (!evaluations.isEmpty()) {
        c[3]++;
        String last = evaluations.get(evaluations.size() - 1).satisfaction();
        if (!"DISSATISFIED".equals(last)) {
          c[4]++;
        }
      }
    }
    List<UnitRates> rates = new ArrayList<>();
    counts.forEach(
        (unit, c) ->
            rates.add(
                new UnitRates(
                    unit,
                    organisation.nameOf(unit),
                    c[0],
                    c[1],
                    c[2],
                    c[3],
                    c[4],
                    percent(c[1], c[0]),
                    percent(c[2], c[0]),
                    percent(c[4], c[3]))));
    return rates;
  }

  private static Optional<Instant> first(List<CaseEvent> events, CaseAction action, String unit) {
    return events.stream()
        .filter(e -> e.action() == action && (unit == null || unit.equals(e.unit())))
        .map(CaseEvent::at)
        .min(Instant::compareTo);
  }

  public static BigDecimal percent(int part, int whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part * 100L)
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
