package io.csol.sdk.core.paging;

import java.util.List;

/**
 * Walks the pages of one iteration from a start position: fetches the start page, drops the items
 * a resume token says were consumed, then follows next cursors until one is absent.
 *
 * <p>A failed fetch leaves the walker unchanged, so asking again retries the same page.
 */
final class PageWalker<T> {

  /** A fetched page with the cursor it was fetched at and how many leading items were skipped. */
  record Step<T>(String cursor, Page<T> page, int skipped) {

    /** The position right after this whole page. */
    ResumeToken endToken(String fingerprint) {
      return page.nextCursor()
          .map(next -> ResumeToken.of(fingerprint, next, 0))
          .orElseGet(() -> ResumeToken.of(fingerprint, cursor, skipped + page.items().size()));
    }
  }

  private final PageSource<T> source;
  private String nextCursor;
  private int pendingSkip;
  private boolean finished;

  PageWalker(PageSource<T> source, String startCursor, int skip) {
    this.source = source;
    this.nextCursor = startCursor;
    this.pendingSkip = skip;
  }

  boolean hasMorePages() {
    return !finished;
  }

  /** Fetches the next page; call only while {@link #hasMorePages()}. */
  Step<T> next() {
    String cursor = nextCursor;
    Page<T> page = source.fetch(cursor);
    int skipped = Math.min(pendingSkip, page.items().size());
    if (skipped > 0) {
      List<T> items = page.items();
      page = page.withItems(items.subList(skipped, items.size()));
    }
    pendingSkip = 0;
    nextCursor = page.nextCursor().orElse(null);
    finished = nextCursor == null;
    return new Step<>(cursor, page, skipped);
  }

  void close() {
    finished = true;
    source.close();
  }
}
