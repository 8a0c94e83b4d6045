package io.csol.sdk.core.error;

/**
 * The server answered, but the body could not be read as the expected type: malformed or
 * truncated JSON, or a shape this SDK does not understand.
 *
 * <p>The message says what was expected and where (JSON path, line and column); it never
 * repeats the body, which may hold personal or business data.
 *
 * <p>{@link #retryable()} is true when the body was not well-formed JSON (for example corrupted in
 * transit): the SDK retries such a response within the attempt budget, like a broken connection,
 * and throws this exception once the budget is spent. A well-formed body of the wrong shape is
 * not retried: asking again gets the same answer.
 *
 * @see "docs/errors.md: which status gives which exception, and what is retried"
 */
public class ResponseDecodingException extends CsolException {

  /** The HTTP status of the response. */
  private final int status;
  /** Whether asking again may get a readable body. */
  private final boolean retryable;

  /**
   * Creates a decoding failure.
   *
   * @param message what was expected and where it failed, without body content
   * @param status the HTTP status of the response
   * @param requestId the request id of the call, or null
   * @param cause the cause, or null
   */
  public ResponseDecodingException(String message, int status, String requestId, Throwable cause) {
    this(message, status, requestId, false, cause);
  }

  /**
   * Creates a decoding failure that states whether asking again could help.
   *
   * @param message what was expected and where it failed, without body content
   * @param status the HTTP status of the response
   * @param requestId the request id of the call, or null
   * @param retryable true when the body was not well-formed JSON, so another attempt may get a
   *     good one
   * @param cause the cause, or null
   */
  public ResponseDecodingException(String message, int status, String requestId, boolean retryable,
      Throwable cause) {
    super(withRequestId(message, requestId), requestId, cause);
    this.status = status;
    this.retryable = retryable;
  }

  /**
   * Tells whether the body was not well-formed JSON (malformed or cut short), so that repeating
   * the request could get a readable answer.
   *
   * @return true for a malformed body, false for well-formed JSON of an unexpected shape
   */
  public boolean retryable() {
    return retryable;
  }

  /**
   * Returns the HTTP status of the response whose body could not be decoded.
   *
   * @return the HTTP status code
   */
  public int status() {
    return status;
  }
}
