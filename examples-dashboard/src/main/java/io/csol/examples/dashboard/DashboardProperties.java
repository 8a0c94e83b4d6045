package io.csol.examples.dashboard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dashboard's own settings ({@code dashboard.*}); the SDK's are the starter's {@code csol.*}.
 * ({@code dashboard.sandbox-seed} is read by {@link EmbeddedSandbox}, before any binding.)
 *
 * @param refreshInterval how often the server applies the changes feeds to its projection
 * @param pageRefresh how often the page asks the server for the projection
 */
@ConfigurationProperties("dashboard")
public record DashboardProperties(Duration refreshInterval, Duration pageRefresh) {

  /**
   * Applies the defaults and rejects values that would make the dashboard spin or never refresh.
   *
   * @param refreshInterval see the record description; default 30 s, at least 1 s
   * @param pageRefresh see the record description; default 15 s, at least 1 s
   * @throws IllegalArgumentException if an interval is shorter than one second
   */
  public DashboardProperties {
    refreshInterval = atLeastOneSecond("dashboard.refresh-interval", refreshInterval, Duration.ofSeconds(30));
    pageRefresh = atLeastOneSecond("dashboard.page-refresh", pageRefresh, Duration.ofSeconds(15));
  }

  private static Duration atLeastOneSecond(String name, Duration value, Duration fallback) {
    Duration result = value == null ? fallback : value;
    if (result.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException(name + " must be at least 1s (e.g. 30s or PT30S), was " + result);
    }
    return result;
  }
}
