package io.csol.sdk.core.http;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Status line and headers of a received response (the body is read separately, as a stream).
 */
public final class IncomingResponse {
  private final int status;
  private final Map<String, String> headers;

  /**
   * Creates a response head.
   *
   * @param status HTTP status
   * @param headers first value per header name; names are matched case-insensitively
   */
  public IncomingResponse(int status, Map<String, String> headers) {
    this.status = status;
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    this.headers = Collections.unmodifiableMap(copy);
  }

  /** @return the HTTP status */
  public int status() {
    return status;
  }

  /** @return true for 2xx */
  public boolean successful() {
    return status >= 200 && status < 300;
  }

  /**
   * Returns a header's first value.
   *
   * @param name header name, any case
   * @return the value, if present
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /** @return all headers, first value each, case-insensitive keys */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public String toString() {
    return "IncomingResponse[status=" + status + "]";
  }
}
