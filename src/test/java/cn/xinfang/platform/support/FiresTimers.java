package cn.xinfang.platform.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The timer events a test fires. Checked both ways: the test fails if it did not fire each of them
 * ({@link TimerFiringCheck}), and {@code StatutoryClocksTest} fails if a timer of the deployed
 * models is fired by no test.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TimerFiringCheck.class)
public @interface FiresTimers {
  String[] value();
}
