package cn.xinfang.platform.browser;

import cn.xinfang.platform.support.PostgresPlatformTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform on embedded PostgreSQL with the demo accounts, on a random port, walked in Chromium.
 * Runs in {@code integration-test} (maven-failsafe-plugin), after every other test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(Chromium.Installed.class)
@PostgresPlatformTest
public @interface BrowserTest {}
