package io.csol.sdk.core.paging;

import java.lang.ref.Cleaner;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A page source that fetches up to {@code ahead} pages in advance on an executor it does not own
 * (the client's small daemon pool), so an iteration starts no thread of its own.
 *
 * <p>Each page fetch needs a permit and a permit comes back only when the consumer takes a page,
 * so at most {@code ahead} pages are in flight or waiting beyond the one being consumed. A page
 * whose cursor is known while no permit is free waits here, not on a pool thread: pool threads
 * only ever run fetches and never block on the consumer, so iterations sharing the pool cannot
 * starve each other into a deadlock. The next fetch starts as soon as the next cursor is known:
 * from the fetcher's early hint (the response headers) when it gives one, else from the finished
 * page. With a hint, two fetches overlap. Under a cap on results hints are not followed and a page
 * is fetched only while the pages fetched so far hold fewer records than the cap, so no page
 * beyond the cap is ever asked for.
 *
 * <p>Pages are handed out strictly in order. An entry fetched at a cursor other than the one the
 * consumer asks for (a hint that disagreed with the page body) is thrown away and fetching starts
 * again at the asked cursor, so a wrong hint costs time, never a record. A failure is handed out
 * at the position it happened and rethrown there; asking again for that cursor starts over from it.
 * Abandoned iterators are cleaned up by a {@link Cleaner}, because the background work holds no
 * reference to this object.
 */
final class PrefetchingPageSource<T> implements PageSource<T> {

  private static final Cleaner CLEANER = Cleaner.create();
  private static final AtomicLong POOLS = new AtomicLong();
  private static volatile ThreadPoolExecutor shared;

  private final PageFetcher<T> fetcher;
  private final int ahead;
  private final long cap;
  private final Executor executor;
  private final AtomicReference<Producer<T>> producer = new AtomicReference<>();
  private final Cleaner.Cleanable cleanable;

  PrefetchingPageSource(PageFetcher<T> fetcher, int ahead, long cap, Executor executor) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.ahead = ahead;
    this.cap = cap;
    this.executor = Objects.requireNonNull(executor, "executor");
    AtomicReference<Producer<T>> ref = producer; // the cleaning action must not capture this
    this.cleanable = CLEANER.register(this, () -> cancel(ref));
  }

  /**
   * Creates a pool for background page fetches: {@code threads} daemon threads named
   * {@code csol-prefetch-<n>-<i>}, started on first use and ended after 30 s idle.
   */
  static ThreadPoolExecutor newPool(int threads) {
    long id = POOLS.incrementAndGet();
    AtomicLong n = new AtomicLong();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "csol-prefetch-" + id + "-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** The pool of iterables created without one (outside a client, e.g. in tests). */
  static Executor sharedExecutor() {
    ThreadPoolExecutor p = shared;
    if (p == null) {
      synchronized (PrefetchingPageSource.class) {
        p = shared;
        if (p == null) {
          p = newPool(4);
          shared = p;
        }
      }
    }
    return p;
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
    Producer<T> p = new Producer<>(fetcher, ahead, cap, executor);
    producer.set(p);
    p.announce(new Job(0, cursor));
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
    /** Marks the end of the run: the last page, the cap or a failure came. */
    static final Job END = new Job(-1, null);
  }

  /**
   * The background work of one run of pages; deliberately holds no reference to the source or the
   * iterator. Every page announces what follows it once (hint or page, whichever comes first);
   * an announced page is submitted when a permit is free, else parked until the consumer takes one.
   */
  private static final class Producer<T> {
    private final PageFetcher<T> fetcher;
    private final long cap;
    private final Executor executor;
    private final Object lock = new Object();
    private final Map<Long, Entry<T>> done = new HashMap<>();
    private final Set<Thread> running = new HashSet<>();
    private int permits;
    private Job parked;
    private long nextToTake;
    private long fetchedItems;
    private boolean cancelled;
    private boolean ended;

    Producer(PageFetcher<T> fetcher, int ahead, long cap, Executor executor) {
      this.fetcher = fetcher;
      this.permits = ahead;
      this.cap = cap;
      this.executor = executor;
    }

    /** Records what follows a page: submits it, parks it for lack of a permit, or ends the run. */
    void announce(Job job) {
      synchronized (lock) {
        if (cancelled || ended) {
          return;
        }
        if (job == Job.END) {
          ended = true;
        } else if (permits > 0) {
          permits--;
          submit(job);
        } else {
          parked = job;
        }
      }
    }

    // called holding the lock
    private void submit(Job job) {
      try {
        executor.execute(() -> fetch(job));
      } catch (RejectedExecutionException e) { // the client was closed
        ended = true;
        done.put(job.seq(), new Entry<>(job.cursor(), null, new IllegalStateException(
            "the CsolClient was closed; background page fetching has stopped", e)));
        lock.notifyAll();
      }
    }

    void cancel() {
      synchronized (lock) {
        cancelled = true;
        parked = null;
        running.forEach(Thread::interrupt); // still inside this run's fetch: see fetch()
      }
    }

    /** Waits for the next page in order and gives its permit back. */
    Entry<T> take() {
      synchronized (lock) {
        try {
          while (!done.containsKey(nextToTake)) {
            lock.wait();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new CancellationException("interrupted while waiting for a prefetched page");
        }
        Entry<T> entry = done.remove(nextToTake++);
        permits++;
        if (parked != null && !cancelled) {
          Job job = parked;
          parked = null;
          permits--;
          submit(job);
        }
        return entry;
      }
    }

    private void fetch(Job job) {
      synchronized (lock) {
        if (cancelled) {
          return;
        }
        running.add(Thread.currentThread());
      }
      AtomicBoolean announced = new AtomicBoolean();
      Entry<T> entry;
      try {
        Page<T> page = PageSource.fetchChecked(fetcher, job.cursor(), next -> {
          if (cap == Long.MAX_VALUE && next != null && !next.equals(job.cursor())) {
            announceOnce(announced, new Job(job.seq() + 1, next));
          }
        });
        boolean more;
        synchronized (lock) {
          fetchedItems += page.items().size();
          more = fetchedItems < cap;
        }
        announceOnce(announced, page.nextCursor().filter(next -> more)
            .map(next -> new Job(job.seq() + 1, next)).orElse(Job.END));
        entry = new Entry<>(job.cursor(), page, null);
      } catch (Throwable t) { // handed to the consumer, who rethrows it at this position
        announceOnce(announced, Job.END);
        entry = new Entry<>(job.cursor(), null, t);
      }
      synchronized (lock) {
        // leaving this run: a later cancel() must not interrupt the pool thread's next task
        running.remove(Thread.currentThread());
        Thread.interrupted(); // clear a cancel() that came while fetching
        if (!cancelled) {
          done.put(job.seq(), entry);
          lock.notifyAll();
        }
      }
    }

    private void announceOnce(AtomicBoolean announced, Job next) {
      if (announced.compareAndSet(false, true)) {
        announce(next);
      }
    }
  }
}
