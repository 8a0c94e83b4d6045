package io.csol.sdk.core.paging;

import java.util.function.Consumer;

/**
 * Fetches one page of a collection; the query (filter, sort, fields, limit, options) is captured by
 * the fetcher, so every page repeats exactly the same query.
 *
 * <p>Implemented by the core transport; application code rarely needs it except in tests.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface PageFetcher<T> {

  /**
   * Fetches the page at the given cursor.
   *
   * @param cursorOrNull the {@code nextCursor} of the previous page, or {@code null} for the first page
   * @return the page, never {@code null}
   */
  Page<T> fetch(String cursorOrNull);

  /**
   * Fetches the page at the given cursor and reports the next page's cursor as early as it is
   * known. The core transport calls {@code nextCursorHint} when the response headers name the next
   * page (an RFC 8288 {@code Link: <...>; rel="next"}), before it reads this page's body, so a
   * prefetching iteration can ask for the next page while this one is still arriving. The hint may
   * come more than once (a retried attempt) or not at all; the returned page's
   * {@link Page#nextCursor()} stays authoritative.
   *
   * <p>The default ignores the hint and calls {@link #fetch(String)}.
   *
   * @param cursorOrNull the {@code nextCursor} of the previous page, or {@code null} for the first page
   * @param nextCursorHint receives the next page's cursor early; not null
   * @return the page, never {@code null}
   */
  default Page<T> fetch(String cursorOrNull, Consumer<String> nextCursorHint) {
    return fetch(cursorOrNull);
  }
}
