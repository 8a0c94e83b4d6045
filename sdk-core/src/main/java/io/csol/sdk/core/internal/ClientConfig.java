package io.csol.sdk.core.internal;

import io.csol.sdk.core.CallListener;
import io.csol.sdk.core.CircuitBreakerOptions;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.RetryOptions;
import io.csol.sdk.core.http.TransportConfig;
import io.csol.sdk.core.retry.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Everything the runtime needs, resolved from the client builder (not API).
 *
 * @param baseUri scheme, host and port of the API (paths start with /v1)
 * @param credentials sign-in, or null for calls without a token
 * @param transport pool and timeouts
 * @param userAgent full User-Agent header value
 * @param retry retry options
 * @param circuitBreaker circuit breaker options
 * @param defaultTimeout whole-call deadline when the call sets none
 * @param tokenRefreshSkew how long before expiry a token is renewed
 * @param sleeper waits between attempts (tests inject one that does not sleep)
 * @param clock time source for deadlines, token expiry and Retry-After dates
 * @param random uniform [0,1) source for the backoff jitter
 * @param listeners call and attempt listeners, in registration order (may be empty)
 */
public record ClientConfig(URI baseUri, Credentials credentials, TransportConfig transport,
    String userAgent, RetryOptions retry, CircuitBreakerOptions circuitBreaker,
    Duration defaultTimeout, Duration tokenRefreshSkew, Sleeper sleeper, Clock clock,
    DoubleSupplier random, List<CallListener> listeners) {
  /**
   * Checks that nothing required is missing.
   *
   * @param baseUri see the record description
   * @param credentials see the record description
   * @param transport see the record description
   * @param userAgent see the record description
   * @param retry see the record description
   * @param circuitBreaker see the record description
   * @param defaultTimeout see the record description
   * @param tokenRefreshSkew see the record description
   * @param sleeper see the record description
   * @param clock see the record description
   * @param random see the record description
   * @param listeners see the record description
   */
  public ClientConfig {
    Objects.requireNonNull(baseUri, "baseUri must not be null");
    Objects.requireNonNull(transport, "transport must not be null");
    Objects.requireNonNull(userAgent, "userAgent must not be null");
    Objects.requireNonNull(retry, "retry must not be null");
    Objects.requireNonNull(circuitBreaker, "circuitBreaker must not be null");
    Objects.requireNonNull(defaultTimeout, "defaultTimeout must not be null");
    Objects.requireNonNull(tokenRefreshSkew, "tokenRefreshSkew must not be null");
    Objects.requireNonNull(sleeper, "sleeper must not be null");
    Objects.requireNonNull(clock, "clock must not be null");
    Objects.requireNonNull(random, "random must not be null");
    listeners = List.copyOf(Objects.requireNonNull(listeners, "listeners must not be null"));
  }

  @Override
  public String toString() {
    return "ClientConfig[baseUri=" + baseUri + ", credentials=" + credentials + ", transport="
        + transport + ", userAgent=" + userAgent + ", retry=" + retry + ", circuitBreaker="
        + circuitBreaker + ", defaultTimeout=" + defaultTimeout + ", listeners=" + listeners.size()
        + "]";
  }
}
