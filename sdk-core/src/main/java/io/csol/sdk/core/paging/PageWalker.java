package io.csol.sdk.core.paging;

import java.util.List;

/**
 * Walks the pages of one iteration from a start position: fetches the start page, drops the items
 * a resume token says were consumed, then follows next cursors until one is absent or the cap on
 * results is reached (then no further page is fetched, and the page that reaches it is cut).
 *
 * <p>A failed fetch leaves the walker unchanged, so asking again retries the same page.
 */
final class PageWalker<T> {

  /**
   * A fetched page with the cursor it was fetched at, how many leading items were skipped and
   * whether trailing items were cut off by the cap.
   */
  record Step<T>(String cursor, Page<T> page, int skipped, boolean cut) {

    /** The position right after the (possibly cut) page. */
    ResumeToken endToken(String fingerprint) {
      if (cut) {
        return ResumeToken.of(fingerprint, cursor, skipped + page.items().size());
      }
      return page.nextCursor()
          .map(next -> ResumeToken.of(fingerprint, next, 0))
          .orElseGet(() -> ResumeToken.of(fingerprint, cursor, skipped + page.items().size()));
    }
  }

  private final PageSource<T> source;
  private String nextCursor;
  private int pendingSkip;
  private long remaining;
  private boolean finished;

  PageWalker(PageSource<T> source, String startCursor, int skip, long cap) {
    this.source = source;
    this.nextCursor = startCursor;
    this.pendingSkip = skip;
    this.remaining = cap;
  }

  boolean hasMorePages() {
    return !finished;
  }

  /** Fetches the next page; call only while {@link #hasMorePages()}. */
  Step<T> next() {
    String cursor = nextCursor;
    Page<T> page = source.fetch(cursor);
    List<T> items = page.items();
    int skipped = Math.min(pendingSkip, items.size());
    int end = skipped + (int) Math.min(items.size() - skipped, remaining);
    boolean cut = end < items.size();
    if (skipped > 0 || cut) {
      page = page.withItems(items.subList(skipped, end));
    }
    pendingSkip = 0;
    remaining -= end - skipped;
    nextCursor = page.nextCursor().orElse(null);
    finished = nextCursor == null || remaining <= 0;
    if (finished) {
      source.close(); // reached the end or the cap: nothing more to fetch ahead
    }
    return new Step<>(cursor, page, skipped, cut);
  }

  void close() {
    finished = true;
    source.close();
  }
}
