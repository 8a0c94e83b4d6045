package io.csol.sdk.core.error;

/**
 * A downloaded document does not match the digest or length the server announced, so it was
 * discarded rather than handed over corrupt.
 */
public class DocumentIntegrityException extends CsolException {

  /**
   * Creates an integrity failure.
   *
   * @param message what did not match (digests may be named; content never is)
   * @param requestId the request id of the call, or null
   */
  public DocumentIntegrityException(String message, String requestId) {
    super(withRequestId(message, requestId), requestId, null);
  }
}
