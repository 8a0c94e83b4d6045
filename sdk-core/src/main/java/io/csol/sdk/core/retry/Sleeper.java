package io.csol.sdk.core.retry;

import java.time.Duration;

/**
 * Waits between attempts. The system implementation sleeps the thread; tests inject one that
 * only records (and advances a fake clock) so retry tests run instantly.
 */
@FunctionalInterface
public interface Sleeper {
  /** Sleeps the calling thread with {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = d -> Thread.sleep(Math.max(0, d.toMillis()));

  /**
   * Waits for {@code duration}.
   *
   * @param duration how long, not negative
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
