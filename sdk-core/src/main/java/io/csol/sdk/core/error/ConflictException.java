package io.csol.sdk.core.error;

/**
 * The request conflicts with the record's current state (HTTP 409), e.g. approving a disputed invoice.
 */
public class ConflictException extends ApiException {

  /**
   * Creates the exception.
   *
   * @param status the HTTP status code
   * @param problem the problem body, not null
   * @param requestId the request id of the call, or null
   */
  public ConflictException(int status, Problem problem, String requestId) {
    super(status, problem, requestId);
  }
}
