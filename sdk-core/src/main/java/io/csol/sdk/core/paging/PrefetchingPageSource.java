package io.csol.sdk.core.paging;

import java.lang.ref.Cleaner;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A page source that fetches up to {@code ahead} pages in advance on background daemon threads.
 *
 * <p>Each page fetch needs a permit and a permit comes back only when the consumer takes a page,
 * so at most {@code ahead} pages are in flight or waiting beyond the one being consumed. The next
 * fetch starts as soon as the next cursor is known: from the fetcher's early hint (the response
 * headers) when it gives one, else from the finished page. With a hint, two fetches overlap: the
 * next page's round trip runs while this page's body is still being read and decoded.
 *
 * <p>Pages are handed out strictly in order. An entry fetched at a cursor other than the one the
 * consumer asks for (a hint that disagreed with the page body) is thrown away and fetching starts
 * again at the asked cursor, so a wrong hint costs time, never a record. A failure is handed out
 * at the position it happened and rethrown there; asking again for that cursor starts over from it.
 * Abandoned iterators are cleaned up by a {@link Cleaner}, because the background threads hold no
 * reference to this object.
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
      p = start(cursor);
    }
    Entry<T> entry = p.take();
    if (!Objects.equals(entry.cursor(), cursor)) {
      // fetched from a hint the page body contradicted: start again where the consumer is
      p.cancel();
      p = start(cursor);
      entry = p.take();
    }
    if (entry.error() != null) {
      p.cancel();
      producer.set(null); // a retry starts a new producer at this cursor
      throw rethrow(entry.error());
    }
    return entry.page();
  }

  @Override
  public void close() {
    cleanable.clean();
  }

  private Producer<T> start(String cursor) {
    Producer<T> p = new Producer<>(fetcher, cursor, ahead);
    producer.set(p);
    p.start();
    return p;
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

  /** A page to fetch: its position in the iteration and its cursor. */
  private record Job(long seq, String cursor) {
    /** Tells the launcher that the run has ended: the last page or a failure came. */
    static final Job END = new Job(-1, null);
  }

  /**
   * The background work of one run of pages; deliberately holds no reference to the source or the
   * iterator. A launcher thread turns known cursors into fetches as permits allow; each fetch runs
   * on a pool thread and announces the next cursor once (hint or page, whichever comes first).
   */
  private static final class Producer<T> {
    private final PageFetcher<T> fetcher;
    private final Semaphore permits;
    private final LinkedBlockingQueue<Job> toLaunch = new LinkedBlockingQueue<>();
    private final Map<Long, Entry<T>> done = new HashMap<>();
    private final Thread launcher;
    private final ExecutorService fetchers;
    private long nextToTake;
    private volatile boolean cancelled;

    Producer(PageFetcher<T> fetcher, String startCursor, int ahead) {
      this.fetcher = fetcher;
      this.permits = new Semaphore(ahead);
      long id = THREADS.incrementAndGet();
      this.launcher = new Thread(this::launchLoop, "csol-prefetch-" + id);
      this.launcher.setDaemon(true);
      AtomicLong n = new AtomicLong();
      this.fetchers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "csol-prefetch-" + id + "-fetch-" + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
      toLaunch.add(new Job(0, startCursor));
    }

    void start() {
      launcher.start();
    }

    void cancel() {
      cancelled = true;
      launcher.interrupt();
      fetchers.shutdownNow();
    }

    /** Waits for the next page in order and gives its permit back. */
    Entry<T> take() {
      Entry<T> entry;
      synchronized (done) {
        try {
          while (!done.containsKey(nextToTake)) {
            done.wait();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new CancellationException("interrupted while waiting for a prefetched page");
        }
        entry = done.remove(nextToTake++);
      }
      permits.release();
      return entry;
    }

    private void launchLoop() {
      try {
        while (!cancelled) {
          Job job = toLaunch.take();
          if (job == Job.END) {
            fetchers.shutdown(); // lets the running fetches finish; idle threads end now
            return;
          }
          permits.acquire();
          if (cancelled) {
            return;
          }
          fetchers.execute(() -> fetch(job));
        }
      } catch (InterruptedException | RejectedExecutionException e) {
        // cancelled
      }
    }

    private void fetch(Job job) {
      AtomicBoolean announced = new AtomicBoolean();
      Page<T> page;
      try {
        page = PageSource.fetchChecked(fetcher, job.cursor(), next -> {
          if (next != null && !next.equals(job.cursor())) {
            announceOnce(announced, new Job(job.seq() + 1, next));
          }
        });
      } catch (Throwable t) { // handed to the consumer, who rethrows it at this position
        announceOnce(announced, Job.END);
        finish(job, new Entry<>(job.cursor(), null, t));
        return;
      }
      announceOnce(announced, page.nextCursor().map(next -> new Job(job.seq() + 1, next))
          .orElse(Job.END));
      finish(job, new Entry<>(job.cursor(), page, null));
    }

    /** Queues what follows a page, once per page: its successor, or the end of the run. */
    private void announceOnce(AtomicBoolean announced, Job next) {
      if (announced.compareAndSet(false, true)) {
        toLaunch.add(next);
      }
    }

    private void finish(Job job, Entry<T> entry) {
      if (cancelled) {
        return;
      }
      synchronized (done) {
        done.put(job.seq(), entry);
        done.notifyAll();
      }
    }
  }
}
