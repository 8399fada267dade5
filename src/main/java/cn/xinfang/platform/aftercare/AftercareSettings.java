package cn.xinfang.platform.aftercare;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The periods after the reply, from {@code config/deadlines.yaml} ({@code platform.aftercare};
 * articles in brackets).
 */
@ConfigurationProperties("platform.aftercare")
public record AftercareSettings(
    /* The lead unit or the bureau follows up (回访) within this many working days of delivery. */
    @DefaultValue("5") int followUpWorkingDays,
    /* The petitioner may ask for review, then re-examination, within this many days (35, 36). */
    @DefaultValue("30") int requestDays,
    /* The reviewing body decides within this many days of signing for the request (35, 36). */
    @DefaultValue("30") int decisionDays,
    /* The reviewing body signs for a request within this many working days. */
    @DefaultValue("3") int signWorkingDays,
    /* A reply revoked on review is handled again and replied within this many days. */
    @DefaultValue("60") int rehandlingDays) {}
