package io.csol.sdk.core.error;

/**
 * The server answered, but the body could not be read as the expected type: malformed or
 * truncated JSON, or a shape this SDK does not understand.
 *
 * <p>The message says what was expected and where (JSON path, line and column); it never
 * repeats the body, which may hold personal or business data.
 */
public class ResponseDecodingException extends CsolException {

  /** The HTTP status of the response. */
  private final int status;

  /**
   * Creates a decoding failure.
   *
   * @param message what was expected and where it failed, without body content
   * @param status the HTTP status of the response
   * @param requestId the request id of the call, or null
   * @param cause the cause, or null
   */
  public ResponseDecodingException(String message, int status, String requestId, Throwable cause) {
    super(withRequestId(message, requestId), requestId, cause);
    this.status = status;
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
