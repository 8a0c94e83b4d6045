package io.csol.sdk.core;

import io.csol.sdk.core.http.TransportConfig;
import io.csol.sdk.core.internal.ClientAccess;
import io.csol.sdk.core.internal.ClientConfig;
import io.csol.sdk.core.internal.ClientRuntime;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The root client: connection pool, sign-in, retries and circuit breakers shared by every tool.
 *
 * <p>Thread-safe; create one per application and share it (tool clients such as
 * {@code InvoicesClient.of(csol)} are cheap views of it). Close it on shutdown to release the
 * connection pool.
 *
 * <pre>{@code
 * try (CsolClient csol = CsolClient.builder()
 *     .baseUri("https://api.csol.io")
 *     .credentials(Credentials.clientCredentials("recon-job", secret))
 *     .build()) {
 *   ...
 * }
 * }</pre>
 */
public final class CsolClient implements AutoCloseable {
  static final String VERSION = SdkVersion.read(); // sent in the User-Agent; from the build

  static {
    ClientAccess.install(CsolClient.class, client -> client.runtime);
  }

  private final ClientRuntime runtime;
  private final AtomicBoolean closed = new AtomicBoolean();

  private CsolClient(ClientRuntime runtime) {
    this.runtime = runtime;
  }

  /** @return a builder with the defaults (10 s connect, 30 s response, 50 connections, 2 min deadline) */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns what this client has done so far: calls, HTTP attempts and retries.
   *
   * @return a snapshot of the counters
   */
  public ClientStatistics statistics() {
    return runtime.statistics();
  }

  /**
   * Returns the state of a tool's circuit breaker, e.g. for a health check: {@code OPEN} means
   * calls to the tool fail at once with {@code CircuitOpenException} until the breaker's wait is
   * over.
   *
   * <pre>{@code
   * boolean invoicesUp = csol.circuitState(Tool.INVOICES) != CircuitState.OPEN;
   * }</pre>
   *
   * @param tool the tool, not null
   * @return the state; {@link CircuitState#CLOSED} when circuit breakers are disabled
   * @throws NullPointerException if {@code tool} is null
   */
  public CircuitState circuitState(Tool tool) {
    return runtime.circuitState(Objects.requireNonNull(tool, "tool must not be null"));
  }

  /** Closes the connection pool; calls in flight fail. Calling it again does nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      runtime.close();
    }
  }

  int leasedConnections() { // test hook for leak checks
    return runtime.leasedConnections();
  }

  @Override
  public String toString() {
    return "CsolClient[" + runtime.config() + (closed.get() ? ", closed" : "") + "]";
  }

  /** Builds a {@link CsolClient}. Not thread-safe; {@link #build()} may be called repeatedly. */
  public static final class Builder {
    private URI baseUri;
    private Credentials credentials;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration responseTimeout = Duration.ofSeconds(30);
    private int maxConnections = 50;
    private URI proxy;
    private String proxyUser;
    private char[] proxyPassword;
    private javax.net.ssl.SSLContext sslContext;
    private String userAgentSuffix;
    private RetryOptions retry = RetryOptions.defaults();
    private CircuitBreakerOptions circuitBreaker = CircuitBreakerOptions.defaults();
    private Duration defaultTimeout = Duration.ofMinutes(2);
    private boolean allowWireLogging;
    private boolean allowInsecureHttp;
    private final List<CallListener> listeners = new ArrayList<>();
    private final InternalHooks hooks = new InternalHooks();

    private Builder() {
    }

    /**
     * Sets the API's base URI (scheme, host, port; paths start with /v1). Plain {@code http} is
     * accepted for loopback hosts only unless {@link #allowInsecureHttp(boolean)} is set.
     *
     * @param baseUri absolute http or https URI without user info, not null
     * @return this builder
     * @throws IllegalArgumentException when not an absolute http(s) URI or when it carries
     *     {@code user:password@}
     */
    public Builder baseUri(URI baseUri) {
      Objects.requireNonNull(baseUri, "baseUri must not be null");
      if (baseUri.getRawUserInfo() != null) {
        // the URI is not echoed: the user info may be a password
        throw new IllegalArgumentException("baseUri must not contain user info (user:password@);"
            + " sign in with credentials(...) instead");
      }
      this.baseUri = Checks.absolute("baseUri", baseUri, true);
      return this;
    }

