package io.csol.sandbox.internal;

import io.csol.sandbox.spi.ProblemException;
import io.csol.sandbox.spi.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes {@link ProblemException}s as RFC 9457 {@code application/problem+json} responses. */
public final class Problems {

  /** The media type of problem bodies. */
  public static final String PROBLEM_JSON = "application/problem+json";

  private static final String TYPE_BASE = "https://csol.io/problems/";

  private Problems() {
  }

  /** Builds the problem response for a request path and request id. */
  public static Response toResponse(ProblemException problem, String instance, String requestId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", TYPE_BASE + problem.slug());
    body.put("title", problem.title());
    body.put("status", problem.status());
    body.put("detail", problem.detail());
    body.put("instance", instance);
    body.put("requestId", requestId);
    if (!problem.errors().isEmpty()) {
      body.put("errors", problem.errors());
    }
    problem.members().forEach(body::putIfAbsent);
    Response response = Response.document(problem.status(), PROBLEM_JSON, Json.write(body));
    problem.headers().forEach(response::header);
    return response;
  }

  /** 401 unauthorized with the bearer challenge. */
  public static ProblemException unauthorized(String detail) {
    return new ProblemException(401, "unauthorized", "Unauthorized", detail)
        .header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
  }

  /** 5xx or 429 problem used by faults and the rate limiter. */
  public static ProblemException status(int status, int retryAfterSeconds) {
    ProblemException p = switch (status) {
      case 429 -> new ProblemException(429, "rate-limited", "Too many requests", "Rate limit exceeded; retry later");
      case 500 -> new ProblemException(500, "internal-error", "Internal error", "An unexpected error occurred");
      case 502 -> new ProblemException(502, "bad-gateway", "Bad gateway", "An upstream system failed");
      case 503 -> new ProblemException(503, "unavailable", "Service unavailable", "Temporarily unavailable; retry later");
      case 504 -> new ProblemException(504, "gateway-timeout", "Gateway timeout", "An upstream system timed out");
      default -> throw new IllegalArgumentException("status must be 429, 500, 502, 503 or 504, was " + status);
    };
    if (retryAfterSeconds > 0) {
      p.header("Retry-After", Integer.toString(retryAfterSeconds));
    }
    return p;
  }
}
