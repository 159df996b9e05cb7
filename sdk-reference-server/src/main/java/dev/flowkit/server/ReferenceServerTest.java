package dev.flowkit.server;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a JUnit 5 test a started {@link ReferenceServer}: declare a test method (or constructor)
 * parameter of that type. Each test method gets a fresh server, closed after it.
 *
 * <pre>{@code
 * @ReferenceServerTest
 * class MyTest {
 *   @Test void lists(ReferenceServer server) { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(ReferenceServerExtension.class)
public @interface ReferenceServerTest {
  /** Serve HTTPS (see {@link ReferenceServer#clientCertificates()}). */
  boolean tls() default false;

  /** Heartbeat period of event streams, in milliseconds. */
  long heartbeatMillis() default 15_000;
}
