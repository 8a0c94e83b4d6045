package io.csol.sandbox;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks every response the sandbox's own tests receive against {@code api/openapi.yaml} with an
 * independent validator (swagger-request-validator, not the sandbox's own), so a route that sends
 * something off-contract fails whichever test happened to call it.
 *
 * <p>Only response rules count: tests send invalid requests on purpose, and routes the spec does
 * not know (the tests' own modules, the sandbox-only {@code /_sandbox/} routes) are skipped.
 */
public final class ResponseContract {

  private ResponseContract() {
  }

  /**
   * Fails with an {@link AssertionError} listing the violations when the response breaks the spec.
   *
   * @param method  the request method
   * @param uri     the request URI (its path selects the operation)
   * @param status  the response status
   * @param headers the response headers
   * @param body    the response body (may be empty)
   */
  public static void check(String method, URI uri, int status, Map<String, List<String>> headers, byte[] body) {
    String path = uri.getPath();
    if (!path.startsWith("/v1/")) {
      return;
    }
    SimpleResponse.Builder b = SimpleResponse.Builder.status(status);
    headers.forEach((name, values) -> {
      if (name != null) {
        b.withHeader(name, values);
      }
    });
    if (body.length > 0) {
      b.withBody(body);
    }
    ValidationReport report = Shared.VALIDATOR.validateResponse(path,
        Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), b.build());
    List<ValidationReport.Message> errors = report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .filter(m -> m.getKey().startsWith("validation.response"))
        .filter(m -> !partialRecordOmission(uri, m))
        .collect(Collectors.toList());
    if (!errors.isEmpty()) {
      throw new AssertionError("the sandbox answered " + method + " " + uri + " with " + status
          + " off-contract:\n" + errors.stream().map(m -> "  " + m.getKey() + ": " + m.getMessage())
          .collect(Collectors.joining("\n"))
          + "\n  body: " + new String(body, 0, Math.min(body.length, 600), StandardCharsets.UTF_8));
    }
  }

  /**
   * Tells whether a message only says a record of a partial response ({@code fields=...}) lacks
   * properties its schema requires: the contract's {@code required} describes the full
   * representation, and with {@code fields} a record holds the selected properties and its id.
   */
  private static boolean partialRecordOmission(URI uri, ValidationReport.Message m) {
    String query = uri.getRawQuery();
    boolean partial = query != null && ("&" + query).contains("&fields=");
    return partial && m.getKey().equals("validation.response.body.schema.required")
        && m.getMessage().contains("[Path '/data/");
  }

  /** Parses the spec once per JVM (about a second); the validator is thread-safe. */
  private static final class Shared {
    static {
      System.setProperty("org.slf4j.simpleLogger.log.com.atlassian.oai.validator", "warn");
    }

    static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
        .createForSpecificationUrl(spec().toUri().toString()).build();

    private static Path spec() {
      for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
        Path candidate = dir.resolve("api/openapi.yaml");
        if (Files.isRegularFile(candidate)) {
          return candidate;
        }
      }
      throw new IllegalStateException("api/openapi.yaml not found above " + Path.of("").toAbsolutePath());
    }
  }
}