    /**
     * Sets the API's base URI from a string.
     *
     * @param baseUri absolute http or https URI such as {@code https://api.csol.io}
     * @return this builder
     */
    public Builder baseUri(String baseUri) {
      Objects.requireNonNull(baseUri, "baseUri must not be null");
      URI uri;
      try {
        uri = URI.create(baseUri);
      } catch (IllegalArgumentException e) {
        // echoed only when it cannot hold a password
        throw new IllegalArgumentException("baseUri must be an absolute http(s) URI"
            + (baseUri.indexOf('@') < 0 ? ": " + baseUri : ""), e);
      }
      return baseUri(uri);
    }

    /**
     * Sets how the client signs in.
     *
     * @param credentials the credentials, not null
     * @return this builder
     */
    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials must not be null");
      return this;
    }

    /**
     * Sets the TCP/TLS connect timeout (default 10 s).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Checks.positive("connectTimeout", timeout);
      return this;
    }

    /**
     * Sets the longest wait for response bytes on one attempt (default 30 s).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder responseTimeout(Duration timeout) {
      this.responseTimeout = Checks.positive("responseTimeout", timeout);
      return this;
    }

    /**
     * Sets the connection pool size (default 50).
     *
     * @param max 1..1000
     * @return this builder
     */
    public Builder maxConnections(int max) {
      if (max < 1 || max > 1000) {
        throw new IllegalArgumentException("maxConnections must be 1..1000, was " + max);
      }
      this.maxConnections = max;
      return this;
    }

    /**
     * Routes requests through an HTTP proxy.
     *
     * @param proxy such as {@code http://proxy.example:3128}, not null
     * @return this builder
     */
    public Builder proxy(URI proxy) {
      this.proxy = Checks.absolute("proxy", proxy, false);
      return this;
    }

