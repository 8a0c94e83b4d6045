package io.csol.sdk.core.spi;

import io.csol.sdk.core.DocumentInfo;
import io.csol.sdk.core.paging.Page;
import io.csol.sdk.core.paging.PagedIterable;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.nio.file.Path;

/**
 * Runs {@link ApiRequest}s through a client's pipeline (sign-in, retry, circuit breaker, decoding).
 *
 * <p>For tool modules; {@code ToolOperations.caller(csol)} returns a client's caller.
 * Implementations are thread-safe. Every failure is a
 * {@link io.csol.sdk.core.error.CsolException} carrying the call's request id.
 */
public interface ApiCaller {

  /**
   * Calls and decodes a 2xx JSON response.
   *
   * @param request the request, not null
   * @param type the target class; {@code Void.class} when no body is expected
   * @param <T> the result type
   * @return the decoded body ({@code null} for {@code Void.class} or 204)
   */
  <T> T call(ApiRequest request, Class<T> type);

  /**
   * Calls and decodes a 2xx JSON response into a generic type.
   *
   * @param request the request, not null
   * @param type the target type, e.g. a {@code ParameterizedType}
   * @param <T> the result type
   * @return the decoded body
   */
  <T> T call(ApiRequest request, Type type);

  /**
   * Calls a collection route and parses the page envelope.
   *
   * @param request the request, not null
   * @param itemType class of one item
   * @param <T> the item type
   * @return one page
   */
  <T> Page<T> callForPage(ApiRequest request, Class<T> itemType);

  /**
   * Returns a lazy iterable over every page of a collection route; a {@code cursor} query parameter
   * is added per page.
   *
   * @param firstPage the first page's request, not null
   * @param itemType class of one item
   * @param <T> the item type
   * @return a lazy iterable; nothing is sent until it is iterated
   */
  <T> PagedIterable<T> paged(ApiRequest firstPage, Class<T> itemType);

  /**
   * Streams a document into {@code sink}, verifying {@code Repr-Digest} when the server sent one.
   * The sink is not closed.
   *
   * @param request the request, not null
   * @param sink where the bytes go, not null
   * @return what was written
   */
  DocumentInfo download(ApiRequest request, OutputStream sink);

  /**
   * Downloads a document to {@code target} atomically: a temporary file in the same directory is
   * written, verified and moved over {@code target}; on any failure no file is left behind.
   *
   * @param request the request, not null
   * @param target the file to create or replace, not null
   * @return what was written
   */
  DocumentInfo download(ApiRequest request, Path target);
}
