package io.csol.sdk.core.error;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The server answered with an HTTP error status (4xx or 5xx).
 *
 * <p>{@link #problem()} holds the RFC 9457 body; subclasses name the common cases so callers
 * can catch what they can act on. The message reads like
 * {@code HTTP 404 not-found: Invoice 123 does not exist [requestId=abc]}.
 *
 * @see "docs/errors.md: which status gives which exception, and what is retried"
 */
public class ApiException extends CsolException {

  private static final int MAX_FIELD_ERRORS_IN_MESSAGE = 5;

  /** The HTTP status code. */
  private final int status;
  /** The problem body. */
  private final Problem problem;
  /** The server's Retry-After, or null. */
  private final Duration retryAfter;

  /**
   * Creates an API error.
   *
   * @param status the HTTP status code
   * @param problem the problem body (or one built from the status), not null
   * @param requestId the request id of the call, or null
   * @param retryAfter the server's {@code Retry-After} as a duration, or null when absent
   */
  public ApiException(int status, Problem problem, String requestId, Duration retryAfter) {
    super(message(status, Objects.requireNonNull(problem, "problem"), requestId), requestId, null);
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /**
   * Creates an API error without a {@code Retry-After}.
   *
   * @param status the HTTP status code
   * @param problem the problem body, not null
   * @param requestId the request id of the call, or null
   */
  public ApiException(int status, Problem problem, String requestId) {
    this(status, problem, requestId, null);
  }

  /**
   * Returns the HTTP status code.
   *
   * @return the status, e.g. 404
   */
  public int status() {
    return status;
  }

  /**
   * Returns the problem body the server sent (or one built from the status).
   *
   * @return the problem, never null
   */
  public Problem problem() {
    return problem;
  }

  /**
   * Returns how long the server asked the client to wait ({@code Retry-After}), if it did.
   *
   * @return the wait, or empty
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  private static String message(int status, Problem problem, String requestId) {
    StringBuilder sb = new StringBuilder("HTTP ").append(status);
    // cleaned again: a Problem may be built by other code than ProblemMapper
    problem.slug().ifPresent(slug -> sb.append(' ').append(ProblemMapper.clean(slug,
        ProblemMapper.MAX_TEXT)));
    String text = problem.detail() != null && !problem.detail().isBlank() ? problem.detail() : problem.title();
    sb.append(": ").append(text != null && !text.isBlank()
        ? ProblemMapper.clean(text, ProblemMapper.MAX_TEXT) : HttpStatusText.of(status));
    List<FieldError> errors = problem.errors();
    if (!errors.isEmpty()) {
      sb.append(" (").append(errors.stream().limit(MAX_FIELD_ERRORS_IN_MESSAGE)
          .map(e -> ProblemMapper.clean(e.toString(), ProblemMapper.MAX_TEXT))
          .collect(Collectors.joining("; ")));
      if (errors.size() > MAX_FIELD_ERRORS_IN_MESSAGE) {
        sb.append("; ").append(errors.size() - MAX_FIELD_ERRORS_IN_MESSAGE).append(" more");
      }
      sb.append(')');
    }
    return withRequestId(sb.toString(), requestId);
  }
}
