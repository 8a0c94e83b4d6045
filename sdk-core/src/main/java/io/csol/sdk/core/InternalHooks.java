package io.csol.sdk.core;

import io.csol.sdk.core.retry.Sleeper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Test-visible knobs of the client builder, not API: tests inject a sleeper that does not sleep,
 * a settable clock and a fixed jitter so retry tests run instantly and deterministically.
 */
final class InternalHooks {
  Sleeper sleeper = Sleeper.SYSTEM;
  Clock clock = Clock.systemUTC();
  DoubleSupplier random = new SecureRandom()::nextDouble;
  Duration tokenRefreshSkew = Duration.ofSeconds(30);
}
