package io.csol.sdk.core.http;

import java.io.IOException;

/**
 * An I/O failure that must not be retried, e.g. the download sink failed, or a stream already
 * handed bytes to a caller's {@code OutputStream} and cannot be rewound.
 */
public final class NotRetryableIOException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened (no secrets)
   * @param cause the underlying failure
   */
  public NotRetryableIOException(String message, IOException cause) {
    super(message, cause);
  }
}
