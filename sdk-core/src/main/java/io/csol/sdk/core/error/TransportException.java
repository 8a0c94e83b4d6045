package io.csol.sdk.core.error;

/**
 * The call got no HTTP response: connection refused or reset, I/O error, or timeout.
 *
 * <p>{@link #retryable()} tells whether repeating the same request could succeed; whether it
 * is safe to repeat also depends on the method and the idempotency key.
 *
 * @see "docs/errors.md: which status gives which exception, and what is retried"
 */
public class TransportException extends CsolException {

  /** Whether a retry could help. */
  private final boolean retryable;

  /**
   * Creates a retryable transport failure.
   *
   * @param message what failed, without secrets
   * @param requestId the request id of the call, or null
   * @param cause the I/O cause, or null
   */
  public TransportException(String message, String requestId, Throwable cause) {
    this(message, requestId, true, cause);
  }

  /**
   * Creates a transport failure that states whether a retry could help.
   *
   * @param message what failed, without secrets
   * @param requestId the request id of the call, or null
   * @param retryable whether repeating the request could succeed
   * @param cause the I/O cause, or null
   */
  public TransportException(String message, String requestId, boolean retryable, Throwable cause) {
    super(withRequestId(message, requestId), requestId, cause);
    this.retryable = retryable;
  }

  /**
   * Tells whether repeating the request could succeed (for example after a reset connection).
   *
   * @return true when a retry could help
   */
  public boolean retryable() {
    return retryable;
  }
}
