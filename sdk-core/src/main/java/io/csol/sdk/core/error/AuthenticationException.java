package io.csol.sdk.core.error;

/**
 * Sign-in failed or the token was rejected (HTTP 401): wrong credentials or an expired refresh token.
 */
public class AuthenticationException extends ApiException {

  /**
   * Creates the exception.
   *
   * @param status the HTTP status code
   * @param problem the problem body, not null
   * @param requestId the request id of the call, or null
   */
  public AuthenticationException(int status, Problem problem, String requestId) {
    super(status, problem, requestId);
  }
}
