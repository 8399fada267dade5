package cn.xinfang.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Which accounts are service accounts, and how long a rotated token keeps working. */
@ConfigurationProperties("platform.service-tokens")
record ServiceTokenSettings(
    /* Members of this group are service accounts (the channels' accounts): only they get tokens. */
    @DefaultValue("channels") String group,
    /* When a new token is issued the earlier ones keep working this long, unless the request says. */
    @DefaultValue("PT24H") Duration rotationOverlap,
    /* The longest overlap an administrator may ask for. */
    @DefaultValue("P7D") Duration maxOverlap) {}
