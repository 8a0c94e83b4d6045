package io.csol.sdk.core.error;

/**
 * The caller is signed in but not allowed to do this (HTTP 403).
 */
public class PermissionException extends ApiException {

  /**
   * Creates the exception.
   *
   * @param status the HTTP status code
   * @param problem the problem body, not null
   * @param requestId the request id of the call, or null
   */
  public PermissionException(int status, Problem problem, String requestId) {
    super(status, problem, requestId);
  }
}
