package io.csol.sdk.core;

import java.time.Duration;

/**
 * How failed attempts are retried: attempt count and exponential backoff with full jitter.
 *
 * <p>Immutable and thread-safe. Defaults: 4 attempts, 500 ms initial backoff, 30 s cap. The whole
 * call is also bounded by its deadline ({@link RequestOptions.Builder#timeout}).
 */
public final class RetryOptions {
  private static final RetryOptions DEFAULTS = new Builder().build();
  private static final RetryOptions DISABLED = new Builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;

  private RetryOptions(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
  }

  /** @return 4 attempts, 500 ms initial backoff, 30 s cap */
  public static RetryOptions defaults() {
    return DEFAULTS;
  }

  /** @return options allowing exactly one attempt */
  public static RetryOptions disabled() {
    return DISABLED;
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding these values */
  public Builder toBuilder() {
    return new Builder().maxAttempts(maxAttempts).initialBackoff(initialBackoff)
        .maxBackoff(maxBackoff);
  }

  /** @return total attempts including the first (1 = no retry) */
  public int maxAttempts() {
    return maxAttempts;
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
    return "RetryOptions[maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + "]";
  }

  /** Builds {@link RetryOptions}. Not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(30);

    private Builder() {
    }

    /**
     * Sets the total number of attempts.
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
