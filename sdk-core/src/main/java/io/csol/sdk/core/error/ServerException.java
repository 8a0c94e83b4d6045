package io.csol.sdk.core.error;

import java.time.Duration;

/**
 * The server or a gateway failed (HTTP 5xx); 502, 503 and 504 are usually transient, and a
 * 503 may carry a {@link #retryAfter()}.
 */
public class ServerException extends ApiException {

  /**
   * Creates the exception.
   *
   * @param status the HTTP status code (500..599)
   * @param problem the problem body, not null
   * @param requestId the request id of the call, or null
   * @param retryAfter the server's {@code Retry-After}, or null when absent
   */
  public ServerException(int status, Problem problem, String requestId, Duration retryAfter) {
    super(status, problem, requestId, retryAfter);
  }
}
