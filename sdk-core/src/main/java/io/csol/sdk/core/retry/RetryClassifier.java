package io.csol.sdk.core.retry;

import io.csol.sdk.core.http.NotRetryableIOException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.Set;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ClientProtocolException;

/**
 * Decides which outcomes are worth another attempt.
 *
 * <p>Retryable: I/O failures (connect failure, connect/read timeout, reset, no response,
 * truncated body, but not an HTTP protocol violation) and statuses 408, 429, 500, 502, 503, 504. Never other 4xx: repeating a request
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
   * @return false for TLS failures, HTTP protocol violations and when the thread was
   *     interrupted, true for other I/O
   */
  public static boolean retryableIo(IOException e) {
    if (e instanceof NotRetryableIOException || e instanceof ClientProtocolException) {
      // a server that breaks the HTTP protocol does it again on the next attempt
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
