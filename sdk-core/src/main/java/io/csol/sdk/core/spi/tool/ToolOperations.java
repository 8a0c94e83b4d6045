package io.csol.sdk.core.spi.tool;

import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.DocumentInfo;
import io.csol.sdk.core.DocumentSink;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.changes.ChangeFeed;
import io.csol.sdk.core.changes.SyncToken;
import io.csol.sdk.core.internal.ClientAccess;
import io.csol.sdk.core.paging.PagedIterable;
import io.csol.sdk.core.query.ExportRequest;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.ApiRequest;
import io.csol.sdk.core.spi.UploadContent;
import java.util.Map;
import java.util.Objects;

/**
 * The shared helper every tool client delegates to, so each operation is one short call: read,
 * post an action's body record, download a document, export, list and follow changes, all bound
 * to one {@link Tool} (circuit breaker, entitlement errors) and one base path.
 *
 * <p>For tool modules, not application code. Tool clients hold one by composition (there is no
 * base class to extend):
 * <pre>{@code
 * private final ToolOperations ops = ToolOperations.of(csol, Tool.INVOICES, "/v1/invoices");
 *
 * public Invoice getInvoice(String number, RequestOptions options) {
 *   Check.id("number", number, ROUTES);
 *   return ops.operation("getInvoice").get(Invoice.class, options, "/{number}", number);
 * }
 * }</pre>
 * An upload ({@link #upload}) streams a file with its digest; see {@link UploadContent}.
 * Each operation names itself with {@link #operation(String)}, its operationId (= the method's
 * name), so that listeners, metrics and the log MDC can tell operations apart.
 * Path parameters are percent-encoded as one segment each. Immutable and thread-safe.
 */
public final class ToolOperations {
  private final ApiCaller caller;
  private final Tool tool;
  private final String basePath;
  private final String operation;

  private ToolOperations(ApiCaller caller, Tool tool, String basePath) {
    this(caller, tool, basePath, "");
  }

  private ToolOperations(ApiCaller caller, Tool tool, String basePath, String operation) {
    this.caller = Objects.requireNonNull(caller, "caller must not be null");
    this.tool = Objects.requireNonNull(tool, "tool must not be null");
    Objects.requireNonNull(basePath, "basePath must not be null");
    if (!basePath.startsWith("/") || basePath.endsWith("/")) {
      throw new IllegalArgumentException("basePath must start and not end with '/', e.g. "
          + "/v1/invoices, was '" + basePath + "'");
    }
    this.basePath = basePath;
    this.operation = operation;
  }

  /**
   * Returns these operations bound to one operation: every request they build carries its
   * operationId ({@link ApiRequest#operation()}).
   *
   * @param operationId the operationId of api/openapi.yaml, e.g. {@code getInvoice}: 1..100
   *     ASCII letters and digits starting with a letter
   * @return a copy bound to the operation
   * @throws IllegalArgumentException if {@code operationId} is not of that form
   */
  public ToolOperations operation(String operationId) {
    // validated by the builder, so the rule lives in one place
    ApiRequest.get("/").operation(operationId);
    return new ToolOperations(caller, tool, basePath, operationId);
  }

  /**
   * Returns the operationId these operations are bound to.
   *
   * @return the operationId, or an empty string when none was set
   */
  public String operationId() {
    return operation;
  }

  /**
   * Returns the operations of a tool on a client's pipeline.
   *
   * @param client an open client, not null
   * @param tool the tool, not null ({@link Tool#UNKNOWN} for routes outside any tool)
   * @param basePath the common path prefix, e.g. {@code /v1/invoices}
   * @return the operations
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code basePath} does not start with '/' or ends with one
   */
  public static ToolOperations of(CsolClient client, Tool tool, String basePath) {
    return new ToolOperations(caller(client), tool, basePath);
  }

