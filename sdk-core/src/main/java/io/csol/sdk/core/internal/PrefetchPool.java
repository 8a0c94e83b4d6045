package io.csol.sdk.core.internal;

import io.csol.sdk.core.paging.PagedIterable;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one pool of a client that runs {@link PagedIterable#prefetch(int)} page fetches (not API):
 * created on the first prefetching iteration, {@value #THREADS} daemon threads named
 * {@code csol-prefetch-c<n>-<i>} that end after 30 s idle, shut down with the client. Thread-safe.
 */
final class PrefetchPool implements Executor, AutoCloseable {
  /** Enough for a few concurrent prefetching iterations; more would only queue on the connections. */
  static final int THREADS = 4;
  private static final AtomicLong CLIENTS = new AtomicLong();

  private final Object lock = new Object();
  private ThreadPoolExecutor pool;
  private boolean closed;

  @Override
  public void execute(Runnable task) {
    pool().execute(task);
  }

  private ThreadPoolExecutor pool() {
    synchronized (lock) {
      if (closed) {
        throw new RejectedExecutionException("the CsolClient was closed");
      }
      if (pool == null) {
        long id = CLIENTS.incrementAndGet();
        AtomicLong n = new AtomicLong();
        pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
              Thread t = new Thread(r, "csol-prefetch-c" + id + "-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
        pool.allowCoreThreadTimeOut(true);
      }
      return pool;
    }
  }

  /** @return whether the pool's threads were ever started (for tests) */
  boolean started() {
    synchronized (lock) {
      return pool != null;
    }
  }

  /**
   * Stops the pool. Fetches still queued are run here instead of dropped: the transport is closed
   * by then, so each fails at once and its iteration sees that failure instead of waiting forever.
   */
  @Override
  public void close() {
    ThreadPoolExecutor p;
    synchronized (lock) {
      closed = true;
      p = pool;
    }
    if (p != null) {
      List<Runnable> queued = p.shutdownNow();
      queued.forEach(Runnable::run);
    }
  }

  @Override
  public String toString() {
    return "PrefetchPool[started=" + started() + "]";
  }
}
