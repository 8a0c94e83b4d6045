package io.csol.sdk.core.error;

/**
 * The {@code Idempotency-Key} was already used with a different request (HTTP 422 idempotency-key-reused); use a new key for a new request.
 */
public class IdempotencyConflictException extends ApiException {

  /**
   * Creates the exception.
   *
   * @param status the HTTP status code
   * @param problem the problem body, not null
   * @param requestId the request id of the call, or null
   */
  public IdempotencyConflictException(int status, Problem problem, String requestId) {
    super(status, problem, requestId);
  }
}
