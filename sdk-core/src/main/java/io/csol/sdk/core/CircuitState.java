package io.csol.sdk.core;

/**
 * The state of one tool's circuit breaker, as {@link CsolClient#circuitState(Tool)} reports it
 * for a health check.
 */
public enum CircuitState {
  /** Calls flow (also when the client's circuit breakers are disabled). */
  CLOSED,
  /**
   * Recent calls failed too often: calls fail at once with {@code CircuitOpenException}, nothing
   * is sent, until {@link CircuitBreakerOptions#waitInOpenState()} has passed.
   */
  OPEN,
  /** The wait is over: a few trial calls decide whether the circuit closes or opens again. */
  HALF_OPEN
}
