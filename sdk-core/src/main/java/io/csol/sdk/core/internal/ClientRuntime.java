package io.csol.sdk.core.internal;

import io.csol.sdk.core.auth.TokenManager;
import io.csol.sdk.core.http.HttpTransport;
import io.csol.sdk.core.spi.ApiCaller;
import java.util.Objects;

/**
 * The live parts behind one {@code CsolClient}: transport pool, pipeline, token cache (not API).
 * Thread-safe.
 */
public final class ClientRuntime implements AutoCloseable {
  private final ClientConfig config;
  private final HttpTransport transport;
  private final Pipeline pipeline;
  private final ApiCaller caller;

  private ClientRuntime(ClientConfig config) {
    this.config = config;
    this.transport = new HttpTransport(config.transport());
    this.pipeline = new Pipeline(config, transport);
    if (config.credentials() != null) {
      pipeline.tokens(new TokenManager(config.credentials(),
          new TokenRequests(pipeline, config.clock(), config.tokenRefreshSkew()), config.clock()));
    }
    this.caller = new DefaultApiCaller(pipeline);
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
  }

  @Override
  public String toString() {
    return "ClientRuntime[" + config + "]";
  }
}
