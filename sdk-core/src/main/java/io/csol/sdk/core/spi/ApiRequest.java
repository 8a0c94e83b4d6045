package io.csol.sdk.core.spi;

import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.Tool;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One logical API call as a tool module describes it: method, path, query, body and options.
 *
 * <p>Immutable; build one with {@link #get}, {@link #post}, {@link #put} or {@link #delete}.
 * Path parameters are percent-encoded as one path segment each, so a value such as
 * {@code "a/b"} can never change which route is called.
 */
public final class ApiRequest {
  private final String method;
  private final String path;
  private final String pathTemplate;
  private final String operation;
  private final Tool tool;
  private final Map<String, String> query;
  private final Object body;
  private final UploadContent content;
  private final RequestOptions options;
  private final String accept;

  private ApiRequest(Builder b) {
    this.method = b.method;
    this.path = b.path;
    this.pathTemplate = b.pathTemplate;
    this.operation = b.operation;
    this.tool = b.tool;
    this.query = Collections.unmodifiableMap(new LinkedHashMap<>(b.query));
    this.body = b.body;
    this.content = b.content;
    this.options = b.options;
    this.accept = b.accept;
  }

  /**
   * Starts a GET request.
   *
   * @param pathTemplate path such as {@code "/v1/invoices/{number}"}
   * @param pathParams values for the {@code {...}} placeholders, in order
   * @return a builder
   */
  public static Builder get(String pathTemplate, Object... pathParams) {
    return new Builder("GET", pathTemplate, pathParams);
  }

  /**
   * Starts a POST request.
   *
   * @param pathTemplate path such as {@code "/v1/invoices/{number}/approve"}
   * @param pathParams values for the {@code {...}} placeholders, in order
   * @return a builder
   */
  public static Builder post(String pathTemplate, Object... pathParams) {
    return new Builder("POST", pathTemplate, pathParams);
  }

  /**
   * Starts a PUT request.
   *
   * @param pathTemplate path template
   * @param pathParams values for the {@code {...}} placeholders, in order
   * @return a builder
   */
  public static Builder put(String pathTemplate, Object... pathParams) {
    return new Builder("PUT", pathTemplate, pathParams);
  }

  /**
   * Starts a DELETE request.
   *
   * @param pathTemplate path template
   * @param pathParams values for the {@code {...}} placeholders, in order
   * @return a builder
   */
  public static Builder delete(String pathTemplate, Object... pathParams) {
    return new Builder("DELETE", pathTemplate, pathParams);
  }

  /** @return the HTTP method, upper case */
  public String method() {
    return method;
  }

  /** @return the encoded path, e.g. {@code /v1/invoices/9100000001} */
  public String path() {
    return path;
  }

  /**
   * Returns the path as written before its parameters were filled in, e.g.
   * {@code /v1/invoices/{number}}: what metrics and traces group calls by (the encoded path
   * holds ids and would give one series per record).
   *
   * @return the path template
   */
  public String pathTemplate() {
    return pathTemplate;
  }

  /**
   * Returns the operationId of api/openapi.yaml this call runs, e.g. {@code getInvoice}, as
   * listeners and the log MDC ({@code csol.operation}) report it.
   *
   * @return the operationId, or an empty string when the request was not given one
   */
  public String operation() {
    return operation;
  }

  /** @return the tool this call belongs to ({@link Tool#UNKNOWN} for sign-in and access routes) */
  public Tool tool() {
    return tool;
  }

  /** @return the query parameters in insertion order (unencoded values) */
  public Map<String, String> query() {
    return query;
  }

  /** @return the JSON body, if any */
  public Optional<Object> body() {
    return Optional.ofNullable(body);
  }

  /**
   * Returns the raw body of an upload, streamed from a file instead of a JSON body.
   *
   * @return the upload's content, if any
   */
  public Optional<UploadContent> content() {
    return Optional.ofNullable(content);
  }

  /** @return the per-call options */
  public RequestOptions options() {
    return options;
  }

  /** @return the Accept header value */
  public String accept() {
    return accept;
  }

  /**
   * Returns a builder holding this request's values, to derive a variant (e.g. with a cursor).
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(method, path, pathTemplate);
    b.operation = operation;
    b.tool = tool;
    b.query.putAll(query);
    b.body = body;
    b.content = content;
    b.options = options;
    b.accept = accept;
    return b;
  }

  @Override
  public String toString() {
    // Never the body or the options: they may carry personal data.
    return "ApiRequest[" + method + " " + path + ", query=" + query.keySet() + "]";
  }

  /** Builds an {@link ApiRequest}. Not thread-safe. */
  public static final class Builder {
    private final String method;
    private final String path;
    private final String pathTemplate;
    private String operation = "";
    private Tool tool = Tool.UNKNOWN;
    private final Map<String, String> query = new LinkedHashMap<>();
    private Object body;
    private UploadContent content;
    private RequestOptions options = RequestOptions.defaults();
    private String accept = "application/json";

    private Builder(String method, String path, String pathTemplate) {
      this.method = method;
      this.path = path;
      this.pathTemplate = pathTemplate;
    }

    private Builder(String method, String pathTemplate, Object[] pathParams) {
      this(method, PathTemplate.expand(pathTemplate, pathParams), pathTemplate);
    }

    /**
     * Names the operation, the operationId of api/openapi.yaml (e.g. {@code getInvoice}), for
     * listeners and the log MDC.
     *
     * @param operationId 1..100 ASCII letters and digits, starting with a letter
     * @return this builder
     * @throws IllegalArgumentException if {@code operationId} is not of that form
     */
    public Builder operation(String operationId) {
      Objects.requireNonNull(operationId, "operationId must not be null");
      if (!PathTemplate.isOperationId(operationId)) {
        throw new IllegalArgumentException("operationId must be 1..100 ASCII letters and digits"
            + " starting with a letter, e.g. getInvoice, was '" + operationId + "'");
      }
      this.operation = operationId;
      return this;
    }

    /**
     * Sets the tool the call belongs to (selects its circuit breaker).
     *
     * @param tool the tool, not null
     * @return this builder
     */
    public Builder tool(Tool tool) {
      this.tool = Objects.requireNonNull(tool, "tool must not be null");
      return this;
    }

    /**
     * Adds or replaces a query parameter; a null value removes it.
     *
     * @param name parameter name, non-empty
     * @param value the value, or null to omit the parameter
     * @return this builder
     */
    public Builder query(String name, String value) {
      Objects.requireNonNull(name, "name must not be null");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("name must be non-empty");
      }
      if (value == null) {
        query.remove(name);
      } else {
        query.put(name, value);
      }
      return this;
    }

    /**
     * Sets the JSON body (serialized with the shared mapper).
     *
     * @param jsonBody the body; null means no body
     * @return this builder
     */
    public Builder body(Object jsonBody) {
      if (jsonBody != null && content != null) {
        throw new IllegalStateException(
            "a request has a JSON body or an upload's content, not both");
      }
      this.body = jsonBody;
      return this;
    }

    /**
     * Sets the raw body of an upload: the file is streamed on every attempt with its
     * {@code Content-Type}, {@code Content-Length} and {@code Content-Digest}; the caller closes
     * the content after the call.
     *
     * @param content the upload, or null for none
     * @return this builder
     * @throws IllegalStateException if a JSON body was set
     */
    public Builder content(UploadContent content) {
      if (content != null && body != null) {
        throw new IllegalStateException(
            "a request has a JSON body or an upload's content, not both");
      }
      this.content = content;
      return this;
    }

    /**
     * Sets per-call options.
     *
     * @param options the options, not null
     * @return this builder
     */
    public Builder options(RequestOptions options) {
      this.options = Objects.requireNonNull(options, "options must not be null");
      return this;
    }

    /**
     * Sets the Accept header (default {@code application/json}).
     *
     * @param accept a media type or list of media types, non-empty
     * @return this builder
     */
    public Builder accept(String accept) {
      Objects.requireNonNull(accept, "accept must not be null");
      if (accept.isBlank()) {
        throw new IllegalArgumentException("accept must be a non-blank media type");
      }
      this.accept = accept;
      return this;
    }

    /** @return the immutable request */
    public ApiRequest build() {
      return new ApiRequest(this);
    }
  }
}
