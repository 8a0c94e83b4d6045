package io.csol.sdk.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * HTTP transport on Apache HttpClient 5 (classic, blocking) with a pooled connection manager.
 *
 * <p>HttpClient's own retries and redirects are off: the pipeline is the one retry owner, and a
 * redirect would silently replay a POST or send the bearer token elsewhere. Gzip responses are
 * accepted and decompressed by HttpClient. Thread-safe; close it to release the pool.
 */
public final class HttpTransport implements AutoCloseable {
  private static final InputStream EMPTY = InputStream.nullInputStream();

  private final PoolingHttpClientConnectionManager pool;
  private final CloseableHttpClient client;
  private final Duration responseTimeout;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Builds the pool and the client.
   *
   * @param config pool size, timeouts and proxy, not null
   */
  public HttpTransport(TransportConfig config) {
    Objects.requireNonNull(config, "config must not be null");
    this.responseTimeout = config.responseTimeout();
    ConnectionConfig connectionConfig = ConnectionConfig.custom()
        .setConnectTimeout(Timeout.ofMilliseconds(config.connectTimeout().toMillis()))
        .setSocketTimeout(Timeout.ofMilliseconds(config.responseTimeout().toMillis()))
        // a pooled connection idle this long is checked before use: servers drop idle sockets
        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
        .build();
    this.pool = PoolingHttpClientConnectionManagerBuilder.create()
        .setMaxConnTotal(config.maxConnections())
        .setMaxConnPerRoute(config.maxConnections())
        .setDefaultConnectionConfig(connectionConfig)
        .build();
    HttpClientBuilder builder = HttpClients.custom()
        .setConnectionManager(pool)
        .disableAutomaticRetries()
        .disableRedirectHandling()
        .disableCookieManagement()
        .disableAuthCaching()
        .disableDefaultUserAgent()
        .evictExpiredConnections()
        .evictIdleConnections(TimeValue.ofSeconds(30))
        .setDefaultRequestConfig(requestConfig(config.responseTimeout()));
    URI proxy = config.proxy();
    if (proxy != null) {
      builder.setProxy(new HttpHost(proxy.getScheme(), proxy.getHost(), proxy.getPort()));
    }
    this.client = builder.build();
  }

  private static RequestConfig requestConfig(Duration response) {
    Timeout t = Timeout.ofMilliseconds(Math.max(1, response.toMillis()));
    return RequestConfig.custom()
        .setRedirectsEnabled(false)
        .setResponseTimeout(t)
        // waiting for a pooled connection counts against the same budget
        .setConnectionRequestTimeout(t)
        .build();
  }

  /**
   * Sends a request and reads the response with {@code reader}; the body is consumed or the
   * connection closed on every path, including exceptions thrown by the reader.
   *
   * @param request the request, not null
   * @param budget time left for this attempt; the response timeout is capped by it
   * @param reader reads status, headers and body, not null
   * @param <T> the reader's result
   * @return the reader's result
   * @throws IOException on connect failure, timeout, reset or a truncated body
   * @throws IllegalStateException when the transport was closed
   */
  public <T> T send(OutgoingRequest request, Duration budget, ResponseReader<T> reader)
      throws IOException {
    Objects.requireNonNull(request, "request must not be null");
    Objects.requireNonNull(reader, "reader must not be null");
    if (closed.get()) {
      throw new IllegalStateException("the CsolClient was closed; create a new one");
    }
    HttpUriRequestBase http = new HttpUriRequestBase(request.method(), request.uri());
    for (Map.Entry<String, String> h : request.headers()) {
      http.addHeader(h.getKey(), h.getValue());
    }
    if (request.body() != null) {
      http.setEntity(new ByteArrayEntity(request.body(), ContentType.parse(request.contentType())));
    }
    Duration effective = budget == null || budget.compareTo(responseTimeout) > 0
        ? responseTimeout : budget;
    http.setConfig(requestConfig(effective));
    HttpClientContext context = HttpClientContext.create();
    return client.execute(http, context, response -> read(response, reader));
  }

  private static <T> T read(ClassicHttpResponse response, ResponseReader<T> reader)
      throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Header h : response.getHeaders()) {
      headers.putIfAbsent(h.getName(), h.getValue());
    }
    IncomingResponse head = new IncomingResponse(response.getCode(), headers);
    HttpEntity entity = response.getEntity();
    if (entity == null) {
      return reader.read(head, EMPTY);
    }
    InputStream in = entity.getContent();
    if (in == null) {
      return reader.read(head, EMPTY);
    }
    // On an exception the stream is NOT closed here: closing would drain the rest of a possibly
    // huge body; HttpClient closes the response instead, which discards the connection.
    T result = reader.read(head, in);
    in.close(); // drains what the reader left so the connection goes back to the pool
    return result;
  }

  /** @return connections currently leased from the pool (0 when no call is in flight) */
  public int leasedConnections() {
    return pool.getTotalStats().getLeased();
  }

  /** @return connections idle in the pool */
  public int availableConnections() {
    return pool.getTotalStats().getAvailable();
  }

  /** Closes the client and every pooled connection; calls in flight fail. */
  @Override
  public void close() {
    closed.set(true);
    client.close(CloseMode.GRACEFUL);
    pool.close(CloseMode.GRACEFUL);
  }
}
