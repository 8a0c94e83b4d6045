package io.csol.sdk.core.internal;

import io.csol.sdk.core.CircuitBreakerOptions;
import io.csol.sdk.core.CircuitState;
import io.csol.sdk.core.Tool;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.Optional;

/**
 * One Resilience4j circuit breaker per tool, so an outage of one e-tool does not block the
 * others (not API). The pipeline records one outcome per call, so the window counts calls.
 * Thread-safe.
 */
final class Breakers {
  private final CircuitBreakerRegistry registry;

  Breakers(CircuitBreakerOptions options) {
    if (!options.enabled()) {
      this.registry = null;
      return;
    }
    CircuitBreakerConfig config = CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(options.slidingWindowSize())
        .minimumNumberOfCalls(options.slidingWindowSize())
        .failureRateThreshold(options.failureRateThreshold())
        .waitDurationInOpenState(options.waitInOpenState())
        .permittedNumberOfCallsInHalfOpenState(Math.min(3, options.slidingWindowSize()))
        // a call's duration includes its backoff and Retry-After waits, so a slow call is a
        // patient one, not a failure: only failed calls open the circuit
        .slowCallDurationThreshold(Duration.ofDays(1))
        .build();
    this.registry = CircuitBreakerRegistry.of(config);
  }

  /** The tool's state in the SDK's terms; CLOSED when breakers are disabled (calls flow). */
  CircuitState state(Tool tool) {
    if (registry == null) {
      return CircuitState.CLOSED;
    }
    switch (registry.circuitBreaker(tool.name()).getState()) {
      case OPEN:
      case FORCED_OPEN:
        return CircuitState.OPEN;
      case HALF_OPEN:
        return CircuitState.HALF_OPEN;
      default: // CLOSED, DISABLED, METRICS_ONLY: calls flow
        return CircuitState.CLOSED;
    }
  }

  Optional<CircuitBreaker> forTool(Tool tool) {
    return registry == null ? Optional.empty() : Optional.of(registry.circuitBreaker(tool.name()));
  }
}
