package io.csol.sdk.core.http;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Settings of the HTTP transport (connection pool and timeouts).
 *
 * @param connectTimeout TCP (and TLS) connect timeout, positive
 * @param responseTimeout longest silence while waiting for response bytes, positive
 * @param maxConnections pool size (also per route: the SDK talks to one host), 1..1000
 * @param proxy HTTP proxy such as {@code http://proxy:3128}, or null for a direct connection
 * @param sslContext the TLS setup (trust material, client keys), or null for the JDK default
 * @param proxyUser the proxy's user name, or null when the proxy needs no sign-in
 * @param proxyPassword the proxy's password (never printed), or null with no user
 */
public record TransportConfig(Duration connectTimeout, Duration responseTimeout, int maxConnections,
    URI proxy, SSLContext sslContext, String proxyUser, char[] proxyPassword) {

  /**
   * Creates settings with the JDK's TLS defaults and no proxy credentials.
   *
   * @param connectTimeout see the record description
   * @param responseTimeout see the record description
   * @param maxConnections see the record description
   * @param proxy see the record description
   */
  public TransportConfig(Duration connectTimeout, Duration responseTimeout, int maxConnections,
      URI proxy) {
    this(connectTimeout, responseTimeout, maxConnections, proxy, null, null, null);
  }

  /**
   * Validates the components.
   *
   * @param connectTimeout see the record description
   * @param responseTimeout see the record description
   * @param maxConnections see the record description
   * @param proxy see the record description
   * @param sslContext see the record description
   * @param proxyUser see the record description
   * @param proxyPassword see the record description; copied
   */
  public TransportConfig {
    if (proxyUser != null && (proxy == null || proxyPassword == null)) {
      throw new IllegalArgumentException("proxy credentials need a proxy and a password");
    }
    proxyPassword = proxyPassword == null ? null : Arrays.copyOf(proxyPassword,
        proxyPassword.length);
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
        + responseTimeout + ", maxConnections=" + maxConnections + ", proxy=" + p
        + (proxyUser == null ? "" : ", proxyUser=" + proxyUser + ", proxyPassword=****")
        + (sslContext == null ? "" : ", sslContext=custom") + "]";
  }

  private static void positive(String name, Duration d) {
    Objects.requireNonNull(d, name + " must not be null");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
  }
}
