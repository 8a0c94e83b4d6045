package io.csol.sdk.core.retry;

import io.csol.sdk.core.RetryOptions;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter, overridden by the server's {@code Retry-After}.
 *
 * <p>Before retry {@code n} (1-based) the wait is uniform in {@code [0, min(cap, base * 2^(n-1))]}
 * (AWS "full jitter": spreads a crowd of clients that failed together). When the failed attempt's
 * outcome carries a Retry-After, that wait is used instead. Thread-safe.
 */
public final class Backoff implements IntervalBiFunction<Backoff.Outcome> {

  /** What an attempt ended with, as far as the backoff is concerned. */
  public interface Outcome {
    /** @return the server's requested wait, if it sent one */
    Optional<Duration> retryAfter();
  }

  private final long baseMillis;
  private final long capMillis;
  private final DoubleSupplier random;

  /**
   * Creates a backoff.
   *
   * @param options base and cap, not null
   * @param random source of uniform values in [0, 1), not null
   */
  public Backoff(RetryOptions options, DoubleSupplier random) {
    Objects.requireNonNull(options, "options must not be null");
    this.baseMillis = options.initialBackoff().toMillis();
    this.capMillis = options.maxBackoff().toMillis();
    this.random = Objects.requireNonNull(random, "random must not be null");
  }

  /**
   * Returns the wait in milliseconds before the next attempt.
   *
   * @param attempt number of attempts made so far (1 after the first failure)
   * @param outcome the failure (left) or the retryable response (right)
   * @return milliseconds to wait
   */
  @Override
  public Long apply(Integer attempt, Either<Throwable, Outcome> outcome) {
    if (outcome != null && outcome.isRight() && outcome.get() != null) {
      Optional<Duration> serverWait = outcome.get().retryAfter();
      if (serverWait.isPresent()) {
        return serverWait.get().toMillis();
      }
    }
    return jitter(attempt == null ? 1 : attempt);
  }

  /**
   * Returns the ceiling of the jittered wait before retry {@code attempt}.
   *
   * @param attempt 1-based retry number
   * @return ceiling in milliseconds
   */
  public long ceiling(int attempt) {
    int shift = Math.max(0, Math.min(attempt - 1, 30));
    long exp = baseMillis << shift;
    return exp < 0 ? capMillis : Math.min(capMillis, exp);
  }

  private long jitter(int attempt) {
    return (long) (random.getAsDouble() * ceiling(attempt));
  }
}
