package io.csol.sdk.core.error;

import io.csol.sdk.core.Tool;
import java.util.Objects;

/**
 * The circuit breaker of a tool is open after repeated failures, so the call was not sent.
 *
 * <p>Calls are let through again after the configured wait; other tools are not affected.
 */
public class CircuitOpenException extends CsolException {

  /** The tool whose circuit is open. */
  private final Tool tool;

  /**
   * Creates the exception for a tool whose circuit is open.
   *
   * @param tool the tool whose circuit is open, not null
   * @param requestId the request id of the rejected call, or null
   * @param cause the breaker's own exception, or null
   */
  public CircuitOpenException(Tool tool, String requestId, Throwable cause) {
    super(withRequestId("circuit breaker for tool " + Objects.requireNonNull(tool, "tool")
        + " is open; the call was not sent", requestId), requestId, cause);
    this.tool = tool;
  }

  /**
   * Creates the exception for a tool whose circuit is open.
   *
   * @param tool the tool whose circuit is open, not null
   */
  public CircuitOpenException(Tool tool) {
    this(tool, null, null);
  }

  /**
   * Returns the tool whose circuit is open.
   *
   * @return the tool
   */
  public Tool tool() {
    return tool;
  }
}
