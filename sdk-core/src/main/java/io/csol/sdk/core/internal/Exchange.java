package io.csol.sdk.core.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.csol.sdk.core.DocumentInfo;
import io.csol.sdk.core.error.ResponseDecodingException;
import io.csol.sdk.core.http.IncomingResponse;
import io.csol.sdk.core.json.Json;
import java.io.IOException;
import java.io.InputStream;

/**
 * What one attempt received: head plus the body bytes, or, for a streamed document, what was
 * written, or, for JSON decoded straight from the connection, the value (not API).
 *
 * @param head status and headers
 * @param body the body (JSON or problem), empty for a streamed document or decoded value
 * @param document the streamed document, or null
 * @param requestId the call's request id
 * @param value the value decoded while reading, or {@link #NOT_DECODED}
 */
record Exchange(IncomingResponse head, byte[] body, DocumentInfo document, String requestId,
    Object value) {
  /** Marks an exchange whose body was kept as bytes (a decoded JSON {@code null} is null). */
  static final Object NOT_DECODED = new Object();
  static final int MAX_BODY_BYTES = 64 << 20;
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
      return new Exchange(head, NO_BODY, target.write(head, in, requestId), requestId, NOT_DECODED);
    }
    int cap = head.successful() ? MAX_BODY_BYTES : MAX_PROBLEM_BYTES;
    byte[] body = in.readNBytes(cap + 1);
    if (body.length > cap && head.successful()) {
      throw new ResponseDecodingException("response body exceeds " + cap + " bytes",
          head.status(), requestId, null);
    }
    return new Exchange(head, body, null, requestId, NOT_DECODED);
  }

  /**
   * Decodes a 2xx JSON body while the connection is leased, without buffering it: Jackson reads
   * the socket stream directly (at most {@value #MAX_BODY_BYTES} bytes). A broken stream stays an
   * {@link IOException}, so the attempt is retried; bad JSON is a ResponseDecodingException.
   */
  static Exchange decode(String requestId, IncomingResponse head, InputStream in, JavaType type)
      throws IOException {
    Object value = Json.readStream(new BoundedBody(in, MAX_BODY_BYTES, head.status(), requestId),
        type, requestId, head.status());
    return new Exchange(head, NO_BODY, null, requestId, value);
  }

  boolean decoded() {
    return value != NOT_DECODED;
  }
}
