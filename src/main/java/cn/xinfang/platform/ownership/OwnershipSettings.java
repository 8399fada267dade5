package cn.xinfang.platform.ownership;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local rule on leader ownership, from {@code config/deadlines.yaml} ({@code
 * platform.ownership}).
 */
@ConfigurationProperties("platform.ownership")
public record OwnershipSettings(
    /* The owner closes the case within this many months of signing for it. */
    @DefaultValue("3") int targetMonths,
    /* One extension of at most this many days, approved by the owner. */
    @DefaultValue("30") int extensionMaxDays,
    /* The owner meets the petitioner (接访/约访) within this many days. */
    @DefaultValue("7") int meetingDays,
    /* The resolution plan (化解方案) within this many days. */
    @DefaultValue("15") int planDays,
    /* Progress reports every this many days until close-out. */
    @DefaultValue("15") int reportCycleDays,
    /* The bureau proposes an owner, and the leader signs for it, within this many working days. */
    @DefaultValue("3") int assignWorkingDays) {}
