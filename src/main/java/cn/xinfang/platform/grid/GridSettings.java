package cn.xinfang.platform.grid;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Grid dispatch's limits, from {@code config/deadlines.yaml} ({@code platform.grid}). */
@ConfigurationProperties("platform.grid")
public record GridSettings(
    /* A dispatched unit reports in (报到) within this many hours; then it is reminded. */
    @DefaultValue("2") int reportInHours,
    /* Still not reported in this many hours after dispatch: the supervisors take it up. */
    @DefaultValue("4") int superviseAfterHours,
    /* A unit acts and feeds back within this many days… */
    @DefaultValue("7") int actDays,
    /* …or this many hours when the event is urgent. */
    @DefaultValue("24") int urgentActHours) {}
