package io.csol.sdk.core.internal;

import io.csol.sdk.core.auth.TokenManager;
import io.csol.sdk.core.http.HttpTransport;
import io.csol.sdk.core.spi.ApiCaller;
import java.util.Objects;

/**
 * The live parts behind one {@code CsolClient}: transport pool, pipeline, token cache (not API).
 * Thread-safe.
 */
public final class ClientRuntime implements ClientChannel, AutoCloseable {
  private final ClientConfig config;
  private final HttpTransport transport;
  private final Pipeline pipeline;
  private final ApiCaller caller;
  private final PrefetchPool prefetch = new PrefetchPool();

  private ClientRuntime(ClientConfig config) {
    this.config = config;
    this.transport = new HttpTransport(config.transport());
    this.pipeline = new Pipeline(config, transport);
    if (config.credentials() != null) {
      pipeline.tokens(new TokenManager(config.credentials(), config.credentials().tokenProvider()
          .<io.csol.sdk.core.auth.TokenEndpoint>map(p -> new ProvidedTokens(p, config.clock(),
              config.tokenRefreshSkew()))
          .orElseGet(() -> new TokenRequests(pipeline, config.clock(), config.tokenRefreshSkew())),
          config.clock()));
    }
    this.caller = new DefaultApiCaller(pipeline, prefetch);
  }

  /**
   * Builds the runtime (opens the connection pool; no request is sent).
   *
   * @param config resolved configuration, not null
   * @return the runtime
   */
  public static ClientRuntime create(ClientConfig config) {
    return new ClientRuntime(Objects.requireNonNull(config, "config must not be null"));
  }

  /** @return the caller running requests through this runtime's pipeline */
  public ApiCaller caller() {
    return caller;
  }

  /**
   * Runs a request through the pipeline (sign-in, retries, circuit breaker, typed errors) and
   * returns the 2xx response as it came, for {@code RawClient}.
   *
   * @param request the request, not null
   * @return status, headers and body of the 2xx response
   */
  public RawExchange exchange(io.csol.sdk.core.spi.ApiRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    Exchange ex = pipeline.execute(request, null);
    return new RawExchange(ex.status(), ex.head().headers(), ex.body(), ex.requestId());
  }

  /** @return the client's pool for background page fetches (created on first use) */
  public java.util.concurrent.Executor prefetchExecutor() {
    return prefetch;
  }

  /** @return the configuration */
  public ClientConfig config() {
    return config;
  }

  /** @return a snapshot of the pipeline's call, attempt and retry counters */
  public io.csol.sdk.core.ClientStatistics statistics() {
    return pipeline.counters().snapshot();
  }

  /**
   * Returns the state of a tool's circuit breaker.
   *
   * @param tool the tool, not null
   * @return the state; CLOSED when circuit breakers are disabled
   */
  public io.csol.sdk.core.CircuitState circuitState(io.csol.sdk.core.Tool tool) {
    return pipeline.circuitState(Objects.requireNonNull(tool, "tool must not be null"));
  }

  /** @return connections leased from the pool right now (0 when idle); for leak tests */
  public int leasedConnections() {
    return transport.leasedConnections();
  }

  /** Closes the connection pool. */
  @Override
  public void close() {
    transport.close();
    prefetch.close(); // after the transport: a fetch still queued then fails fast, not hangs
  }

  @Override
  public String toString() {
    return "ClientRuntime[" + config + "]";
  }
}
