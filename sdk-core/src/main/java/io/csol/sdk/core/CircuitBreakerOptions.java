package io.csol.sdk.core;

import java.time.Duration;

/**
 * When a tool's circuit opens: failure rate over a sliding window of calls, and how long it stays
 * open before letting trial calls through.
 *
 * <p>The breaker counts calls, not HTTP attempts: a call is one SDK method invocation with all its
 * retries, and it counts once, when it ends. It is a failure when it ends without an answer
 * ({@code TransportException}), with a 5xx after its retries, or with a body that was not
 * well-formed JSON after its retries; a call that succeeded after retries, and one answered with a
 * 4xx (including 429), is a success. So under the defaults (4 attempts per call) a tool whose
 * attempts fail transiently at 30 % fails about 1 % of calls and the circuit stays closed; it opens
 * when at least half of the last 20 calls failed although each was retried: an outage.
 *
 * <p>An open circuit rejects new calls, and stops calls that are between retries, with
 * {@code CircuitOpenException}. One circuit per tool, so an outage of one e-tool does not block
 * the others. Immutable and thread-safe. Defaults: 50 % failures over 20 calls, 30 s open.
 */
public final class CircuitBreakerOptions {
  private static final CircuitBreakerOptions DEFAULTS = new Builder().build();
  private static final CircuitBreakerOptions DISABLED = new CircuitBreakerOptions(new Builder(), false);

  private final boolean enabled;
  private final float failureRateThreshold;
  private final int slidingWindowSize;
  private final Duration waitInOpenState;

  private CircuitBreakerOptions(Builder b, boolean enabled) {
    this.enabled = enabled;
    this.failureRateThreshold = b.failureRateThreshold;
    this.slidingWindowSize = b.slidingWindowSize;
    this.waitInOpenState = b.waitInOpenState;
  }

  /** @return 50 % over 20 calls, 30 s open */
  public static CircuitBreakerOptions defaults() {
    return DEFAULTS;
  }

  /** @return options that never open the circuit */
  public static CircuitBreakerOptions disabled() {
    return DISABLED;
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return whether circuits are used at all */
  public boolean enabled() {
    return enabled;
  }

  /** @return failure rate in percent (exclusive 0, inclusive 100) at which the circuit opens */
  public float failureRateThreshold() {
    return failureRateThreshold;
  }

  /** @return number of recent calls (not attempts) the failure rate is computed over */
  public int slidingWindowSize() {
    return slidingWindowSize;
  }

  /** @return how long an open circuit rejects calls before trying again */
  public Duration waitInOpenState() {
    return waitInOpenState;
  }

  @Override
  public String toString() {
    return enabled ? "CircuitBreakerOptions[failureRateThreshold=" + failureRateThreshold
        + ", slidingWindowSize=" + slidingWindowSize + ", waitInOpenState=" + waitInOpenState + "]"
        : "CircuitBreakerOptions[disabled]";
  }

  /** Builds {@link CircuitBreakerOptions}. Not thread-safe. */
  public static final class Builder {
    private float failureRateThreshold = 50f;
    private int slidingWindowSize = 20;
    private Duration waitInOpenState = Duration.ofSeconds(30);

    private Builder() {
    }

    /**
     * Sets the failure rate that opens the circuit.
     *
     * @param percent greater than 0 and at most 100
     * @return this builder
     */
    public Builder failureRateThreshold(float percent) {
      if (!(percent > 0f && percent <= 100f)) {
        throw new IllegalArgumentException("failureRateThreshold must be in (0, 100], was " + percent);
      }
      this.failureRateThreshold = percent;
      return this;
    }

    /**
     * Sets how many recent calls the rate is computed over (also the minimum before it can open).
     *
     * @param calls 1..1000
     * @return this builder
     */
    public Builder slidingWindowSize(int calls) {
      if (calls < 1 || calls > 1000) {
        throw new IllegalArgumentException("slidingWindowSize must be 1..1000, was " + calls);
      }
      this.slidingWindowSize = calls;
      return this;
    }

    /**
     * Sets how long an open circuit rejects calls.
     *
     * @param wait a positive duration
     * @return this builder
     */
    public Builder waitInOpenState(Duration wait) {
      this.waitInOpenState = Checks.positive("waitInOpenState", wait);
      return this;
    }

    /** @return the immutable options */
    public CircuitBreakerOptions build() {
      return new CircuitBreakerOptions(this, true);
    }
  }
}
