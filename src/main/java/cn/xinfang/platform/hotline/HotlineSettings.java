package cn.xinfang.platform.hotline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The 12345 hotline's feedback rules, from {@code config/deadlines.yaml} ({@code
 * platform.hotline}).
 */
@ConfigurationProperties("platform.hotline")
public record HotlineSettings(
    /* An urgent order is answered to the hotline within this many hours of its receipt. */
    @DefaultValue("24") int urgentHours,
    /* A general order within this many days. */
    @DefaultValue("7") int generalDays,
    /* A complex order (hotline-type.dmn says which) within this many days. */
    @DefaultValue("15") int complexDays,
    /* Where an order is registered when it names no unit: the district as a whole. */
    @DefaultValue("district-government") String region) {}
