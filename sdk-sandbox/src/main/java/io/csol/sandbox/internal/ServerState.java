package io.csol.sandbox.internal;

import io.csol.sandbox.spi.Authenticator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything a reset throws away: routes (modules register afresh), shared module state,
 * remembered idempotent responses, rate-limit buckets and the authenticator's view of tokens.
 */
public final class ServerState {

  private final RouteTable routes = new RouteTable();
  private final Map<Class<?>, Object> shared = new HashMap<>();
  private final IdempotencyStore idempotency = new IdempotencyStore();
  private final RateLimiter rateLimiter;
  private volatile Authenticator authenticator = token -> java.util.Optional.empty();

  /** Creates a fresh state. */
  public ServerState(RateLimiter rateLimiter) {
    this.rateLimiter = rateLimiter;
  }

  /** Returns the route table. */
  public RouteTable routes() {
    return routes;
  }

  /** Returns the one instance of a type for this state. */
  public synchronized <T> T shared(Class<T> type, Supplier<T> factory) {
    // not computeIfAbsent: a factory may itself ask for another shared instance
    Object value = shared.get(type);
    if (value == null) {
      value = java.util.Objects.requireNonNull(factory.get(), "factory returned null");
      shared.put(type, value);
    }
    return type.cast(value);
  }

  /** Returns the idempotency store. */
  public IdempotencyStore idempotency() {
    return idempotency;
  }

  /** Returns the rate limiter. */
  public RateLimiter rateLimiter() {
    return rateLimiter;
  }

  /** Returns the authenticator. */
  public Authenticator authenticator() {
    return authenticator;
  }

  /** Sets the authenticator (the access tool does, when it registers). */
  public void authenticator(Authenticator authenticator) {
    this.authenticator = authenticator;
  }
}
