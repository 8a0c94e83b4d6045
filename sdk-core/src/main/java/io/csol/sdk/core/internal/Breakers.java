package io.csol.sdk.core.internal;

import io.csol.sdk.core.CircuitBreakerOptions;
import io.csol.sdk.core.Tool;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.Optional;

/**
 * One Resilience4j circuit breaker per tool, so an outage of one e-tool does not block the
 * others (not API). Thread-safe.
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
        .build();
    this.registry = CircuitBreakerRegistry.of(config);
  }

  Optional<CircuitBreaker> forTool(Tool tool) {
    return registry == null ? Optional.empty() : Optional.of(registry.circuitBreaker(tool.name()));
  }
}
