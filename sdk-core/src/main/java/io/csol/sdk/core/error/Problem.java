package io.csol.sdk.core.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An RFC 9457 problem body ({@code application/problem+json}) as sent by the csol API.
 *
 * <p>Members other than the standard ones (for example {@code tool}, {@code customerNumber},
 * {@code country} on {@code not-entitled}) are kept in {@link #extensions()}. When the server
 * sent no JSON body, the SDK builds a problem from the status alone.
 *
 * @param type the problem type URI, e.g. {@code https://csol.io/problems/not-found}, or null
 * @param title short summary of the problem type, or null
 * @param status the HTTP status code
 * @param detail explanation of this occurrence, or null
 * @param instance the request path the problem refers to, or null
 * @param requestId the request id the server put in the body, or null
 * @param errors field errors, never null
 * @param extensions any other members, never null, unmodifiable
 */
public record Problem(String type, String title, int status, String detail, String instance,
    String requestId, List<FieldError> errors, Map<String, Object> extensions) {

  private static final String CSOL_TYPE_PREFIX = "https://csol.io/problems/";

  /**
   * Creates a problem; the collections are copied so it is immutable.
   *
   * @param type the problem type URI, or null
   * @param title short summary, or null
   * @param status the HTTP status code
   * @param detail explanation of this occurrence, or null
   * @param instance the request path, or null
   * @param requestId the request id in the body, or null
   * @param errors field errors; null becomes empty
   * @param extensions other members; null becomes empty
   */
  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
    extensions = extensions == null ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
  }

  /**
   * Returns the csol problem slug, the last path segment of {@link #type()}, e.g.
   * {@code not-entitled}.
   *
   * @return the slug, or empty when the type is absent or {@code about:blank}
   */
  public Optional<String> slug() {
    if (type == null || type.isBlank() || "about:blank".equals(type)) {
      return Optional.empty();
    }
    String t = type.startsWith(CSOL_TYPE_PREFIX) ? type.substring(CSOL_TYPE_PREFIX.length()) : type;
    int slash = t.lastIndexOf('/');
    String slug = slash >= 0 ? t.substring(slash + 1) : t;
    return slug.isEmpty() ? Optional.empty() : Optional.of(slug);
  }

  /**
   * Returns an extension member as text, e.g. {@code extensionText("tool")}.
   *
   * @param name the member name, not null
   * @return the member's value as a string, or empty when absent or null
   */
  public Optional<String> extensionText(String name) {
    if (name == null) {
      throw new NullPointerException("name must not be null");
    }
    Object value = extensions.get(name);
    return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
  }
}