    /**
     * Routes requests through an HTTP proxy at {@code host:port}.
     *
     * @param host the proxy's host name or address, non-blank
     * @param port 1..65535
     * @return this builder
     * @throws IllegalArgumentException if {@code host} is blank or not a host, or {@code port}
     *     is out of range
     */
    public Builder proxy(String host, int port) {
      Objects.requireNonNull(host, "host must not be null");
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("port must be 1..65535, was " + port);
      }
      URI uri;
      try {
        uri = new URI("http", null, host, port, null, null, null);
      } catch (java.net.URISyntaxException e) {
        throw new IllegalArgumentException("host must be a host name or address", e);
      }
      if (host.isBlank() || uri.getHost() == null) {
        throw new IllegalArgumentException("host must be a host name or address");
      }
      return proxy(uri);
    }

    /**
     * Signs in to the proxy (Basic or another scheme the proxy asks for); used for the proxy
     * only, never sent to the API. The password is copied, so the caller may wipe its array; it
     * never appears in {@code toString()}, logs or exception messages.
     *
     * @param user the proxy user name, non-blank
     * @param password the proxy password, non-empty; copied
     * @return this builder
     * @throws IllegalArgumentException if {@code user} is blank or {@code password} empty
     */
    public Builder proxyCredentials(String user, char[] password) {
      Objects.requireNonNull(user, "user must not be null");
      Objects.requireNonNull(password, "password must not be null");
      if (user.isBlank()) {
        throw new IllegalArgumentException("user must be non-blank");
      }
      if (password.length == 0) {
        throw new IllegalArgumentException("password must be non-empty");
      }
      this.proxyUser = user;
      this.proxyPassword = password.clone();
      return this;
    }

    /**
     * Sets the TLS setup: the trust material (a private CA, a pinned certificate) and, for
     * mutual TLS, the client's keys. Host names are still verified. Default: the JDK's trust
     * store.
     *
     * @param context an initialised context, not null
     * @return this builder
     */
    public Builder sslContext(javax.net.ssl.SSLContext context) {
      this.sslContext = Objects.requireNonNull(context, "sslContext must not be null");
      return this;
    }

    /**
     * Appends a product token to the User-Agent, e.g. {@code "recon-job/2.1"}.
     *
     * @param suffix 1..100 visible ASCII characters or spaces
     * @return this builder
     */
    public Builder userAgentSuffix(String suffix) {
      this.userAgentSuffix = UserAgent.checkSuffix(suffix);
      return this;
    }

    /**
     * Sets the retry policy (default: 4 attempts, 500 ms initial backoff, 30 s cap). A 429 or 503
     * carrying {@code Retry-After} is retried as the server asks without using up an attempt, up
     * to {@link RetryOptions#maxPacedRetries()} times per call (default 8) and within the deadline.
     *
     * @param retry the options, not null
     * @return this builder
     */
    public Builder retry(RetryOptions retry) {
      this.retry = Objects.requireNonNull(retry, "retry must not be null");
      return this;
    }

    /**
     * Sets the per-tool circuit breaker policy.
     *
     * @param options the options, not null
     * @return this builder
     */
    public Builder circuitBreaker(CircuitBreakerOptions options) {
      this.circuitBreaker = Objects.requireNonNull(options, "circuitBreaker must not be null");
      return this;
    }

    /**
     * Sets the whole-call deadline used when a call sets none (default 2 min); it bounds all
     * attempts and backoff sleeps together.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder defaultTimeout(Duration timeout) {
      this.defaultTimeout = Checks.positive("defaultTimeout", timeout);
      return this;
    }

    /**
     * Allows plain {@code http} to a host that is not loopback (default false). Over plain http
     * the password or client secret, the tokens and all data cross the network readable by
     * anyone on the path; use it only for a trusted test network. {@code http://localhost},
     * {@code http://127.0.0.1} (all of 127.0.0.0/8) and {@code http://[::1]} need no opt-in.
     *
     * @param allow true to accept plain http to any host
     * @return this builder
     */
    public Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
      return this;
    }

    /**
     * Allows building while HttpClient's logger {@code org.apache.hc.client5.http.wire} or
     * {@code org.apache.hc.client5.http.headers} is at DEBUG (default false: {@link #build()}
     * refuses). Those loggers print the client secret or password, the tokens and every
     * {@code Authorization} header in full; when allowed, {@link #build()} logs one WARN saying
     * so. For a developer machine only, never in production.
     *
     * @param allow true to accept secrets in the log
     * @return this builder
     */
    public Builder allowWireLogging(boolean allow) {
      this.allowWireLogging = allow;
      return this;
    }

    /**
     * Registers a listener for call and attempt events (metrics, tracing); may be called more
     * than once, listeners are called in the order registered. A listener cannot break a call:
     * what it throws is logged and ignored (see {@link CallListener}). Without listeners the
     * pipeline creates no events at all.
     *
     * @param listener the listener, not null
     * @return this builder
     * @throws NullPointerException if {@code listener} is null
     */
    public Builder listener(CallListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener must not be null"));
      return this;
    }

    Builder hooks(Consumer<InternalHooks> change) {
      change.accept(hooks);
      return this;
    }

    /**
     * Builds the client and opens its connection pool (no request is sent yet).
     *
     * @return the client
     * @throws IllegalStateException when no base URI was set, when the base URI is plain http to
     *     a host that is not loopback without {@link #allowInsecureHttp(boolean)}, or when
     *     HttpClient's wire or header logger is at DEBUG without
     *     {@link #allowWireLogging(boolean)}
     */
    public CsolClient build() {
      if (baseUri == null) {
        throw new IllegalStateException("baseUri must be set, e.g. https://api.csol.io");
      }
      if (!allowInsecureHttp && "http".equalsIgnoreCase(baseUri.getScheme())
          && !Checks.loopback(baseUri.getHost())) {
        throw new IllegalStateException("baseUri " + baseUri + " uses plain http to a host that"
            + " is not loopback: credentials, tokens and data would cross the network unencrypted."
            + " Use https, or opt in with allowInsecureHttp(true) for a trusted test network");
      }
      if (proxyUser != null && proxy == null) {
        throw new IllegalStateException("proxyCredentials(...) needs proxy(...) as well");
      }
      WireLogGuard.check(allowWireLogging);
      ClientConfig config = new ClientConfig(baseUri, credentials,
          new TransportConfig(connectTimeout, responseTimeout, maxConnections, proxy, sslContext,
              proxyUser, proxyPassword),
          UserAgent.of(VERSION, userAgentSuffix), retry, circuitBreaker, defaultTimeout,
          hooks.tokenRefreshSkew, hooks.sleeper, hooks.clock, hooks.random, listeners);
      return new CsolClient(ClientRuntime.create(config));
    }

    @Override
    public String toString() {
      return "CsolClient.Builder[baseUri=" + baseUri + ", credentials=" + credentials
          + (proxyUser == null ? "" : ", proxyUser=" + proxyUser + ", proxyPassword=****") + "]";
    }
  }
}
