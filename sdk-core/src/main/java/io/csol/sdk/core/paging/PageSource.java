package io.csol.sdk.core.paging;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where an iteration gets its pages from: directly from the fetcher, or from a bounded background
 * prefetcher. Pages are asked for in order: the start cursor first, then each page's next cursor.
 */
interface PageSource<T> {

  /** Returns the page at {@code cursor} (null = first page). */
  Page<T> fetch(String cursor);

  /** Stops any background work; idempotent. */
  void close();

  /** Fetches one page and rejects answers that would break iteration (null, or a cursor loop). */
  static <T> Page<T> fetchChecked(PageFetcher<T> fetcher, String cursor) {
    return checked(fetcher.fetch(cursor), cursor);
  }

  /** As {@link #fetchChecked(PageFetcher, String)}, passing the early next-cursor hint on. */
  static <T> Page<T> fetchChecked(PageFetcher<T> fetcher, String cursor, Consumer<String> hint) {
    return checked(fetcher.fetch(cursor, hint), cursor);
  }

  private static <T> Page<T> checked(Page<T> page, String cursor) {
    if (page == null) {
      throw new IllegalStateException("PageFetcher returned null for cursor " + cursor);
    }
    if (cursor != null && page.nextCursor().filter(cursor::equals).isPresent()) {
      // A server answering a cursor with itself would make the iteration endless.
      throw new IllegalStateException("the page at a cursor named the same cursor as its next page");
    }
    return page;
  }

  /** A source that fetches on the caller's thread, exactly when asked. */
  static <T> PageSource<T> direct(PageFetcher<T> fetcher) {
    Objects.requireNonNull(fetcher, "fetcher");
    return new PageSource<>() {
      @Override
      public Page<T> fetch(String cursor) {
        return fetchChecked(fetcher, cursor);
      }

      @Override
      public void close() {
        // nothing runs in the background
      }
    };
  }
}
