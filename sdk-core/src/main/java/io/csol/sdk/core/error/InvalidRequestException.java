package io.csol.sdk.core.error;

/**
 * The server rejected the request as invalid: 400 (bad parameter, filter or cursor) or 422 validation-failed; {@link Problem#errors()} names the fields.
 */
public class InvalidRequestException extends ApiException {

  /**
   * Creates the exception.
   *
   * @param status the HTTP status code
   * @param problem the problem body, not null
   * @param requestId the request id of the call, or null
   */
  public InvalidRequestException(int status, Problem problem, String requestId) {
    super(status, problem, requestId);
  }
}
