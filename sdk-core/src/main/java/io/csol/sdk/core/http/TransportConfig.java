package io.csol.sdk.core.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the HTTP transport (connection pool and timeouts).
 *
 * @param connectTimeout TCP (and TLS) connect timeout, positive
 * @param responseTimeout longest silence while waiting for response bytes, positive
 * @param maxConnections pool size (also per route: the SDK talks to one host), 1..1000
 * @param proxy HTTP proxy such as {@code http://proxy:3128}, or null for a direct connection
 */
public record TransportConfig(Duration connectTimeout, Duration responseTimeout, int maxConnections,
    URI proxy) {
  /**
   * Validates the components.
   *
   * @param connectTimeout see the record description
   * @param responseTimeout see the record description
   * @param maxConnections see the record description
   * @param proxy see the record description
   */
  public TransportConfig {
    positive("connectTimeout", connectTimeout);
    positive("responseTimeout", responseTimeout);
    if (maxConnections < 1 || maxConnections > 1000) {
      throw new IllegalArgumentException("maxConnections must be 1..1000, was " + maxConnections);
    }
    if (proxy != null && (proxy.getHost() == null || proxy.getScheme() == null)) {
      throw new IllegalArgumentException("proxy must be an absolute URI such as http://host:3128");
    }
  }

  @Override
  public String toString() {
    // scheme, host and port only: a proxy URI may carry user:password
    String p = proxy == null ? "none" : proxy.getScheme() + "://" + proxy.getHost()
        + (proxy.getPort() < 0 ? "" : ":" + proxy.getPort());
    return "TransportConfig[connectTimeout=" + connectTimeout + ", responseTimeout="
        + responseTimeout + ", maxConnections=" + maxConnections + ", proxy=" + p + "]";
  }

  private static void positive(String name, Duration d) {
    Objects.requireNonNull(d, name + " must not be null");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
  }
}
