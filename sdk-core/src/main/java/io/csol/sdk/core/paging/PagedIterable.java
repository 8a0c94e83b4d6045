package io.csol.sdk.core.paging;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The records of one query, fetched page by page as they are consumed.
 *
 * <p>Strictly lazy: no request is sent before the first element is asked for; the next page is
 * fetched only when the current one is used up (never two ahead); an empty page with a next cursor
 * is skipped over; an absent cursor ends the iteration. Every page repeats exactly the same query.
 * Each {@link #iterator()}, {@link #stream()} or {@link #byPage()} starts over with new requests.
 *
 * <p>A job stores {@link PagedIterator#resumeToken()} and, after a crash, continues with
 * {@link #resumeFrom(ResumeToken)}. {@link #prefetch(int)} opts in to bounded background fetching.
 *
 * <p>Instances are immutable and thread-safe; the iterators and streams they create are not.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {

  /** The largest {@link #prefetch(int)} value. */
  public static final int MAX_PREFETCH = 8;

  private final String fingerprint;
  private final PageFetcher<T> fetcher;
  private final ResumeToken start;
  private final int prefetch;

  private PagedIterable(String fingerprint, PageFetcher<T> fetcher, ResumeToken start, int prefetch) {
    this.fingerprint = fingerprint;
    this.fetcher = fetcher;
    this.start = start;
    this.prefetch = prefetch;
  }

  /**
   * Creates the iterable of one query.
   *
   * @param queryFingerprint identifies the query (method, path and sorted query parameters without
   *     the cursor); resume tokens of another fingerprint are rejected
   * @param fetcher fetches one page by cursor, repeating the same query
   * @param <T> the item type
   * @return the lazy iterable; nothing is fetched yet
   * @throws NullPointerException if an argument is null
   */
  public static <T> PagedIterable<T> create(String queryFingerprint, PageFetcher<T> fetcher) {
    Objects.requireNonNull(queryFingerprint, "queryFingerprint must not be null");
    Objects.requireNonNull(fetcher, "fetcher must not be null");
    return new PagedIterable<>(queryFingerprint, fetcher, ResumeToken.of(queryFingerprint, null, 0), 0);
  }

  /**
   * Returns an iterator over the records; the first request is sent by the first {@code hasNext()}.
   *
   * @return a new iterator starting at this iterable's start position
   */
  @Override
  public PagedIterator<T> iterator() {
    return new ItemIterator<>(fingerprint, newSource(), start);
  }

  /**
   * Returns a sequential, ordered stream of the records; closing it stops background prefetching.
   *
   * @return a new lazy stream
   */
  public Stream<T> stream() {
    PagedIterator<T> it = iterator();
    return StreamSupport.stream(new ItemSpliterator<>(it), false).onClose(it::close);
  }

  /**
   * Returns a non-splitting, ordered spliterator over the records.
   *
   * @return a new spliterator
   */
  @Override
  public Spliterator<T> spliterator() {
    return new ItemSpliterator<>(iterator());
  }

  /**
   * Returns the pages (each fetched by the iterator's {@code next()}), every one carrying the resume
   * token of the position after it. Empty pages are returned as they come.
   *
   * @return an iterable of pages; each iteration starts over
   */
  public Iterable<Page<T>> byPage() {
    return () -> new PageIterator<>(fingerprint, newSource(), start);
  }

  /**
   * Returns the pages after the position of {@code token}; same as {@code resumeFrom(token).byPage()}.
   *
   * @param token a token of this query
   * @return an iterable of pages
   * @throws IllegalArgumentException if the token belongs to another query
   */
  public Iterable<Page<T>> byPage(ResumeToken token) {
    return resumeFrom(token).byPage();
  }

  /**
   * Returns this query continuing exactly after the record the token was taken at: the page of that
   * position is fetched again by its cursor and the records already consumed are skipped.
   *
   * @param token a token from {@link PagedIterator#resumeToken()} or {@link Page#resumeToken()} of
   *     the same query
   * @return a new iterable starting at the token's position
   * @throws NullPointerException if {@code token} is null
   * @throws IllegalArgumentException if the token belongs to another query (both are named)
   */
  public PagedIterable<T> resumeFrom(ResumeToken token) {
    Objects.requireNonNull(token, "token must not be null");
    if (!token.fingerprint().equals(fingerprint)) {
      throw new IllegalArgumentException("resumeToken belongs to another query: the token is for ["
          + shorten(token.fingerprint()) + "] but this query is [" + shorten(fingerprint) + "]");
    }
    return new PagedIterable<>(fingerprint, fetcher, token, prefetch);
  }

  /**
   * Returns this query fetching up to {@code pages} pages ahead on background daemon threads;
   * order, records and resume tokens stay exactly as without prefetching.
   *
   * <p>A page is asked for as soon as its cursor is known: when the server names it in a
   * {@code Link: <...>; rel="next"} header, that is before the previous page's body has been read,
   * so with {@code pages >= 2} two requests overlap. Two pages ahead is usually enough to hide
   * network latency; more helps only when the consumer is slower than the server in bursts.
   *
   * <p>Memory stays bounded by page size times {@code 1 + pages}. A failure of a background fetch is
   * thrown to the consumer when it reaches that page. Closing the stream or iterator (or dropping
   * the iterator) stops the background fetching.
   *
   * @param pages 1 to {@value #MAX_PREFETCH} pages ahead, or 0 to fetch on demand
   * @return a new iterable with that prefetch setting
   * @throws IllegalArgumentException if {@code pages} is outside 0..8
   */
  public PagedIterable<T> prefetch(int pages) {
    if (pages < 0 || pages > MAX_PREFETCH) {
      throw new IllegalArgumentException("pages must be 0 (off) to " + MAX_PREFETCH + ", was " + pages);
    }
    return new PagedIterable<>(fingerprint, fetcher, start, pages);
  }

  /** The query fingerprint; for tests and the pipeline. */
  String fingerprint() {
    return fingerprint;
  }

  private PageSource<T> newSource() {
    return prefetch == 0 ? PageSource.direct(fetcher) : new PrefetchingPageSource<>(fetcher, prefetch);
  }

  private static String shorten(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "...";
  }

  @Override
  public String toString() {
    return "PagedIterable[" + shorten(fingerprint) + (prefetch == 0 ? "" : ", prefetch=" + prefetch) + "]";
  }

  /** Never splits, so even a parallel() stream consumes pages in order and one at a time. */
  private static final class ItemSpliterator<T> implements Spliterator<T> {
    private final Iterator<T> it;

    ItemSpliterator(Iterator<T> it) {
      this.it = it;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      if (!it.hasNext()) {
        return false;
      }
      action.accept(it.next());
      return true;
    }

    @Override
    public Spliterator<T> trySplit() {
      return null;
    }

    @Override
    public long estimateSize() {
      return Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
      return ORDERED | NONNULL;
    }
  }

  /** Iterates pages; {@code next()} fetches, {@code hasNext()} only looks at the last cursor. */
  private static final class PageIterator<T> implements Iterator<Page<T>> {
    private final String fingerprint;
    private final PageWalker<T> walker;

    PageIterator(String fingerprint, PageSource<T> source, ResumeToken start) {
      this.fingerprint = fingerprint;
      this.walker = new PageWalker<>(source, start.cursor(), start.consumed());
    }

    @Override
    public boolean hasNext() {
      return walker.hasMorePages();
    }

    @Override
    public Page<T> next() {
      if (!walker.hasMorePages()) {
        throw new NoSuchElementException("no more pages");
      }
      PageWalker.Step<T> step = walker.next();
      return step.page().withResumeToken(step.endToken(fingerprint));
    }
  }
}
