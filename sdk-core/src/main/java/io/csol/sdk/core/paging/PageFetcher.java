package io.csol.sdk.core.paging;

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
}
