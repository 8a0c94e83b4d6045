package io.csol.sdk.core;

import java.time.Duration;

/**
 * How failed attempts are retried: attempt count and exponential backoff with full jitter.
 *
 * <p>Immutable and thread-safe. Defaults: 4 attempts, up to 8 paced retries, 500 ms initial
 * backoff, 30 s cap. The whole call is also bounded by its deadline
 * ({@link RequestOptions.Builder#timeout}).
 *
 * <p><b>Paced retries.</b> A 429 or 503 that carries {@code Retry-After} is the server pacing the
 * client (flow control), not a failure of the call. Such a response is retried after the requested
 * wait <em>without</em> using up one of {@link #maxAttempts()}: otherwise a nightly paged read of
 * hundreds of calls against a throttling server would sooner or later spend all attempts on one
 * page and fail, although nothing was wrong. Paced retries are still bounded: by the call's
 * deadline (a wait that does not fit in the time left fails the call at once) and by
 * {@link #maxPacedRetries()} per call; beyond that count such responses use up ordinary attempts
 * again, so one call makes at most {@code maxAttempts + maxPacedRetries} HTTP attempts. Every
 * other retryable outcome (408, 500, 502, 504, a 429 or 503 without {@code Retry-After}, I/O
 * failures) uses up one attempt. With {@code maxAttempts(1)} nothing is retried, paced or not.
 */
public final class RetryOptions {
  private static final RetryOptions DEFAULTS = new Builder().build();
  private static final RetryOptions DISABLED = new Builder().maxAttempts(1).maxPacedRetries(0)
      .build();

  private final int maxAttempts;
  private final int maxPacedRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;

  private RetryOptions(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.maxPacedRetries = b.maxPacedRetries;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
  }

  /**
   * Returns the default policy.
   *
   * @return 4 attempts, plus up to 8 paced retries (429 or 503 with {@code Retry-After}) that do
   *     not use up an attempt, 500 ms initial backoff, 30 s cap
   */
  public static RetryOptions defaults() {
    return DEFAULTS;
  }

  /** @return options allowing exactly one attempt: no retries, no paced retries */
  public static RetryOptions disabled() {
    return DISABLED;
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding these values */
  public Builder toBuilder() {
    return new Builder().maxAttempts(maxAttempts).maxPacedRetries(maxPacedRetries)
        .initialBackoff(initialBackoff).maxBackoff(maxBackoff);
  }

  /**
   * Returns the attempt budget: total attempts including the first (1 = no retry). Paced retries
   * (see {@link #maxPacedRetries()}) come on top of it.
   *
   * @return 1..20
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Returns how many paced retries (a 429 or 503 carrying {@code Retry-After}) one call may make
   * without using up one of {@link #maxAttempts()}; ignored when {@code maxAttempts} is 1.
   *
   * @return 0..50
   */
  public int maxPacedRetries() {
    return maxPacedRetries;
  }

  /** @return the backoff ceiling before the first retry */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** @return the largest backoff ever slept (Retry-After may ask for more, up to the deadline) */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  @Override
  public String toString() {
    return "RetryOptions[maxAttempts=" + maxAttempts + ", maxPacedRetries=" + maxPacedRetries
        + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + "]";
  }

  /** Builds {@link RetryOptions}. Not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 4;
    private int maxPacedRetries = 8;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(30);

    private Builder() {
    }

    /**
     * Sets the total number of attempts (default 4); paced retries do not count against it.
     *
     * @param maxAttempts 1..20
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1 || maxAttempts > 20) {
        throw new IllegalArgumentException("maxAttempts must be 1..20, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets how many paced retries one call may make without using up an attempt (default 8). A
     * paced retry answers a 429 or 503 that carries {@code Retry-After} and waits as asked, within
     * the call's deadline; once this many are spent, such responses use up ordinary attempts.
     *
     * @param maxPacedRetries 0..50 (0: every retry uses up an attempt)
     * @return this builder
     */
    public Builder maxPacedRetries(int maxPacedRetries) {
      if (maxPacedRetries < 0 || maxPacedRetries > 50) {
        throw new IllegalArgumentException("maxPacedRetries must be 0..50, was "
            + maxPacedRetries);
      }
      this.maxPacedRetries = maxPacedRetries;
      return this;
    }

    /**
     * Sets the backoff ceiling before the first retry; it doubles per retry up to the cap.
     *
     * @param initialBackoff a positive duration
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = Checks.positive("initialBackoff", initialBackoff);
      return this;
    }

    /**
     * Sets the backoff cap.
     *
     * @param maxBackoff a positive duration
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = Checks.positive("maxBackoff", maxBackoff);
      return this;
    }

    /** @return the immutable options */
    public RetryOptions build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException("maxBackoff (" + maxBackoff
            + ") must be >= initialBackoff (" + initialBackoff + ")");
      }
      return new RetryOptions(this);
    }
  }
}
