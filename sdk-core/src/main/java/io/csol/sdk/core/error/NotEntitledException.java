package io.csol.sdk.core.error;

import io.csol.sdk.core.Tool;
import java.util.Optional;

/**
 * The caller has no ACTIVE entitlement for a tool and customer number (HTTP 403
 * not-entitled); request one with {@code AccessClient.requestEntitlement}.
 *
 * <p>Thrown only for a customer number the caller holds: a record of a customer number the
 * caller does not hold is a {@link NotFoundException}, and a list filtered on such a number is
 * empty. A list without a filter holds the records of the entitled customer numbers and throws
 * this only when there is none for the tool. Lists are lazy, so this comes from reading them.
 *
 * @see "docs/errors.md, section Entitlements: what you see without one"
 */
public class NotEntitledException extends PermissionException {

  /**
   * Creates the exception; tool, customer number and country come from the problem's members.
   *
   * @param status the HTTP status code (403)
   * @param problem the problem body, not null
   * @param requestId the request id of the call, or null
   */
  public NotEntitledException(int status, Problem problem, String requestId) {
    super(status, problem, requestId);
  }

  /**
   * Returns the tool the caller is not entitled to.
   *
   * @return the tool, {@link Tool#UNKNOWN} when the server named none or an unknown one
   */
  public Tool tool() {
    return ProblemMembers.tool(problem());
  }

  /**
   * Returns the customer number the entitlement is missing for.
   *
   * @return the customer number, or empty when the server named none
   */
  public Optional<String> customerNumber() {
    return problem().extensionText("customerNumber");
  }

  /**
   * Returns the country of that customer number (ISO 3166-1 alpha-2).
   *
   * @return the country, or empty when the server named none
   */
  public Optional<String> country() {
    return problem().extensionText("country");
  }
}
