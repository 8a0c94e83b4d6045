package io.csol.sdk.core.error;

import io.csol.sdk.core.Tool;
import java.util.Objects;

/**
 * The circuit breaker of a tool is open after repeated failures, so the call (or its next retry)
 * was not sent.
 *
 * <p>The circuit is checked when a call starts and before each of its retries. When it opens
 * while a call is retrying, earlier attempts of that call were sent: {@link #attemptsSent()} and
 * {@link #mayHaveBeenApplied()} say so, and {@link #idempotencyKey()} is the key to re-send a POST
 * with. Calls are let through again after the configured wait; other tools are not affected.
 *
 * @see "docs/errors.md: which status gives which exception, and what is retried"
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
    this(tool, requestId, 0, false, null, cause);
  }

  /**
   * Creates the exception for a call stopped by an open circuit after {@code attemptsSent}
   * attempts were sent.
   *
   * @param tool the tool whose circuit is open, not null
   * @param requestId the request id of the call, or null
   * @param attemptsSent attempts of the call sent before the circuit stopped it, at least 0
   * @param mayHaveBeenApplied whether one of them may have taken effect
   * @param idempotencyKey the call's Idempotency-Key, or null
   * @param cause the failure of the last attempt sent, or null
   * @throws IllegalArgumentException when attemptsSent is negative, or an effect is claimed with
   *     no attempt sent
   */
  public CircuitOpenException(Tool tool, String requestId, int attemptsSent,
      boolean mayHaveBeenApplied, String idempotencyKey, Throwable cause) {
    super(withRequestId("circuit breaker for tool " + Objects.requireNonNull(tool, "tool")
        + " is open; " + sent(attemptsSent, mayHaveBeenApplied, idempotencyKey), requestId),
        requestId, cause);
    this.tool = tool;
    recordCall(attemptsSent, mayHaveBeenApplied, idempotencyKey);
  }

  private static String sent(int attempts, boolean applied, String key) {
    if (attempts <= 0) {
      return "no attempt of the call was sent";
    }
    String sent = attempts + (attempts == 1 ? " earlier attempt was" : " earlier attempts were")
        + " sent";
    if (!applied) {
      return sent + "; none took effect";
    }
    return sent + " and may have taken effect" + (key == null ? ""
        : "; re-send with the same idempotency key (idempotencyKey())");
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
