package io.csol.sdk.core.spi.tool;

import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.changes.ChangeFeed;
import io.csol.sdk.core.json.Json;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.ApiRequest;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * Builds {@link ChangeFeed.Fetcher}s on top of an {@link ApiCaller}, for
 * {@link ToolOperations#changes}. It lives here, not beside {@link ChangeFeed}, so the exported
 * {@code changes} package names no SPI type.
 */
final class Changes {
  private Changes() {
  }

  /**
   * Returns a fetcher that sends {@code GET path?since=..&limit=..} (each parameter only when
   * given) and decodes the changes envelope {@code {data:[{op,id,changedAt,record}],nextSince,
   * hasMore}} into a {@link ChangeBatch}. A body without {@code data}, {@code nextSince} or
   * {@code hasMore}, or an entry without {@code op} or {@code id}, is a
   * {@link io.csol.sdk.core.error.ResponseDecodingException}.
   *
   * @param caller runs the requests, not null
   * @param tool the tool the collection belongs to (circuit breaker, entitlement errors), not null
   * @param path the feed's path, e.g. {@code /v1/invoices/changes}, not null
   * @param type the record type of upserts, not null
   * @param options per-call options applied to every request of the feed, not null
   * @param <T> the record type
   * @return a fetcher for {@link ChangeFeed#create}
   * @throws NullPointerException if an argument is null
   */
  static <T> ChangeFeed.Fetcher<T> fetcher(ApiCaller caller, Tool tool, String path,
      Class<T> type, RequestOptions options) {
    return fetcher(caller, tool, path, "", type, options);
  }

  /**
   * Returns a fetcher as {@link #fetcher(ApiCaller, Tool, String, Class, RequestOptions)} does,
   * whose requests carry an operationId for listeners and the log MDC.
   *
   * @param caller runs the requests, not null
   * @param tool the tool the collection belongs to, not null
   * @param path the feed's path, e.g. {@code /v1/invoices/changes}, not null
   * @param operation the operationId, e.g. {@code listInvoiceChanges}, or empty for none
   * @param type the record type of upserts, not null
   * @param options per-call options applied to every request of the feed, not null
   * @param <T> the record type
   * @return a fetcher for {@link ChangeFeed#create}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code operation} is not empty and not an operationId
   */
  public static <T> ChangeFeed.Fetcher<T> fetcher(ApiCaller caller, Tool tool, String path,
      String operation, Class<T> type, RequestOptions options) {
    Objects.requireNonNull(operation, "operation must not be null");
    if (!operation.isEmpty()) {
      ApiRequest.get("/").operation(operation); // fail fast here, not on the first fetch
    }
    Objects.requireNonNull(caller, "caller must not be null");
    Objects.requireNonNull(tool, "tool must not be null");
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(options, "options must not be null");
    Type envelope = Json.mapper().getTypeFactory().constructParametricType(ChangesWire.class, type);
    return (since, limit) -> {
      ApiRequest.Builder builder = ApiRequest.get(path)
          .query("since", since == null ? null : since.value())
          .query("limit", limit == null ? null : limit.toString())
          .tool(tool)
          .options(options);
      ApiRequest request = (operation.isEmpty() ? builder : builder.operation(operation)).build();
      ChangesWire<T> wire = caller.call(request, envelope);
      return wire.toBatch();
    };
  }
}
