package io.csol.sdk.core.error;

/**
 * The addressed record does not exist or is not visible to the caller (HTTP 404).
 */
public class NotFoundException extends ApiException {

  /**
   * Creates the exception.
   *
   * @param status the HTTP status code
   * @param problem the problem body, not null
   * @param requestId the request id of the call, or null
   */
  public NotFoundException(int status, Problem problem, String requestId) {
    super(status, problem, requestId);
  }
}
