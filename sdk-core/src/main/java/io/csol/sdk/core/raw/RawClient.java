package io.csol.sdk.core.raw;

import com.fasterxml.jackson.databind.JsonNode;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.error.ResponseDecodingException;
import io.csol.sdk.core.internal.ClientAccess;
import io.csol.sdk.core.internal.ClientChannel;
import io.csol.sdk.core.internal.DefaultApiCaller;
import io.csol.sdk.core.internal.RawExchange;
import io.csol.sdk.core.paging.Page;
import io.csol.sdk.core.paging.PageFetcher;
import io.csol.sdk.core.paging.PagedIterable;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.ApiRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Calls a route that no tool module covers yet (a new tool, a preview operation), through the
 * client's pipeline: sign-in and token renewal, retries with backoff, the deadline, typed errors
 * ({@code NotFoundException}, {@code RateLimitedException}, ...) and, for {@link #list}, paging by
 * {@code nextCursor}. Like the tool clients it is a cheap, thread-safe view of a {@link CsolClient}.
 *
 * <pre>{@code
 * RawClient raw = RawClient.of(csol);
 * Map<String, Object> contract = raw.get("/v1/contracts/C-1").jsonObject();
 * raw.post("/v1/contracts/C-1/renew", Map.of("months", 12),
 *     RequestOptions.builder().idempotencyKey("renew-C-1-2027").build());
 * }</pre>
 *
 * <p>Paths are relative to the client's base URI and must start with {@code /}; they are sent as
 * given (encode reserved characters in a path segment yourself), so a raw path can never point
 * the bearer token at another host. A POST carries an {@code Idempotency-Key} (the one in the
 * options, else a generated one) that every retry repeats, as with the tool clients' actions.
 * Prefer a tool client when one exists: it validates input and returns typed records.
 */
public final class RawClient {
  /** Path characters of RFC 3986 (unreserved, sub-delims, ':', '@', '/', '%'). */
  private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9\\-._~!$&'()*+,;=:@/%]*");
  private static final Pattern PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");

  private final ApiCaller caller;
  private final ClientChannel runtime;

  private RawClient(ApiCaller caller, ClientChannel runtime) {
    this.caller = caller;
    this.runtime = runtime;
  }

  /**
   * Returns the raw client of a {@link CsolClient}.
   *
   * @param client an open client, not null
   * @return the raw client
   * @throws NullPointerException if {@code client} is null
   */
  public static RawClient of(CsolClient client) {
    Objects.requireNonNull(client, "client must not be null");
    ClientChannel runtime = ClientAccess.channel(client);
    return new RawClient(runtime.caller(), runtime);
  }

  /**
   * Sends a GET.
   *
   * @param path such as {@code /v1/contracts/C-1} or {@code /v1/contracts?filter=...}; a query
   *     string is allowed
   * @return the 2xx response
   * @throws IllegalArgumentException if {@code path} is not a path starting with '/'
   * @throws io.csol.sdk.core.error.CsolException as any call: a typed exception per status
   */
  public RawResponse get(String path) {
    return get(path, RequestOptions.defaults());
  }

  /**
   * Sends a GET with per-call options (timeout, request id, headers).
   *
   * @param path such as {@code /v1/contracts/C-1}; a query string is allowed
   * @param options per-call options, not null
   * @return the 2xx response
   * @throws IllegalArgumentException if {@code path} is not a path starting with '/'
   * @throws io.csol.sdk.core.error.CsolException as any call: a typed exception per status
   */
  public RawResponse get(String path, RequestOptions options) {
    return send(request("GET", path, Map.of(), options).build());
  }

  /**
   * Sends a POST with a JSON body.
   *
   * @param path such as {@code /v1/contracts/C-1/renew}; a query string is allowed
   * @param body a {@code Map} of JSON members or a record (null members are left out), not null
   * @return the 2xx response
   * @throws IllegalArgumentException if {@code path} is not a path or {@code body} is neither a
   *     Map nor a record
   * @throws io.csol.sdk.core.error.CsolException as any call: a typed exception per status
   */
  public RawResponse post(String path, Object body) {
    return post(path, body, RequestOptions.defaults());
  }

  /**
   * Sends a POST with a JSON body and per-call options; set
   * {@link RequestOptions.Builder#idempotencyKey(String)} to a business key so that a repeated
   * run is recognised by the server.
   *
   * @param path such as {@code /v1/contracts/C-1/renew}; a query string is allowed
   * @param body a {@code Map} of JSON members or a record (null members are left out), not null
   * @param options per-call options, not null
   * @return the 2xx response
   * @throws IllegalArgumentException if {@code path} is not a path or {@code body} is neither a
   *     Map nor a record
   * @throws io.csol.sdk.core.error.CsolException as any call: a typed exception per status
   */
  public RawResponse post(String path, Object body, RequestOptions options) {
    Objects.requireNonNull(body, "body must not be null; use Map.of() for an empty object");
    if (!(body instanceof Map) && !(body instanceof Record)) {
      throw new IllegalArgumentException("body must be a Map or a record, was "
          + body.getClass().getName());
    }
    return send(request("POST", path, Map.of(), options).body(body).build());
  }

  /**
   * Lists a collection route page by page, following {@code nextCursor}; nothing is sent until
   * the iterable is used. Each item is a JSON object as a {@code Map} (see {@link RawResponse#json()}
   * for the types). Resume tokens, {@code maxResults} and {@code prefetch} work as on any list.
   *
   * @param path the collection, such as {@code /v1/orders}, without a query string
   * @param query query parameters such as {@code filter}, {@code sort}, {@code limit}; not null
   * @return the items, lazily fetched
   * @throws IllegalArgumentException if {@code path} is not a path, has a query string, or
   *     {@code query} sets {@code cursor} (the iteration sets it)
   */
  public PagedIterable<Map<String, Object>> list(String path, Map<String, String> query) {
    return list(path, query, RequestOptions.defaults());
  }

  /**
   * Lists a collection route page by page with per-call options applied to every page request.
   *
   * @param path the collection, such as {@code /v1/orders}, without a query string
   * @param query query parameters such as {@code filter}, {@code sort}, {@code limit}; not null
   * @param options per-call options, not null
   * @return the items, lazily fetched
   * @throws IllegalArgumentException if {@code path} is not a path, has a query string, or
   *     {@code query} sets {@code cursor}
   */
  public PagedIterable<Map<String, Object>> list(String path, Map<String, String> query,
      RequestOptions options) {
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(query, "query must not be null");
    if (path.indexOf('?') >= 0) {
      throw new IllegalArgumentException("path must not contain a query string; pass the"
          + " parameters as query");
    }
    if (query.containsKey("cursor")) {
      throw new IllegalArgumentException("query must not set cursor: the iteration follows"
          + " nextCursor itself (resume with resumeFrom(token))");
    }
    query.forEach((k, v) -> {
      Objects.requireNonNull(k, "query must not contain a null name");
      Objects.requireNonNull(v, "query value of '" + k + "' must not be null");
    });
    ApiRequest first = request("GET", path, query, options).build();
    PageFetcher<Map<String, Object>> fetcher = cursor -> page(cursor == null ? first
        : first.toBuilder().query("cursor", cursor).build());
    return PagedIterable.create(fingerprint(first), fetcher, runtime.prefetchExecutor());
  }

  private Page<Map<String, Object>> page(ApiRequest request) {
    Page<JsonNode> page = caller.callForPage(request, JsonNode.class);
    List<Map<String, Object>> items = new ArrayList<>(page.items().size());
    for (JsonNode node : page.items()) {
      if (!node.isObject()) {
        throw new ResponseDecodingException("page \"data\" holds an item that is not a JSON object",
            200, null, null);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> item = (Map<String, Object>) JsonTree.toJdk(node);
      items.add(item);
    }
    return Page.of(items, page.nextCursor().orElse(null),
        page.totalCount().isPresent() ? page.totalCount().getAsLong() : null);
  }

  private RawResponse send(ApiRequest request) {
    RawExchange ex = runtime.exchange(request);
    return new RawResponse(ex.status(), ex.headers(), ex.body(), ex.requestId());
  }

  private static ApiRequest.Builder request(String method, String pathAndQuery,
      Map<String, String> query, RequestOptions options) {
    Objects.requireNonNull(pathAndQuery, "path must not be null");
    Objects.requireNonNull(options, "options must not be null; use RequestOptions.defaults()");
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    checkPath(path);
    ApiRequest.Builder b = "GET".equals(method) ? ApiRequest.get(path) : ApiRequest.post(path);
    if (q >= 0) {
      parseQuery(pathAndQuery.substring(q + 1)).forEach(b::query);
    }
    query.forEach(b::query);
    return b.options(options);
  }

  private static void checkPath(String path) {
    // the path is not echoed in full: it may hold personal data
    if (!PATH.matcher(path).matches() || PERCENT.matcher(path).find()) {
      throw new IllegalArgumentException("path must start with '/' and hold only URI path"
          + " characters (percent-encode the rest), e.g. /v1/contracts/C-1");
    }
    if (path.startsWith("//") || path.contains("/../") || path.endsWith("/..")
        || path.contains("/./") || path.endsWith("/.")) {
      throw new IllegalArgumentException("path must not start with '//' or hold '.' or '..'"
          + " segments: it is resolved against the client's base URI only");
    }
  }

  private static Map<String, String> parseQuery(String query) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      if (name.isEmpty()) {
        throw new IllegalArgumentException("path's query string has a parameter without a name");
      }
      out.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
    }
    return out;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("path's query string is not well percent-encoded");
    }
  }

  /** method + path + sorted query without cursor and page size, as for the tool clients' lists. */
  private static String fingerprint(ApiRequest request) {
    // the typed clients' fingerprint (encoded, without cursor and page size), marked as raw
    return "RAW " + DefaultApiCaller.fingerprint(request);
  }

  @Override
  public String toString() {
    return "RawClient";
  }
}
