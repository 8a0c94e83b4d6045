package io.csol.sdk.core.paging;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
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
 * <p>A job stores a resume token and, after a crash, continues with {@link #resumeFrom(ResumeToken)}:
 * {@link PagedIterator#resumeToken()} with an iterator, {@link Page#resumeToken()} page by page,
 * {@link Positioned#resumeToken()} with {@link #streamWithPositions()}. A token records a position,
 * not a page size: the query may be resumed with another page size.
 * {@link #maxResults(long)} caps the number of records; {@link #prefetch(int)} opts in to bounded
 * background fetching on the client's small shared pool of daemon threads.
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
  private final long maxResults;
  private final Executor prefetchExecutor;

  private PagedIterable(String fingerprint, PageFetcher<T> fetcher, ResumeToken start, int prefetch,
      long maxResults, Executor prefetchExecutor) {
    this.fingerprint = fingerprint;
    this.fetcher = fetcher;
    this.start = start;
    this.prefetch = prefetch;
    this.maxResults = maxResults;
    this.prefetchExecutor = prefetchExecutor;
  }

  /**
   * Creates the iterable of one query; {@link #prefetch(int)} runs on a small daemon pool shared
   * by every iterable created this way.
   *
   * @param queryFingerprint identifies the query (method, path and sorted query parameters without
   *     the cursor and the page size); resume tokens of another fingerprint are rejected
   * @param fetcher fetches one page by cursor, repeating the same query
   * @param <T> the item type
   * @return the lazy iterable; nothing is fetched yet
   * @throws NullPointerException if an argument is null
   */
  public static <T> PagedIterable<T> create(String queryFingerprint, PageFetcher<T> fetcher) {
    return create(queryFingerprint, fetcher, PrefetchingPageSource.sharedExecutor());
  }

  /**
   * Creates the iterable of one query whose {@link #prefetch(int)} runs page fetches on
   * {@code prefetchExecutor} (a client passes its own pool, closed with it).
   *
   * @param queryFingerprint identifies the query (method, path and sorted query parameters without
   *     the cursor and the page size); resume tokens of another fingerprint are rejected
   * @param fetcher fetches one page by cursor, repeating the same query
   * @param prefetchExecutor runs background page fetches; never blocked waiting for the consumer
   * @param <T> the item type
   * @return the lazy iterable; nothing is fetched yet
   * @throws NullPointerException if an argument is null
   */
  public static <T> PagedIterable<T> create(String queryFingerprint, PageFetcher<T> fetcher,
      Executor prefetchExecutor) {
    Objects.requireNonNull(queryFingerprint, "queryFingerprint must not be null");
    Objects.requireNonNull(fetcher, "fetcher must not be null");
    Objects.requireNonNull(prefetchExecutor, "prefetchExecutor must not be null");
    return new PagedIterable<>(queryFingerprint, fetcher, ResumeToken.of(queryFingerprint, null, 0),
        0, Long.MAX_VALUE, prefetchExecutor);
  }

  /**
   * Returns an iterator over the records; the first request is sent by the first {@code hasNext()}.
   *
   * @return a new iterator starting at this iterable's start position
   */
  @Override
  public PagedIterator<T> iterator() {
    return new ItemIterator<>(fingerprint, newSource(), start, maxResults);
  }

  /**
   * Returns a sequential, ordered stream of the records; closing it stops background prefetching.
   *
   * @return a new lazy stream
   */
  public Stream<T> stream() {
    PagedIterator<T> it = iterator();
    return StreamSupport.stream(new ItemSpliterator<>(it, Function.identity()), false)
        .onClose(it::close);
  }

  /**
   * Returns a stream of the records, each with the position right after it, so that a job
   * written with streams can checkpoint and resume exactly:
   * <pre>{@code
   * try (Stream<Positioned<Invoice>> s = query.list().streamWithPositions()) {
   *   s.forEach(p -> { process(p.item()); checkpoint.save(p.resumeToken().value()); });
   * }
   * // after a crash:
   * query.resumeFrom(ResumeToken.parse(saved)).stream()...
   * }</pre>
   * Closing the stream stops background prefetching.
   *
   * @return a new lazy, sequential, ordered stream
   */
  public Stream<Positioned<T>> streamWithPositions() {
    PagedIterator<T> it = iterator();
    return StreamSupport.stream(new ItemSpliterator<>(it,
        item -> new Positioned<>(item, it.resumeToken())), false).onClose(it::close);
  }

  /**
   * Returns a non-splitting, ordered spliterator over the records.
   *
   * @return a new spliterator
   */
  @Override
  public Spliterator<T> spliterator() {
    return new ItemSpliterator<>(iterator(), Function.identity());
  }

  /**
   * Returns the pages (each fetched by the iterator's {@code next()}), every one carrying the resume
   * token of the position after it. Empty pages are returned as they come. The iterators can be
   * closed, which stops background prefetching when a loop ends early.
   *
   * @return an iterable of pages; each iteration starts over
   */
  public PageIterable<T> byPage() {
    return () -> new Pages<>(fingerprint, newSource(), start, maxResults);
  }

  /**
   * Returns the pages after the position of {@code token}; same as {@code resumeFrom(token).byPage()}.
   *
   * @param token a token of this query
   * @return an iterable of pages
   * @throws IllegalArgumentException if the token belongs to another query
   */
  public PageIterable<T> byPage(ResumeToken token) {
    return resumeFrom(token).byPage();
  }

  /**
   * Returns this query continuing exactly after the record the token was taken at: the page of that
   * position is fetched again by its cursor and the records already consumed are skipped. The
   * token holds a position, not a page size, so the query resumed may use another page size. A
   * {@link #maxResults(long)} cap of this iterable counts from the resumed position.
   *
   * @param token a token from {@link PagedIterator#resumeToken()}, {@link Page#resumeToken()} or
   *     {@link Positioned#resumeToken()} of the same query
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
    return new PagedIterable<>(fingerprint, fetcher, token, prefetch, maxResults, prefetchExecutor);
  }

  /**
   * Returns this query stopping after {@code max} records: the page that reaches the cap is cut
   * and no further page is fetched (not even by {@link #prefetch(int)}). The page size is a
   * separate setting ({@code pageSize(int)} on a query).
   *
   * @param max the most records to return, at least 1
   * @return a new iterable with that cap
   * @throws IllegalArgumentException if {@code max} is less than 1
   */
  public PagedIterable<T> maxResults(long max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxResults(max): max must be at least 1, was " + max);
    }
    return new PagedIterable<>(fingerprint, fetcher, start, prefetch, max, prefetchExecutor);
  }

  /**
   * Returns this query fetching up to {@code pages} pages ahead in the background; order, records
   * and resume tokens stay exactly as without prefetching.
   *
   * <p>A page is asked for as soon as its cursor is known: when the server names it in a
   * {@code Link: <...>; rel="next"} header, that is before the previous page's body has been read,
   * so with {@code pages >= 2} two requests overlap. Two pages ahead is usually enough to hide
   * network latency; more helps only when the consumer is slower than the server in bursts.
   *
   * <p>The fetches run on the client's small pool of daemon threads (created on first use, shut
   * down by {@code CsolClient.close()}); an iteration starts no thread of its own. Memory stays
   * bounded by page size times {@code 1 + pages}. A failure of a background fetch is thrown to
   * the consumer when it reaches that page. Closing the stream or iterator (or dropping the
   * iterator) stops the background fetching.
   *
   * @param pages 1 to {@value #MAX_PREFETCH} pages ahead, or 0 to fetch on demand
   * @return a new iterable with that prefetch setting
   * @throws IllegalArgumentException if {@code pages} is outside 0..8
   */
  public PagedIterable<T> prefetch(int pages) {
    if (pages < 0 || pages > MAX_PREFETCH) {
      throw new IllegalArgumentException("pages must be 0 (off) to " + MAX_PREFETCH + ", was " + pages);
    }
    return new PagedIterable<>(fingerprint, fetcher, start, pages, maxResults, prefetchExecutor);
  }

  /** The query fingerprint; for tests and the pipeline. */
  String fingerprint() {
    return fingerprint;
  }

  private PageSource<T> newSource() {
    if (prefetch == 0) {
      return PageSource.direct(fetcher);
    }
    // the skipped items of a resumed first page count towards what the producer fetches
    long cap = maxResults == Long.MAX_VALUE ? Long.MAX_VALUE : maxResults + start.consumed();
    return new PrefetchingPageSource<>(fetcher, prefetch, cap, prefetchExecutor);
  }

  private static String shorten(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "...";
  }

  @Override
  public String toString() {
    return "PagedIterable[" + shorten(fingerprint) + (prefetch == 0 ? "" : ", prefetch=" + prefetch)
        + (maxResults == Long.MAX_VALUE ? "" : ", maxResults=" + maxResults) + "]";
  }

  /** Never splits, so even a parallel() stream consumes pages in order and one at a time. */
  private static final class ItemSpliterator<T, R> implements Spliterator<R> {
    private final Iterator<T> it;
    private final Function<T, R> map;

    ItemSpliterator(Iterator<T> it, Function<T, R> map) {
      this.it = it;
      this.map = map;
    }

    @Override
    public boolean tryAdvance(Consumer<? super R> action) {
      if (!it.hasNext()) {
        return false;
      }
      action.accept(map.apply(it.next()));
      return true;
    }

    @Override
    public Spliterator<R> trySplit() {
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
  private static final class Pages<T> implements PageIterator<T> {
    private final String fingerprint;
    private final PageWalker<T> walker;

    Pages(String fingerprint, PageSource<T> source, ResumeToken start, long cap) {
      this.fingerprint = fingerprint;
      this.walker = new PageWalker<>(source, start.cursor(), start.consumed(), cap);
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

    @Override
    public void close() {
      walker.close();
    }

    @Override
    public String toString() {
      return "PageIterator[" + fingerprint + "]";
    }
  }
}
