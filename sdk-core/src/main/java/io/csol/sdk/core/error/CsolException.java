package io.csol.sdk.core.error;

import java.util.Optional;

/**
 * Root of every exception the csol SDK throws; unchecked.
 *
 * <p>Messages never contain credentials, tokens or header values. {@link #requestId()} is the
 * {@code X-Request-Id} of the failed call when one was sent or received; quote it to csol
 * support.
 */
public class CsolException extends RuntimeException {

  /** The request id, or null. */
  private final String requestId;

  /**
   * Creates an exception with a message, the request id (may be null) and a cause (may be null).
   *
   * @param message what went wrong, without secrets
   * @param requestId the request id of the call, or null when unknown
   * @param cause the underlying cause, or null
   */
  public CsolException(String message, String requestId, Throwable cause) {
    super(message, cause);
    this.requestId = requestId;
  }

  /**
   * Returns the request id of the failed call, when known.
   *
   * @return the {@code X-Request-Id} value, or empty
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** Appends {@code " [requestId=...]"} to a message when a request id is known. */
  static String withRequestId(String message, String requestId) {
    return requestId == null || requestId.isEmpty() ? message : message + " [requestId=" + requestId + "]";
  }
}
