package io.csol.sandbox.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a sandbox server for the annotated test class: started once per class (or once per JVM
 * with {@link #shared()}), reset before each test, injected as a {@code SandboxServer} parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SandboxExtension.class)
public @interface CsolSandbox {

  /** The seed of generated data and random faults. */
  long seed() default 42;

  /** The data scale. */
  int scale() default 1;

  /** The access token lifetime in seconds. */
  long tokenTtlSeconds() default 3600;

  /** The rate limit per principal per second (0 = off). */
  int rateLimit() default 0;

  /** Whether the server is shared by every test class in the JVM that asks for the same options. */
  boolean shared() default false;
}
