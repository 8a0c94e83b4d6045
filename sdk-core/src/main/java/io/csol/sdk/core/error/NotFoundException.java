package io.csol.sdk.core.error;

/**
 * The addressed record does not exist or is not visible to the caller (HTTP 404).
 *
 * <p>A record of a customer number the caller does not hold is answered exactly like one that
 * does not exist, so nothing about another company's customers is revealed.
 *
 * @see "docs/errors.md, section Entitlements: what you see without one"
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
