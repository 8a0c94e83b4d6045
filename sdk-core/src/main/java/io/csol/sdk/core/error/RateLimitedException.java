package io.csol.sdk.core.error;

import java.time.Duration;

/**
 * The caller sent too many requests (HTTP 429); {@link #retryAfter()} says how long to wait
 * when the server told.
 */
public class RateLimitedException extends ApiException {

  /**
   * Creates the exception.
   *
   * @param status the HTTP status code (429)
   * @param problem the problem body, not null
   * @param requestId the request id of the call, or null
   * @param retryAfter the server's {@code Retry-After}, or null when absent
   */
  public RateLimitedException(int status, Problem problem, String requestId, Duration retryAfter) {
    super(status, problem, requestId, retryAfter);
  }
}
