package io.csol.sdk.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
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
 *
 * <p>A server cannot make an attempt outlast its budget: a watchdog aborts the exchange (socket
 * closed at once) when the budget runs out, even while a body trickles in byte by byte. A body
 * the reader left unread is drained only up to {@value #DRAIN_LIMIT} bytes to keep the connection;
 * a longer one is cut off by closing the connection instead of reading it to the end.
 */
public final class HttpTransport implements AutoCloseable {
  private static final InputStream EMPTY = InputStream.nullInputStream();
  static final int DRAIN_LIMIT = 64 * 1024;

  private final PoolingHttpClientConnectionManager pool;
  private final CloseableHttpClient client;
  private final Duration responseTimeout;
  private final ScheduledThreadPoolExecutor watchdog;
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
    PoolingHttpClientConnectionManagerBuilder poolBuilder =
        PoolingHttpClientConnectionManagerBuilder.create();
    if (config.sslContext() != null) {
      // the caller's trust material; host names are still verified
      poolBuilder.setTlsSocketStrategy(new DefaultClientTlsStrategy(config.sslContext()));
    }
    this.pool = poolBuilder
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
      HttpHost proxyHost = new HttpHost(proxy.getScheme(), proxy.getHost(), proxy.getPort());
      builder.setProxy(proxyHost);
      if (config.proxyUser() != null) {
        // scoped to the proxy: a target's own challenge never gets these credentials
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(new AuthScope(proxyHost),
            new UsernamePasswordCredentials(config.proxyUser(), config.proxyPassword()));
        builder.setDefaultCredentialsProvider(credentials);
      }
    }
    this.client = builder.build();
    this.watchdog = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "csol-deadline-watchdog");
      t.setDaemon(true);
      return t;
    });
    watchdog.setRemoveOnCancelPolicy(true); // most attempts finish in time: drop their tasks
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
   * Sends a request and reads the response with {@code reader}. The attempt ends within
   * {@code budget} whatever the server does: when it runs out the exchange is aborted and a
   * {@link SocketTimeoutException} thrown. On every path the connection goes back to the pool
   * with its body fully read, or is closed.
   *
   * @param request the request, not null
   * @param budget time left for this attempt (the response timeout is capped by it), or null for
   *     no limit beyond the response timeout
   * @param reader reads status, headers and body, not null
   * @param <T> the reader's result
   * @return the reader's result
   * @throws IOException on connect failure, timeout, reset, a truncated body or budget exhausted
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
    AtomicBoolean expired = new AtomicBoolean();
    AtomicBoolean finished = new AtomicBoolean();
    Object guard = new Object();
    // The socket timeout bounds each read, not the body: a server sending a byte a second would
    // never trip it. The watchdog cancels the exchange, which closes the socket and so unblocks
    // the read in progress. The guard makes the cancel all-or-nothing as seen from this thread,
    // so the connection is back in the pool (discarded) when send returns.
    ScheduledFuture<?> deadline = budget == null ? null : watchdog.schedule(() -> {
      synchronized (guard) {
        if (!finished.get()) {
          expired.set(true);
          http.cancel();
        }
      }
    }, Math.max(1, budget.toMillis()), TimeUnit.MILLISECONDS);
    CloseableHttpResponse response = null;
    boolean reusable = false;
    try {
      response = CloseableHttpResponse.adapt(client.executeOpen(null, http, context));
      HttpEntity entity = response.getEntity();
      InputStream in = entity == null ? null : entity.getContent();
      T result = read(response, in == null ? EMPTY : in, reader);
      reusable = in == null || drained(in);
      return result;
    } catch (IOException | RuntimeException e) {
      if (expired.get()) {
        throw deadlineReached(budget, e);
      }
      throw e;
    } finally {
      if (deadline != null) {
        synchronized (guard) {
          finished.set(true); // a watchdog that has not cancelled yet never will
        }
        deadline.cancel(false);
      }
      if (response != null) {
        if (reusable && !expired.get()) {
          response.close(); // body read to the end: the connection goes back to the pool
        } else {
          // never read the rest of a body nobody wants (it may be endless): drop the connection
          response.close(CloseMode.IMMEDIATE);
        }
      }
    }
  }

  private static IOException deadlineReached(Duration budget, Exception cause) {
    String message = "timeout: the call's deadline (" + budget.toMillis()
        + " ms left for this attempt) was reached before the response was complete";
    IOException e = cause instanceof NotRetryableIOException
        ? new NotRetryableIOException(message, (IOException) cause)
        : new SocketTimeoutException(message);
    if (e.getCause() == null) {
      e.initCause(cause);
    }
    return e;
  }

  private static <T> T read(ClassicHttpResponse response, InputStream in, ResponseReader<T> reader)
      throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Header h : response.getHeaders()) {
      headers.putIfAbsent(h.getName(), h.getValue());
    }
    return reader.read(new IncomingResponse(response.getCode(), headers), in);
  }

  /** Reads what the reader left, up to {@link #DRAIN_LIMIT} bytes; true when the body ended. */
  private static boolean drained(InputStream in) {
    byte[] buffer = new byte[8192];
    long left = DRAIN_LIMIT;
    try {
      while (left >= 0) {
        int n = in.read(buffer);
        if (n < 0) {
          return true;
        }
        left -= n;
      }
    } catch (IOException e) {
      // the reader has its result; the connection is simply not reused
    }
    return false;
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
    watchdog.shutdownNow();
    client.close(CloseMode.GRACEFUL);
    pool.close(CloseMode.GRACEFUL);
  }
}
