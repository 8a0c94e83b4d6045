package io.csol.sdk.core.paging;

import java.lang.ref.Cleaner;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A page source that fetches up to {@code ahead} pages in advance on one daemon thread.
 *
 * <p>A page is fetched only after a permit is taken and a permit comes back only when the consumer
 * takes a page, so at most {@code ahead} pages are fetched or in flight beyond the one being
 * consumed. A failure is queued at the position it happened and rethrown there; asking again for
 * that cursor starts a new background fetch from it. Abandoned iterators are cleaned up by a
 * {@link Cleaner}, because the background thread holds no reference to this object.
 */
final class PrefetchingPageSource<T> implements PageSource<T> {

  private static final Cleaner CLEANER = Cleaner.create();
  private static final AtomicLong THREADS = new AtomicLong();

  private final PageFetcher<T> fetcher;
  private final int ahead;
  private final AtomicReference<Producer<T>> producer = new AtomicReference<>();
  private final Cleaner.Cleanable cleanable;

  PrefetchingPageSource(PageFetcher<T> fetcher, int ahead) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.ahead = ahead;
    AtomicReference<Producer<T>> ref = producer; // the cleaning action must not capture this
    this.cleanable = CLEANER.register(this, () -> cancel(ref));
  }

  @Override
  public Page<T> fetch(String cursor) {
    Producer<T> p = producer.get();
    if (p == null) {
      p = new Producer<>(fetcher, cursor, ahead);
      producer.set(p);
      p.start();
    }
    Entry<T> entry;
    try {
      entry = p.queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for a prefetched page");
    }
    p.permits.release();
    if (!Objects.equals(entry.cursor(), cursor)) {
      throw new IllegalStateException("prefetched pages went out of order");
    }
    if (entry.error() != null) {
      producer.set(null); // the producer has stopped; a retry starts a new one at this cursor
      throw rethrow(entry.error());
    }
    return entry.page();
  }

  @Override
  public void close() {
    cleanable.clean();
  }

  private static <T> void cancel(AtomicReference<Producer<T>> ref) {
    Producer<T> p = ref.getAndSet(null);
    if (p != null) {
      p.cancel();
    }
  }

  private static RuntimeException rethrow(Throwable error) {
    if (error instanceof RuntimeException runtime) {
      return runtime;
    }
    if (error instanceof Error e) {
      throw e;
    }
    return new IllegalStateException("page fetch failed", error);
  }

  /** A fetched page or the failure of fetching it, tagged with the cursor it was fetched at. */
  private record Entry<T>(String cursor, Page<T> page, Throwable error) {}

  /** The background loop; deliberately holds no reference to the source or iterator. */
  private static final class Producer<T> implements Runnable {
    final LinkedBlockingQueue<Entry<T>> queue = new LinkedBlockingQueue<>();
    final Semaphore permits;
    private final PageFetcher<T> fetcher;
    private final String startCursor;
    private final Thread thread;
    private volatile boolean cancelled;

    Producer(PageFetcher<T> fetcher, String startCursor, int ahead) {
      this.fetcher = fetcher;
      this.startCursor = startCursor;
      this.permits = new Semaphore(ahead);
      this.thread = new Thread(this, "csol-prefetch-" + THREADS.incrementAndGet());
      this.thread.setDaemon(true);
    }

    void start() {
      thread.start();
    }

    void cancel() {
      cancelled = true;
      thread.interrupt();
    }

    @Override
    public void run() {
      String cursor = startCursor;
      while (!cancelled) {
        try {
          permits.acquire();
        } catch (InterruptedException e) {
          return;
        }
        if (cancelled) {
          return;
        }
        Page<T> page;
        try {
          page = PageSource.fetchChecked(fetcher, cursor);
        } catch (Throwable t) { // handed to the consumer, who rethrows it at this position
          queue.add(new Entry<>(cursor, null, t));
          return;
        }
        queue.add(new Entry<>(cursor, page, null));
        if (page.nextCursor().isEmpty()) {
          return;
        }
        cursor = page.nextCursor().get();
      }
    }
  }
}
