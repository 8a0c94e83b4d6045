package io.csol.sdk.spring;

import io.csol.sdk.core.CircuitState;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.access.AccessClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The {@code csol} health: the state of every tool's circuit breaker, then one authenticated call
 * ({@code getProfile}) that proves sign-in works.
 *
 * <p>The call reuses the client's cached access token: the SDK signs in again only when the token
 * is missing or about to expire, so a probe every few seconds does not sign in every time. With
 * an open circuit the probe makes no call at all. Details hold circuit states and, on failure,
 * the exception's type and message, which the SDK keeps free of secrets.
 */
final class CsolHealthIndicator extends AbstractHealthIndicator {

  private final CsolClient csol;
  private final AccessClient access;
  private final RequestOptions probe;

  CsolHealthIndicator(CsolClient csol, Duration timeout) {
    super("csol health check failed");
    this.csol = csol;
    this.access = AccessClient.of(csol);
    this.probe = RequestOptions.builder().timeout(timeout).build();
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Map<String, String> circuits = new LinkedHashMap<>();
    List<String> open = new ArrayList<>();
    List<String> halfOpen = new ArrayList<>();
    for (Tool tool : Tool.values()) {
      if (tool == Tool.UNKNOWN) {
        continue;
      }
      String name = tool.name().toLowerCase(Locale.ROOT);
      CircuitState state = csol.circuitState(tool);
      circuits.put(name, state.name());
      if (state == CircuitState.OPEN) {
        open.add(name);
      } else if (state == CircuitState.HALF_OPEN) {
        halfOpen.add(name);
      }
    }
    builder.withDetail("circuits", circuits);
    if (!open.isEmpty()) {
      builder.down().withDetail("reason", "circuit open for " + String.join(", ", open)
          + ": calls to it fail at once until the breaker's wait is over");
      return;
    }
    try {
      access.getProfile(probe);
    } catch (RuntimeException e) {
      builder.down().withDetail("reason", "sign-in or the profile call failed")
          .withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage());
      return;
    }
    if (!halfOpen.isEmpty()) {
      builder.outOfService().withDetail("reason", "circuit half-open (trial calls) for "
          + String.join(", ", halfOpen));
      return;
    }
    builder.up();
  }
}
