package cn.xinfang.platform.monitoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One unit's figures over a period (see {@link UnitKpis} for how each is counted). A count is a
 * whole number; a rate is a percentage with one decimal. {@code null} means the figure does not
 * exist for this unit and period (nothing to divide by, or the sub-feature is not deployed): the
 * dashboard and the reports show it as "—", never as 0.
 */
public record UnitFigures(
    String unit,
    String unitName,
    String level,
    int received,
    int dueToAccept,
    int acceptedOnTime,
    BigDecimal acceptedOnTimeRate,
    int closed,
    int closedOnTime,
    BigDecimal closedOnTimeRate,
    int overdueNow,
    int extensions,
    int objections,
    int buckPassing,
    Integer supervisionNotices,
    Integer publicNotices,
    Integer accountabilityProposals,
    int rated,
    int satisfied,
    BigDecimal satisfactionRate,
    int repeatCases,
    BigDecimal repeatRate,
    Integer hotlineOrders,
    BigDecimal hotlineResponseRate,
    BigDecimal hotlineResolutionRate,
    BigDecimal hotlineSatisfactionRate,
    BigDecimal medianDaysToClose,
    List<String> belowThreshold) {}
