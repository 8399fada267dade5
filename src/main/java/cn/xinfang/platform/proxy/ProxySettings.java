package cn.xinfang.platform.proxy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Proxy handling's limits, from {@code config/deadlines.yaml} ({@code platform.proxy}). */
@ConfigurationProperties("platform.proxy")
public record ProxySettings(
    /* Each level resolves, accepts or passes the matter up within this many days. */
    @DefaultValue("15") int levelDays) {}