  /**
   * Returns the operations of a tool over any caller, e.g. a recording caller in tests.
   *
   * @param caller runs the requests, not null
   * @param tool the tool, not null
   * @param basePath the common path prefix, e.g. {@code /v1/invoices}
   * @return the operations
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code basePath} does not start with '/' or ends with one
   */
  public static ToolOperations of(ApiCaller caller, Tool tool, String basePath) {
    return new ToolOperations(caller, tool, basePath);
  }

  /**
   * Returns the caller backed by {@code client}'s pipeline (sign-in, retry, circuit breaker).
   *
   * @param client an open client, not null
   * @return a thread-safe caller
   * @throws NullPointerException if {@code client} is null
   */
  public static ApiCaller caller(CsolClient client) {
    Objects.requireNonNull(client, "client must not be null");
    return ClientAccess.caller(client);
  }

  /**
   * Returns the caller the operations run on, for a query builder of the tool.
   *
   * @return the caller
   */
  public ApiCaller caller() {
    return caller;
  }

  /**
   * Returns the tool the operations belong to.
   *
   * @return the tool
   */
  public Tool tool() {
    return tool;
  }

  /**
   * Returns the base path followed by {@code subPath}.
   *
   * @param subPath a path below the base, e.g. {@code /export}, or empty for the base itself
   * @return the full path template
   */
  public String path(String subPath) {
    return basePath + Objects.requireNonNull(subPath, "subPath must not be null");
  }

  /**
   * Reads one JSON resource.
   *
   * @param type the class to decode into, not null
   * @param options per-call options, not null
   * @param subPath the path below the base, e.g. {@code /{number}}
   * @param pathParams values of the {@code {...}} placeholders, in order
   * @param <T> the result type
   * @return the decoded resource
   */
  public <T> T get(Class<T> type, RequestOptions options, String subPath, Object... pathParams) {
    Objects.requireNonNull(type, "type must not be null");
    return caller.call(bind(ApiRequest.get(path(subPath), pathParams), options), type);
  }

  /**
   * Posts an action's body, serialised from a record (null members are left out).
   *
   * @param body the body record, not null
   * @param type the class of the response body, not null
   * @param options per-call options, not null (an idempotency key is kept for every attempt)
   * @param subPath the path below the base, e.g. {@code /{number}/approve}
   * @param pathParams values of the {@code {...}} placeholders, in order
   * @param <T> the result type
   * @return the decoded response
   */
  public <T> T post(Record body, Class<T> type, RequestOptions options, String subPath,
      Object... pathParams) {
    Objects.requireNonNull(body, "body must not be null");
    Objects.requireNonNull(type, "type must not be null");
    return caller.call(bind(ApiRequest.post(path(subPath), pathParams).body(body), options), type);
  }

  /**
   * Uploads a file's bytes as the raw body of a POST (not JSON, not multipart), streamed on every
   * attempt with {@code Content-Type}, {@code Content-Length}, {@code Content-Digest} and the
   * call's {@code Idempotency-Key}, the same on every retry; the JSON answer is decoded. The
   * content is not closed.
   *
   * @param content the bytes, their media type and digest, not null
   * @param type the class of the response body, not null
   * @param options per-call options, not null (an idempotency key is kept for every attempt)
   * @param query query parameters (e.g. the file's {@code name}), in order, not null
   * @param subPath the path below the base, e.g. {@code ""} or {@code /{number}/documents}
   * @param pathParams values of the {@code {...}} placeholders, in order
   * @param <T> the result type
   * @return the decoded response
   */
  public <T> T upload(UploadContent content, Class<T> type, RequestOptions options,
      Map<String, String> query, String subPath, Object... pathParams) {
    Objects.requireNonNull(content, "content must not be null");
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(query, "query must not be null");
    ApiRequest.Builder builder = ApiRequest.post(path(subPath), pathParams).content(content);
    query.forEach(builder::query);
    return caller.call(bind(builder, options), type);
  }

