package cn.xinfang.platform.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/** {@link PlatformTest} on a real (embedded) PostgreSQL instead of H2. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlatformTest
@ContextConfiguration(initializers = EmbeddedPostgres.class)
public @interface PostgresPlatformTest {}
