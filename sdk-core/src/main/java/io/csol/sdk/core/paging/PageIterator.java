package io.csol.sdk.core.paging;

import java.util.Iterator;

/**
 * An iterator over the pages of a {@link PagedIterable}; close it to stop background prefetching
 * when a loop ends early.
 *
 * <pre>{@code
 * try (PageIterator<Invoice> pages = query.byPage().iterator()) {
 *   while (pages.hasNext()) {
 *     Page<Invoice> page = pages.next();
 *     ...
 *     if (done) break;   // close() stops the pages fetched ahead
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: use one iterator from one thread at a time.
 *
 * @param <T> the item type
 */
public interface PageIterator<T> extends Iterator<Page<T>>, AutoCloseable {

  /**
   * Stops background prefetching (if enabled) and ends this iterator; further {@code hasNext()}
   * returns false and {@code next()} throws {@link java.util.NoSuchElementException}. Idempotent.
   */
  @Override
  void close();
}
