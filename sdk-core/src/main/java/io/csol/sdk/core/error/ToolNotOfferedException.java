package io.csol.sdk.core.error;

import io.csol.sdk.core.Tool;
import java.util.Optional;

/**
 * The tool is not offered in the country at all (HTTP 403 tool-not-offered), so no
 * entitlement request can succeed.
 *
 * @see "docs/errors.md, section Entitlements: what you see without one"
 */
public class ToolNotOfferedException extends PermissionException {

  /**
   * Creates the exception; tool and country come from the problem's members.
   *
   * @param status the HTTP status code (403)
   * @param problem the problem body, not null
   * @param requestId the request id of the call, or null
   */
  public ToolNotOfferedException(int status, Problem problem, String requestId) {
    super(status, problem, requestId);
  }

  /**
   * Returns the tool that is not offered.
   *
   * @return the tool, {@link Tool#UNKNOWN} when the server named none or an unknown one
   */
  public Tool tool() {
    return ProblemMembers.tool(problem());
  }

  /**
   * Returns the country the tool is not offered in (ISO 3166-1 alpha-2).
   *
   * @return the country, or empty when the server named none
   */
  public Optional<String> country() {
    return problem().extensionText("country");
  }
}
