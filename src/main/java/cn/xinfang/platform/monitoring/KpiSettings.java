package cn.xinfang.platform.monitoring;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where 监控中心 shows a unit in red ({@code platform.monitoring.red-below} in {@code
 * application.yaml}): a rate, in percent, below its threshold. A rate the period leaves undefined
 * (nothing to count) never makes a unit red.
 */
@ConfigurationProperties("platform.monitoring.red-below")
public record KpiSettings(
    /* 按期受理率 */
    @DefaultValue("90") BigDecimal acceptedOnTimeRate,
    /* 按期办结率 */
    @DefaultValue("90") BigDecimal closedOnTimeRate,
    /* 满意率 */
    @DefaultValue("80") BigDecimal satisfactionRate) {}
