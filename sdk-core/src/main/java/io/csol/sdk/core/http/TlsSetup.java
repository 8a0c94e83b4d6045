package io.csol.sdk.core.http;

import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;

/**
 * Installs the caller's {@link SSLContext} on the connection pool on every HttpClient 5 the SDK
 * supports. HttpClient 5.4 brought {@code TlsSocketStrategy} and deprecated the socket factory;
 * 5.2 and 5.3 (Spring Boot 3.2 and 3.3) have only the factory. Referencing the new type from
 * {@link HttpTransport} itself failed there with {@code NoClassDefFoundError} for every client,
 * with or without an SSLContext, because the JVM links the types a constructor uses. Each way
 * lives in its own class, so only the one that is used is loaded. Host names are verified
 * either way.
 */
final class TlsSetup {

  /** Whether this HttpClient has {@code TlsSocketStrategy} (5.4 and later). */
  static final boolean STRATEGY_API = present("org.apache.hc.client5.http.ssl.TlsSocketStrategy");

  private TlsSetup() {
  }

  static void apply(PoolingHttpClientConnectionManagerBuilder pool, SSLContext context) {
    apply(pool, context, STRATEGY_API);
  }

  /** {@code strategyApi} false takes the 5.2/5.3 way, which 5.4 and later still have. */
  static void apply(PoolingHttpClientConnectionManagerBuilder pool, SSLContext context,
      boolean strategyApi) {
    if (strategyApi) {
      Strategy.apply(pool, context);
    } else {
      SocketFactory.apply(pool, context);
    }
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, TlsSetup.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** HttpClient 5.4 and later. */
  private static final class Strategy {
    static void apply(PoolingHttpClientConnectionManagerBuilder pool, SSLContext context) {
      pool.setTlsSocketStrategy(
          new org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy(context));
    }
  }

  /** HttpClient 5.2 and 5.3: the socket factory, deprecated (not removed) since 5.4. */
  private static final class SocketFactory {
    @SuppressWarnings("deprecation")
    static void apply(PoolingHttpClientConnectionManagerBuilder pool, SSLContext context) {
      pool.setSSLSocketFactory(
          org.apache.hc.client5.http.ssl.SSLConnectionSocketFactoryBuilder.create()
              .setSslContext(context).build());
    }
  }
}
