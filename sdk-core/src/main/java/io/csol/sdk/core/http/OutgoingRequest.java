package io.csol.sdk.core.http;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request ready to send.
 *
 * @param method upper-case method
 * @param uri absolute URI including the query
 * @param headers header name/value pairs in order
 * @param body request body, or null
 * @param contentType media type of the body, or null when there is no body
 * @param bodyFile a file streamed as the body (an upload) instead of {@code body}, or null
 */
public record OutgoingRequest(String method, URI uri, List<Map.Entry<String, String>> headers,
    byte[] body, String contentType, Path bodyFile) {
  /**
   * Validates and copies the components.
   *
   * @param method see the record description
   * @param uri see the record description
   * @param headers see the record description
   * @param body see the record description
   * @param contentType see the record description
   * @param bodyFile see the record description
   */
  public OutgoingRequest {
    Objects.requireNonNull(method, "method must not be null");
    Objects.requireNonNull(uri, "uri must not be null");
    headers = List.copyOf(Objects.requireNonNull(headers, "headers must not be null"));
    if ((body != null || bodyFile != null) && contentType == null) {
      throw new IllegalArgumentException("contentType must be set when a body is present");
    }
    if (body != null && bodyFile != null) {
      throw new IllegalArgumentException("body and bodyFile are exclusive");
    }
  }

  /**
   * A request with an in-memory body (or none).
   *
   * @param method see the record description
   * @param uri see the record description
   * @param headers see the record description
   * @param body see the record description
   * @param contentType see the record description
   */
  public OutgoingRequest(String method, URI uri, List<Map.Entry<String, String>> headers,
      byte[] body, String contentType) {
    this(method, uri, headers, body, contentType, null);
  }

  @Override
  public String toString() {
    // never header values or the body: they hold tokens, passwords and personal data
    return "OutgoingRequest[" + method + " " + uri.getRawPath() + "]";
  }
}