  /**
   * Downloads a document into a sink, verifying its SHA-256 digest.
   *
   * @param sink where the bytes go, not null
   * @param mediaType the Accept header, e.g. {@code application/pdf}
   * @param options per-call options, not null
   * @param subPath the path below the base, e.g. {@code /{number}/image}
   * @param pathParams values of the {@code {...}} placeholders, in order
   * @return content type, size and digest of what was written
   */
  public DocumentInfo download(DocumentSink sink, String mediaType, RequestOptions options,
      String subPath, Object... pathParams) {
    Objects.requireNonNull(sink, "sink must not be null");
    return send(bind(ApiRequest.get(path(subPath), pathParams).accept(mediaType), options), sink);
  }

  /**
   * Downloads an export of the records an export request selects into a sink.
   *
   * @param request format, filter and sort, not null
   * @param sink where the bytes go, not null
   * @param options per-call options, not null; they replace the export request's own options
   * @param subPath the export route below the base, e.g. {@code /export}
   * @return content type, size and digest of what was written
   */
  public DocumentInfo export(ExportRequest<?> request, DocumentSink sink, RequestOptions options,
      String subPath) {
    Objects.requireNonNull(request, "request must not be null");
    Objects.requireNonNull(sink, "sink must not be null");
    return send(bind(exportRequest(request, path(subPath)), options), sink);
  }

  /**
   * Lists a collection that takes no query (no filter or sort), lazily page by page.
   *
   * @param itemType the class of one item, not null
   * @param options per-call options applied to every page request, not null
   * @param subPath the collection path below the base, e.g. {@code /entitlements} or
   *     {@code /{trackingNumber}/messages}
   * @param pathParams values of the {@code {...}} placeholders, in order
   * @param <T> the item type
   * @return a lazy iterable; nothing is sent until it is iterated
   */
  public <T> PagedIterable<T> list(Class<T> itemType, RequestOptions options, String subPath,
      Object... pathParams) {
    return caller.paged(bind(ApiRequest.get(path(subPath), pathParams), options), itemType);
  }

  /**
   * Returns the changes feed of a collection after {@code since}; nothing is sent until used.
   *
   * @param type the record type of upserts, not null
   * @param since where the last run stopped, or null to start at the beginning
   * @param options per-call options applied to every request of the feed, not null
   * @param subPath the feed's path below the base, e.g. {@code /changes}
   * @param <T> the record type
   * @return a lazy feed
   */
  public <T> ChangeFeed<T> changes(Class<T> type, SyncToken since, RequestOptions options,
      String subPath) {
    return ChangeFeed.create(
        Changes.fetcher(caller, tool, path(subPath), operation, type, options), since);
  }

  /**
   * Builds the GET request of an export route: format, filter, sort, accepted media type and the
   * export request's own options; the caller adds the tool.
   *
   * @param request the export request, not null
   * @param path the export route, e.g. {@code /v1/invoices/export}, not null
   * @return the request builder
   */
  public static ApiRequest.Builder exportRequest(ExportRequest<?> request, String path) {
    Objects.requireNonNull(request, "request must not be null");
    return ApiRequest.get(path).query("format", request.format().wireValue())
        .query("filter", request.filter().orElse(null))
        .query("sort", request.sort().orElse(null))
        .accept(request.format().mediaType()).options(request.options());
  }

  private DocumentInfo send(ApiRequest request, DocumentSink sink) {
    return sink.file().isPresent() ? caller.download(request, sink.file().get())
        : caller.download(request, sink.stream().orElseThrow());
  }

  private ApiRequest bind(ApiRequest.Builder builder, RequestOptions options) {
    Objects.requireNonNull(options, "options must not be null; use RequestOptions.defaults()");
    builder.tool(tool).options(options);
    return (operation.isEmpty() ? builder : builder.operation(operation)).build();
  }

  @Override
  public String toString() {
    return "ToolOperations[" + tool + " " + basePath
        + (operation.isEmpty() ? "" : " " + operation) + "]";
  }
}
