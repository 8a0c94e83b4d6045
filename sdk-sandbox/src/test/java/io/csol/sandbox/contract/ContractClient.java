package io.csol.sandbox.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Sends real HTTP requests to a server with {@link HttpClient} and validates each request and response pair
 * against {@code api/openapi.yaml}.
 *
 * <p>Deliberately uses no SDK code, so a mismatch between the sandbox and the spec cannot be hidden by a shared bug.
 */
final class ContractClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

  private final URI base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final OpenApiInteractionValidator validator;

  ContractClient(URI base) {
    this.base = Objects.requireNonNull(base, "base");
    this.validator = SharedValidator.INSTANCE;
  }

  /** Starts a GET call. */
  Call get(String path) {
    return new Call("GET", path);
  }

  /** Starts a POST call. */
  Call post(String path) {
    return new Call("POST", path);
  }

  /** Starts a call with any method. */
  Call method(String method, String path) {
    return new Call(method, path);
  }

  /** The outcome of one call: what came back and what the validator says about the pair. */
  record Exchange(String method, String path, int status, Map<String, List<String>> headers, byte[] body,
          ValidationReport report) {

    /** Returns the first value of a response header (case-insensitive), or null. */
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .findFirst()
          .map(e -> e.getValue().get(0))
          .orElse(null);
    }

    /** Parses the body as JSON. */
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("response of " + method + " " + path + " is not JSON", e);
      }
    }

    /** Lists the validation messages, one per line, for assertion output. */
    String problems() {
      return method + " " + path + " -> " + status + "\n" + report.getMessages().stream()
          .map(m -> "  [" + m.getLevel() + "] " + m.getKey() + ": " + m.getMessage()
              + (m.getAdditionalInfo().isEmpty() ? "" : " " + m.getAdditionalInfo()))
          .collect(Collectors.joining("\n"))
          + "\n  body: " + new String(body, 0, Math.min(body.length, 600), StandardCharsets.UTF_8);
    }
  }

  /** A request being built; {@link #send()} performs and validates it. */
  final class Call {
    private final String method;
    private final String path;
    private final Map<String, String> query = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body;
    private String contentType;

    private Call(String method, String path) {
      this.method = method;
      this.path = path;
    }

    /** Adds a query parameter (sent URL-encoded). */
    Call query(String name, String value) {
      query.put(name, value);
      return this;
    }

    /** Adds a request header. */
    Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /** Adds {@code Authorization: Bearer token}. */
    Call bearer(String token) {
      return header("Authorization", "Bearer " + token);
    }

    /** Sets a JSON body. */
    Call json(String jsonBody) {
      contentType = "application/json";
      body = jsonBody.getBytes(StandardCharsets.UTF_8);
      return this;
    }

    /** Sets a form body from name/value pairs. */
    Call form(String... pairs) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < pairs.length; i += 2) {
        sb.append(i == 0 ? "" : "&").append(enc(pairs[i])).append('=').append(enc(pairs[i + 1]));
      }
      contentType = "application/x-www-form-urlencoded";
      body = sb.toString().getBytes(StandardCharsets.UTF_8);
      return this;
    }

    /** Sends the request, reads the whole response and validates the pair against the spec. */
    Exchange send() {
      String queryString = query.entrySet().stream()
          .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
          .collect(Collectors.joining("&"));
      URI uri = base.resolve(path + (queryString.isEmpty() ? "" : "?" + queryString));
      HttpRequest.Builder rb = HttpRequest.newBuilder(uri).timeout(CALL_TIMEOUT);
      headers.forEach(rb::header);
      if (contentType != null) {
        rb.header("Content-Type", contentType);
      }
      rb.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
      HttpResponse<byte[]> response;
      try {
        // HttpRequest.timeout only covers the headers; bound the whole exchange so a stuck body fails the test
        response = http.sendAsync(rb.build(), HttpResponse.BodyHandlers.ofByteArray())
            .get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        throw new IllegalStateException(method + " " + uri + " failed", e.getCause());
      } catch (TimeoutException e) {
        throw new IllegalStateException(method + " " + uri + " took longer than " + CALL_TIMEOUT, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted during " + method + " " + uri, e);
      }
      ValidationReport report = validator.validate(toValidatorRequest(), toValidatorResponse(response));
      if (query.containsKey("fields")) {
        report = withoutPartialRecordGaps(report);
      }
      return new Exchange(method, path, response.statusCode(), response.headers().map(), response.body(), report);
    }

    /**
     * Drops the "missing required property" errors of records in a page body: with {@code fields} the spec
     * says records hold only the selected properties plus the id, and {@code required} describes the full
     * representation. Missing envelope members ({@code data}) are still errors.
     */
    private ValidationReport withoutPartialRecordGaps(ValidationReport report) {
      return ValidationReport.from(report.getMessages().stream()
          .filter(m -> !(m.getKey().equals("validation.response.body.schema.required")
              && m.getMessage().startsWith("[Path '/data/")))
          .collect(Collectors.toList()));
    }

    private SimpleRequest toValidatorRequest() {
      SimpleRequest.Builder b = new SimpleRequest.Builder(method, path);
      query.forEach(b::withQueryParam);
      headers.forEach(b::withHeader);
      if (contentType != null) {
        b.withContentType(contentType);
      }
      if (body != null) {
        b.withBody(body);
      }
      return b.build();
    }

    private SimpleResponse toValidatorResponse(HttpResponse<byte[]> response) {
      SimpleResponse.Builder b = SimpleResponse.Builder.status(response.statusCode());
      response.headers().map().forEach(b::withHeader);
      if (response.body().length > 0) {
        b.withBody(response.body());
      }
      return b.build();
    }
  }

  /** Parses the spec once per JVM: the validator is thread-safe and building it costs about a second. */
  private static final class SharedValidator {
    static {
      // the validator logs one INFO line per binary body it skips; keep test output readable (slf4j-simple)
      System.setProperty("org.slf4j.simpleLogger.log.com.atlassian.oai.validator", "warn");
    }

    static final OpenApiInteractionValidator INSTANCE = OpenApiInteractionValidator
        .createForSpecificationUrl(ContractSpec.path().toUri().toString())
        // a query parameter the spec does not name is a contract gap, not noise
        .withLevelResolver(LevelResolver.create()
            .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
            .build())
        .build();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
