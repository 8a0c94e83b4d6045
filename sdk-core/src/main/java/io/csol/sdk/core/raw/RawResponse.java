package io.csol.sdk.core.raw;

import com.fasterxml.jackson.databind.JsonNode;
import io.csol.sdk.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The successful (2xx) response of a raw call: status, headers and body. A non-2xx answer is never
 * a {@code RawResponse}: it is thrown as the same typed exception a tool client would throw.
 *
 * <p>Immutable and thread-safe.
 */
public final class RawResponse {
  /** Headers that can carry credentials or session state; never handed out. */
  private static final Set<String> HIDDEN = Set.of("authorization", "proxy-authorization",
      "cookie", "set-cookie", "set-cookie2");

  private final int status;
  private final Map<String, String> headers;
  private final byte[] body;
  private final String requestId;

  RawResponse(int status, Map<String, String> headers, byte[] body, String requestId) {
    this.status = status;
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> {
      if (!HIDDEN.contains(k.toLowerCase(Locale.ROOT))) {
        copy.put(k, v);
      }
    });
    this.headers = Collections.unmodifiableMap(copy);
    this.body = body.clone();
    this.requestId = requestId;
  }

  /** @return the HTTP status, 200..299 */
  public int status() {
    return status;
  }

  /**
   * Returns the response headers, first value per name, looked up case-insensitively; headers
   * that can carry credentials ({@code Set-Cookie}, {@code Authorization}, ...) are left out.
   *
   * @return the headers, unmodifiable
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns one header's first value.
   *
   * @param name the header name, any case, not null
   * @return the value, if present
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(java.util.Objects.requireNonNull(name,
        "name must not be null")));
  }

  /** @return the request id the call was sent with (also in the SDK's logs) */
  public String requestId() {
    return requestId;
  }

  /** @return the body as UTF-8 text; empty for 204 */
  public String body() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Parses the body as JSON into JDK types: an object is a {@code Map<String, Object>} (member
   * order kept), an array a {@code List<Object>}, a number a {@code BigDecimal}, then
   * {@code String}, {@code Boolean} or {@code null}. Collections are unmodifiable.
   *
   * @return the parsed body, or null for an empty body or JSON {@code null}
   * @throws io.csol.sdk.core.error.ResponseDecodingException if the body is not well-formed JSON
   */
  public Object json() {
    if (body.length == 0) {
      return null;
    }
    return JsonTree.toJdk(Json.read(body, JsonNode.class, requestId, status));
  }

  /**
   * Parses the body as a JSON object (see {@link #json()} for the types).
   *
   * @return the object's members
   * @throws io.csol.sdk.core.error.ResponseDecodingException if the body is not a JSON object
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> jsonObject() {
    Object json = json();
    if (!(json instanceof Map)) {
      throw new io.csol.sdk.core.error.ResponseDecodingException("the response body is not a JSON"
          + " object", status, requestId, null);
    }
    return (Map<String, Object>) json;
  }

  /**
   * Parses the body as a JSON array (see {@link #json()} for the types).
   *
   * @return the elements
   * @throws io.csol.sdk.core.error.ResponseDecodingException if the body is not a JSON array
   */
  @SuppressWarnings("unchecked")
  public List<Object> jsonArray() {
    Object json = json();
    if (!(json instanceof List)) {
      throw new io.csol.sdk.core.error.ResponseDecodingException("the response body is not a JSON"
          + " array", status, requestId, null);
    }
    return (List<Object>) json;
  }

  /** Status, request id and size only: a body may hold personal data. */
  @Override
  public String toString() {
    return "RawResponse[status=" + status + ", requestId=" + requestId + ", bytes=" + body.length
        + "]";
  }
}
