package cn.xinfang.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How wrong passwords and tokens slow down whoever sends them: by client address and account, and
 * by client address alone, never by account alone (so a stranger cannot lock the real user out).
 */
@ConfigurationProperties("platform.login-throttle")
record LoginThrottleSettings(
    /* Failures one client may send for one account before it has to wait… */
    @DefaultValue("5") int freeFailures,
    /* …first this long, doubling with each further failure… */
    @DefaultValue("PT2S") Duration firstDelay,
    /* …up to this (never for good). */
    @DefaultValue("PT15M") Duration maxDelay,
    /* More failures than this from one client, over all accounts, within the window… */
    @DefaultValue("30") int clientMaxFailures,
    /* …refuse that client's sign-ins for this long. */
    @DefaultValue("PT15M") Duration clientBlock,
    /* Failures are forgotten after this period without one. */
    @DefaultValue("PT15M") Duration window,
    /* Failures for one account from this many clients within the window alert the administrator. */
    @DefaultValue("10") int alertClients) {}
