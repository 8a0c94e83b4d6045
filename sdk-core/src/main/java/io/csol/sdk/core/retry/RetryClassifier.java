package io.csol.sdk.core.retry;

import io.csol.sdk.core.http.NotRetryableIOException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.SocketTimeoutException;
import java.util.Set;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;

/**
 * Decides which outcomes are worth another attempt.
 *
 * <p>Retryable: I/O failures (connect failure, connect/read timeout, reset, no response,
 * truncated body), statuses 408, 429, 500, 502, 503, 504, and a 2xx body that is not well-formed
 * JSON (see {@code ResponseDecodingException#retryable()}). Never other 4xx: repeating a request
 * the server judged wrong cannot succeed. Only idempotent calls are retried; a POST counts as
 * idempotent because it always carries an {@code Idempotency-Key}.
 */
public final class RetryClassifier {
  private static final Set<Integer> STATUSES = Set.of(408, 429, 500, 502, 503, 504);

  private RetryClassifier() {
  }

  /**
   * Tells whether a response status should be retried.
   *
   * @param status HTTP status
   * @return true for 408, 429, 500, 502, 503, 504
   */
  public static boolean retryableStatus(int status) {
    return STATUSES.contains(status);
  }

  /**
   * Tells whether an I/O failure should be retried.
   *
   * @param e the failure, not null
   * @return false for TLS failures and when the thread was interrupted, true for other I/O
   */
  public static boolean retryableIo(IOException e) {
    if (e instanceof NotRetryableIOException) {
      return false;
    }
    if (e instanceof SocketTimeoutException) {
      return true;
    }
    if (Thread.currentThread().isInterrupted() || e.getClass() == InterruptedIOException.class) {
      // the caller wants this thread to stop; connect timeouts are subclasses and do retry
      return false;
    }
    // a certificate problem does not heal by trying again
    return !(e instanceof SSLException);
  }

  /**
   * Tells whether an I/O failure happened before any byte of the request was sent: the
   * connection (or its TLS session) could not be set up, or no pooled connection was free in
   * time. Such an attempt cannot have had an effect.
   *
   * @param e the failure, not null
   * @return true for connect failures and timeouts, unknown hosts, TLS handshake failures and
   *     connection-pool timeouts; false when the request may have reached the server
   */
  public static boolean beforeSending(IOException e) {
    if (e == null) {
      throw new NullPointerException("e must not be null");
    }
    return e instanceof ConnectException || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException || e instanceof SSLHandshakeException
        || e instanceof ConnectTimeoutException || e instanceof ConnectionRequestTimeoutException;
  }

  /**
   * Tells whether a method may be retried.
   *
   * @param method HTTP method, upper case
   * @return true for GET, HEAD, PUT, DELETE and POST (POST always carries an Idempotency-Key)
   */
  public static boolean retryableMethod(String method) {
    return switch (method) {
      case "GET", "HEAD", "PUT", "DELETE", "POST" -> true;
      default -> false;
    };
  }
}
