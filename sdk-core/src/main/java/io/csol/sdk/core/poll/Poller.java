package io.csol.sdk.core.poll;

import io.csol.sdk.core.error.CircuitOpenException;
import io.csol.sdk.core.error.RateLimitedException;
import io.csol.sdk.core.error.ResponseDecodingException;
import io.csol.sdk.core.error.ServerException;
import io.csol.sdk.core.error.TransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Fetches a value until a condition holds, waiting longer between fetches (exponential backoff up
 * to a cap) and giving up at a deadline: the SDK's one way to wait for something long-running,
 * like the AWS SDK's waiters or Azure's {@code SyncPoller}.
 *
 * <pre>{@code
 * Entitlement e = Poller.<Entitlement>builder()
 *     .fetch(() -> findEntitlement(access, Tool.INVOICES, "1000001"))
 *     .until(x -> x != null && x.status() != EntitlementStatus.PENDING)
 *     .timeout(Duration.ofMinutes(10))
 *     .build()
 *     .await();
 * }</pre>
 *
 * <p>Each call of the fetch is itself a full SDK call (with its own retries); a fetch failing with
 * a transient error (no answer, 5xx, 429, circuit open) counts as "not yet" and polling goes on
 * until the deadline; any other exception (404, 403, a bug) ends the wait at once and is thrown
 * as it is. After the deadline one last fetch is made at the deadline itself, then
 * {@link PollTimeoutException} carries the last value. Immutable and thread-safe; {@link #await()}
 * may be called again (it starts a new wait).
 *
 * @param <T> the polled value's type
 */
public final class Poller<T> {
  /** Waits; tests pass one that advances a fake clock instead. */
  @FunctionalInterface
  public interface Sleeper {
    /**
     * Waits for {@code duration}.
     *
     * @param duration how long, positive
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
  }

  private final Supplier<T> fetch;
  private final Predicate<? super T> until;
  private final Duration timeout;
  private final Duration initialDelay;
  private final Duration maxDelay;
  private final double multiplier;
  private final Sleeper sleeper;
  private final Clock clock;

  private Poller(Builder<T> b) {
    this.fetch = b.fetch;
    this.until = b.until;
    this.timeout = b.timeout;
    this.initialDelay = b.initialDelay;
    this.maxDelay = b.maxDelay;
    this.multiplier = b.multiplier;
    this.sleeper = b.sleeper;
    this.clock = b.clock;
  }

  /**
   * Starts a poller; {@code fetch}, {@code until} and {@code timeout} are required.
   *
   * @param <T> the polled value's type
   * @return a builder with 1 s initial delay, doubling, capped at 30 s
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Fetches until the condition holds and returns the value that satisfied it.
   *
   * @return the first fetched value for which the condition holds (may be null if it accepts null)
   * @throws PollTimeoutException when the deadline passes first; it carries the last value
   * @throws RuntimeException a fetch's non-transient exception, unchanged
   * @throws io.csol.sdk.core.error.TransportException when interrupted while waiting (the
   *     thread's interrupt flag is set again)
   */
  public T await() {
    Instant deadline = clock.instant().plus(timeout);
    Duration delay = initialDelay;
    T last = null;
    int polls = 0;
    while (true) {
      RuntimeException transientError = null;
      polls++;
      try {
        T value = fetch.get();
        if (until.test(value)) {
          return value;
        }
        last = value;
      } catch (RuntimeException e) {
        if (!isTransient(e)) {
          throw e;
        }
        transientError = e;
      }
      Duration left = Duration.between(clock.instant(), deadline);
      if (left.isNegative() || left.isZero()) {
        throw new PollTimeoutException(timeout, polls, last, transientError);
      }
      sleep(delay.compareTo(left) < 0 ? delay : left);
      delay = next(delay);
    }
  }

  /** Whether a fetch failure means "try again later": no answer, 5xx, 429 or an open circuit. */
  static boolean isTransient(RuntimeException e) {
    return (e instanceof TransportException t && t.retryable()) || e instanceof ServerException
        || e instanceof RateLimitedException || e instanceof CircuitOpenException
        || (e instanceof ResponseDecodingException d && d.retryable());
  }

  private Duration next(Duration delay) {
    double millis = delay.toMillis() * multiplier;
    return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis((long) millis);
  }

  private void sleep(Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted while waiting to poll again", null, false, e);
    }
  }

  @Override
  public String toString() {
    return "Poller[timeout=" + timeout + ", initialDelay=" + initialDelay + ", maxDelay="
        + maxDelay + ", multiplier=" + multiplier + "]";
  }

  /**
   * Builds a {@link Poller}. Not thread-safe.
   *
   * @param <T> the polled value's type
   */
  public static final class Builder<T> {
    private Supplier<T> fetch;
    private Predicate<? super T> until;
    private Duration timeout;
    private Duration initialDelay = Duration.ofSeconds(1);
    private Duration maxDelay = Duration.ofSeconds(30);
    private double multiplier = 2.0;
    private Sleeper sleeper = d -> Thread.sleep(d.toMillis());
    private Clock clock = Clock.systemUTC();

    private Builder() {
    }

    /**
     * Sets how to get the current value, e.g. a tool client call.
     *
     * @param supplier returns the current value, not null
     * @return this builder
     */
    public Builder<T> fetch(Supplier<T> supplier) {
      this.fetch = Objects.requireNonNull(supplier, "fetch(supplier): supplier must not be null");
      return this;
    }

    /**
     * Sets the condition that ends the wait.
     *
     * @param condition true for a value that is done, not null
     * @return this builder
     */
    public Builder<T> until(Predicate<? super T> condition) {
      this.until = Objects.requireNonNull(condition, "until(condition): condition must not be null");
      return this;
    }

    /**
     * Sets the deadline, counted from the start of {@link Poller#await()} (required).
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder<T> timeout(Duration timeout) {
      this.timeout = positive("timeout", timeout);
      return this;
    }

    /**
     * Sets the wait after the first fetch (default 1 s).
     *
     * @param delay positive
     * @return this builder
     */
    public Builder<T> initialDelay(Duration delay) {
      this.initialDelay = positive("initialDelay", delay);
      return this;
    }

    /**
     * Sets the longest wait between two fetches (default 30 s).
     *
     * @param delay positive
     * @return this builder
     */
    public Builder<T> maxDelay(Duration delay) {
      this.maxDelay = positive("maxDelay", delay);
      return this;
    }

    /**
     * Sets how much longer each wait is than the one before (default 2.0).
     *
     * @param factor 1.0 (constant delay) to 10.0
     * @return this builder
     */
    public Builder<T> multiplier(double factor) {
      if (!(factor >= 1.0 && factor <= 10.0)) {
        throw new IllegalArgumentException("multiplier(factor): factor must be 1.0 to 10.0, was "
            + factor);
      }
      this.multiplier = factor;
      return this;
    }

    /**
     * Replaces how the poller waits (tests pass one that advances a fake clock).
     *
     * @param sleeper waits for a duration, not null
     * @return this builder
     */
    public Builder<T> sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper(sleeper): sleeper must not be null");
      return this;
    }

    /**
     * Replaces the clock the deadline is measured with (default UTC system clock).
     *
     * @param clock the clock, not null
     * @return this builder
     */
    public Builder<T> clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock(clock): clock must not be null");
      return this;
    }

    /**
     * Builds the poller.
     *
     * @return the poller
     * @throws IllegalStateException when fetch, until or timeout is missing, or initialDelay
     *     exceeds maxDelay
     */
    public Poller<T> build() {
      if (fetch == null || until == null || timeout == null) {
        throw new IllegalStateException("fetch(...), until(...) and timeout(...) must be set");
      }
      if (initialDelay.compareTo(maxDelay) > 0) {
        throw new IllegalStateException("initialDelay (" + initialDelay + ") must not exceed"
            + " maxDelay (" + maxDelay + ")");
      }
      return new Poller<>(this);
    }

    private static Duration positive(String name, Duration d) {
      Objects.requireNonNull(d, name + " must not be null");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }
  }
}
