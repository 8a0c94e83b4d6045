package io.csol.sdk.core;

import java.util.Objects;
import java.util.Optional;

/**
 * What a completed document download delivered.
 *
 * @param contentType the response Content-Type (empty string when the server sent none)
 * @param bytes number of bytes written to the sink
 * @param sha256Hex lower-case hex SHA-256 of the bytes written
 * @param etag the response ETag, if any
 */
public record DocumentInfo(String contentType, long bytes, String sha256Hex, Optional<String> etag) {
  /**
   * Validates the components.
   *
   * @param contentType see the record description
   * @param bytes see the record description
   * @param sha256Hex see the record description
   * @param etag see the record description
   */
  public DocumentInfo {
    Objects.requireNonNull(contentType, "contentType must not be null");
    Objects.requireNonNull(sha256Hex, "sha256Hex must not be null");
    Objects.requireNonNull(etag, "etag must not be null");
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must be >= 0, was " + bytes);
    }
  }
}
