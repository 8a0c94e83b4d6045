package io.csol.sdk.core.internal;

import io.csol.sdk.core.error.ResponseDecodingException;
import io.csol.sdk.core.http.IncomingResponse;
import io.csol.sdk.core.spi.DocumentInfo;
import java.io.IOException;
import java.io.InputStream;

/**
 * What one attempt received: head plus either the body bytes or, for a streamed document, what
 * was written (not API).
 *
 * @param head status and headers
 * @param body the body (JSON or problem), empty for a streamed document
 * @param document the streamed document, or null
 * @param requestId the call's request id
 */
record Exchange(IncomingResponse head, byte[] body, DocumentInfo document, String requestId) {
  private static final int MAX_BODY_BYTES = 64 << 20;
  private static final int MAX_PROBLEM_BYTES = 1 << 20;
  private static final byte[] NO_BODY = new byte[0];

  int status() {
    return head.status();
  }

  /**
   * Reads one response while its connection is leased: a 2xx document streams into
   * {@code target}; anything else is read into memory (bounded, problems to 1 MiB).
   */
  static Exchange read(String requestId, IncomingResponse head, InputStream in,
      DocumentTarget target) throws IOException {
    if (target != null && head.successful()) {
      return new Exchange(head, NO_BODY, target.write(head, in, requestId), requestId);
    }
    int cap = head.successful() ? MAX_BODY_BYTES : MAX_PROBLEM_BYTES;
    byte[] body = in.readNBytes(cap + 1);
    if (body.length > cap && head.successful()) {
      throw new ResponseDecodingException("response body exceeds " + cap + " bytes",
          head.status(), requestId, null);
    }
    return new Exchange(head, body, null, requestId);
  }
}
