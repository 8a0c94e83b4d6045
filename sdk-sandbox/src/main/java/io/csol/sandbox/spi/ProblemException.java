package io.csol.sandbox.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem a handler throws; the server writes it as {@code application/problem+json}
 * with type {@code https://csol.io/problems/<slug>}, the request path as instance and the request id.
 *
 * <p>{@link #withField} and {@link #with} add to this exception and return it, so a problem is
 * built in one expression before it is thrown; do not share instances between threads.
 */
public final class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String slug;
  private final String title;
  private final transient List<Map<String, String>> errors = new ArrayList<>();
  private final transient Map<String, Object> members = new LinkedHashMap<>();
  private final transient Map<String, String> headers = new LinkedHashMap<>();

  /**
   * Creates a problem.
   *
   * @param status HTTP status, 400..599
   * @param slug   problem slug such as {@code not-found}
   * @param title  short human summary
   * @param detail human explanation of this occurrence (may be null)
   */
  public ProblemException(int status, String slug, String title, String detail) {
    super(detail == null ? title : detail);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 400..599, was " + status);
    }
    this.status = status;
    this.slug = Objects.requireNonNull(slug, "slug");
    this.title = Objects.requireNonNull(title, "title");
  }

  /** Adds an {@code errors} entry {@code {"field":..., "message":...}}. */
  public ProblemException withField(String field, String message) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    Map<String, String> entry = new LinkedHashMap<>();
    entry.put("field", field);
    entry.put("message", message);
    errors.add(entry);
    return this;
  }

  /** Adds an extension member such as {@code tool} or {@code customerNumber}. */
  public ProblemException with(String member, Object value) {
    Objects.requireNonNull(member, "member");
    members.put(member, value);
    return this;
  }

  /** Adds a response header such as {@code Retry-After} or {@code Allow}. */
  public ProblemException header(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    headers.put(name, value);
    return this;
  }

  /** Returns the HTTP status. */
  public int status() {
    return status;
  }

  /** Returns the problem slug. */
  public String slug() {
    return slug;
  }

  /** Returns the title. */
  public String title() {
    return title;
  }

  /** Returns the detail. */
  public String detail() {
    return getMessage();
  }

  /** Returns the field errors. */
  public List<Map<String, String>> errors() {
    return Collections.unmodifiableList(errors);
  }

  /** Returns the extension members. */
  public Map<String, Object> members() {
    return Collections.unmodifiableMap(members);
  }

  /** Returns the extra response headers. */
  public Map<String, String> headers() {
    return Collections.unmodifiableMap(headers);
  }

  /** Creates 400 invalid-request naming a field. */
  public static ProblemException invalidRequest(String field, String message) {
    return new ProblemException(400, "invalid-request", "Invalid request", message).withField(field, message);
  }

  /** Creates 422 validation-failed naming a field. */
  public static ProblemException validationFailed(String field, String message) {
    return new ProblemException(422, "validation-failed", "Validation failed", message).withField(field, message);
  }

  /** Creates 404 not-found. */
  public static ProblemException notFound(String detail) {
    return new ProblemException(404, "not-found", "Not found", detail);
  }

  /** Creates 409 conflict. */
  public static ProblemException conflict(String detail) {
    return new ProblemException(409, "conflict", "Conflict", detail);
  }
}
