package cn.xinfang.platform.publicquery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How many wrong query codes a client may send before it is refused for a while. */
@ConfigurationProperties("platform.public-query")
public record PublicQuerySettings(
    /* More than this many wrong codes (or unknown case numbers) within the window… */
    @DefaultValue("10") int maxFailures,
    /* …counted over this period… */
    @DefaultValue("PT10M") Duration window,
    /* …refuse the client (429) for this long, right code or not. */
    @DefaultValue("PT10M") Duration block) {}
