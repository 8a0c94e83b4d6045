package io.csol.sdk.core.error;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an HTTP error response into the matching {@link ApiException} subclass.
 *
 * <p>For the SDK pipeline (through {@code bridge.ErrorAccess}), not for application code, so
 * package-private. Bodies that are empty, not JSON or
 * malformed still give the exception type that fits the status, with a message that describes
 * the body (type and size) without quoting it.
 *
 * <p>Every text the server supplies (type, title, detail, instance, request id, field errors,
 * top-level text extensions) is cut to {@value #MAX_TEXT} characters and its control and format
 * characters replaced (line breaks by a space, others by {@code ?}), so a hostile server cannot
 * forge log lines or flood logs through exception messages.
 */
final class ProblemMapper {
  // Only reads problem bodies as trees, configured like the shared mapper for that; a mapper of
  // its own keeps this package independent of the json package (which depends on this one).
  private static final ObjectMapper TREES = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();
  /** The most characters of one server-supplied text kept in a problem or message. */
  static final int MAX_TEXT = 500;
  private static final int MAX_ID = 128;

  private static final int MAX_FIELD_ERRORS = 100;
  private static final Set<String> STANDARD_MEMBERS =
      Set.of("type", "title", "status", "detail", "instance", "requestId", "errors");

  private ProblemMapper() {
  }

  /**
   * Maps an error response, reading {@code Retry-After} dates against the system clock.
   *
   * @param status the HTTP status (100..599)
   * @param body the body bytes, or null
   * @param contentType the {@code Content-Type} header, or null
   * @param requestId the call's request id, or null (then the body's or header's is used)
   * @param headers the response headers (names case-insensitive), or null
   * @return the exception to throw
   * @throws IllegalArgumentException when status is outside 100..599
   */
  static ApiException fromResponse(int status, byte[] body, String contentType,
      String requestId, Map<String, String> headers) {
    return fromResponse(status, body, contentType, requestId, headers, Clock.systemUTC());
  }

  /**
   * Maps an error response, reading {@code Retry-After} dates against the given clock.
   *
   * @param status the HTTP status (100..599)
   * @param body the body bytes, or null
   * @param contentType the {@code Content-Type} header, or null
   * @param requestId the call's request id, or null (then the body's or header's is used)
   * @param headers the response headers (names case-insensitive), or null
   * @param clock the clock HTTP-dates are measured from, not null
   * @return the exception to throw
   * @throws IllegalArgumentException when status is outside 100..599
   */
  static ApiException fromResponse(int status, byte[] body, String contentType,
      String requestId, Map<String, String> headers, Clock clock) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be an HTTP status 100..599, was " + status);
    }
    if (clock == null) {
      throw new NullPointerException("clock must not be null");
    }
    Map<String, String> h = headers == null ? Map.of() : headers;
    Problem problem = problem(status, body == null ? new byte[0] : body, contentType);
    String id = firstNonBlank(requestId, problem.requestId(), clean(header(h, "X-Request-Id"), MAX_ID));
    Duration retryAfter = parseRetryAfter(header(h, "Retry-After"), clock).orElse(null);
    return create(status, problem, id, retryAfter);
  }

  /**
   * Parses a {@code Retry-After} value: delta-seconds or an RFC 1123 HTTP-date.
   *
   * @param value the header value, or null
   * @param clock the clock a date is measured from, not null
   * @return the wait (zero for a date in the past), or empty when absent or unreadable
   */
  static Optional<Duration> parseRetryAfter(String value, Clock clock) {
    if (clock == null) {
      throw new NullPointerException("clock must not be null");
    }
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    if (v.chars().allMatch(Character::isDigit)) {
      // More than 10 digits is beyond any sane wait; treat it as unreadable rather than overflow.
      return v.length() > 10 ? Optional.empty() : Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration d = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static ApiException create(int status, Problem p, String id, Duration retryAfter) {
    String slug = p.slug().orElse("");
    switch (status) {
      case 400:
        return new InvalidRequestException(status, p, id);
      case 401:
        return new AuthenticationException(status, p, id);
      case 403:
        if ("not-entitled".equals(slug)) {
          return new NotEntitledException(status, p, id);
        }
        return "tool-not-offered".equals(slug) ? new ToolNotOfferedException(status, p, id)
            : new PermissionException(status, p, id);
      case 404:
        return new NotFoundException(status, p, id);
      case 409:
        return new ConflictException(status, p, id);
      case 422:
        return "idempotency-key-reused".equals(slug) ? new IdempotencyConflictException(status, p, id)
            : new InvalidRequestException(status, p, id);
      case 429:
        return new RateLimitedException(status, p, id, retryAfter);
      default:
        return status >= 500 ? new ServerException(status, p, id, retryAfter)
            : new ApiException(status, p, id, retryAfter);
    }
  }

  private static Problem problem(int status, byte[] body, String contentType) {
    String type = contentType == null || contentType.isBlank() ? "no content type"
        : clean(contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT), 100);
    if (body.length == 0) {
      return fallback(status, "empty body");
    }
    String described = " (" + type + ", " + body.length + " bytes)";
    if (!looksJson(type, body)) {
      return fallback(status, "non-JSON body" + described);
    }
    JsonNode root;
    try {
      root = TREES.readTree(body);
    } catch (IOException e) {
      return fallback(status, "malformed JSON body" + described);
    }
    if (root == null || !root.isObject()) {
      return fallback(status, "JSON body is not a problem object" + described);
    }
    return fromJson(status, root);
  }

  private static Problem fromJson(int status, JsonNode root) {
    List<FieldError> errors = new ArrayList<>();
    JsonNode errorsNode = root.get("errors");
    if (errorsNode != null && errorsNode.isArray()) {
      for (JsonNode e : errorsNode) {
        if (e.isObject()) {
          errors.add(new FieldError(text(e, "field"), text(e, "message")));
          if (errors.size() == MAX_FIELD_ERRORS) {
            break; // a hostile list could be a million entries long
          }
        }
      }
    }
    Map<String, Object> extensions = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      if (!STANDARD_MEMBERS.contains(entry.getKey())) {
        Object value = TREES.convertValue(entry.getValue(), Object.class);
        extensions.put(clean(entry.getKey(), MAX_ID),
            value instanceof String ? clean((String) value, MAX_TEXT) : value);
      }
    }
    return new Problem(text(root, "type"), text(root, "title"), status, text(root, "detail"),
        text(root, "instance"), clean(text(root, "requestId"), MAX_ID), errors, extensions);
  }

  private static Problem fallback(int status, String detail) {
    return new Problem("about:blank", HttpStatusText.of(status), status, detail, null, null,
        List.of(), Map.of());
  }

  private static boolean looksJson(String type, byte[] body) {
    if (type.endsWith("/json") || type.endsWith("+json")) {
      return true;
    }
    if (!"no content type".equals(type)) {
      return false;
    }
    for (byte b : body) {
      if (!Character.isWhitespace(b)) {
        return b == '{';
      }
    }
    return false;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : clean(v.asText(), MAX_TEXT);
  }

  /**
   * Makes server-supplied text safe for a log line: at most {@code max} characters (then
   * {@code ...}), CR, LF, tab and Unicode line separators as spaces, other control and format
   * characters (bidi overrides, zero-width) as {@code ?}.
   */
  static String clean(String text, int max) {
    if (text == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(Math.min(text.length(), max) + 3);
    int i = 0;
    while (i < text.length() && sb.length() < max) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (cp == '\r' || cp == '\n' || cp == '\t' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
        sb.append(' ');
      } else if (Character.isISOControl(cp) || type == Character.FORMAT
          || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
        sb.append('?');
      } else {
        sb.appendCodePoint(cp);
      }
    }
    return i < text.length() ? sb.append("...").toString() : sb.toString();
  }

  private static String header(Map<String, String> headers, String name) {
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (name.equalsIgnoreCase(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
