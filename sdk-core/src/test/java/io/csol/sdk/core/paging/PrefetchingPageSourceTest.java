package io.csol.sdk.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * PrefetchingPageSource driven by an executor that runs tasks on the test thread, one after the
 * other (a task submitted by a running task waits for it to end), or holds them until released:
 * what runs in the background and when is decided by the test, with no thread and no timing.
 */
class PrefetchingPageSourceTest {

  /**
   * Runs tasks on the caller's thread in order (a task submitted by a running task runs after it);
   * after {@link #holdNext} the next task submitted is kept until {@link #release}.
   */
  static final class SteppedExecutor implements Executor {
    final List<Runnable> held = new ArrayList<>();
    boolean holdNext;
    private final Queue<Runnable> queue = new ArrayDeque<>();
    private boolean draining;

    @Override
    public void execute(Runnable task) {
      if (holdNext) {
        holdNext = false;
        held.add(task);
        return;
      }
      queue.add(task);
      if (!draining) {
        draining = true;
        try {
          Runnable r;
          while ((r = queue.poll()) != null) {
            r.run();
          }
        } finally {
          draining = false;
        }
      }
    }

    void release() {
      List<Runnable> tasks = new ArrayList<>(held);
      held.clear();
      tasks.forEach(this::execute);
    }
  }

  /** Pages "c0".."c{n-1}" of one item each; records every cursor asked for. */
  static class Pages implements PageFetcher<String> {
    final int count;
    final List<String> asked = Collections.synchronizedList(new ArrayList<>());

    Pages(int count) {
      this.count = count;
    }

    @Override
    public Page<String> fetch(String cursor) {
      asked.add(cursor);
      int i = cursor == null ? 0 : Integer.parseInt(cursor.substring(1));
      return Page.of(List.of("item" + i), i + 1 < count ? "c" + (i + 1) : null, null);
    }
  }

  @Test
  void close_withAFetchQueued_theQueuedFetchNeverCallsTheFetcher() {
    SteppedExecutor executor = new SteppedExecutor();
    Pages pages = new Pages(5);
    PrefetchingPageSource<String> source = new PrefetchingPageSource<>(pages, 1, Long.MAX_VALUE,
        executor);
    assertThat(source.fetch(null).items()).containsExactly("item0");
    executor.holdNext = true;
    assertThat(source.fetch("c1").items()).containsExactly("item1"); // its taking submits c2: held
    assertThat(executor.held).hasSize(1);

    source.close();
    executor.release();

    assertThat(pages.asked).containsExactly(null, "c1");
  }

  @Test
  void close_twice_noFailure() {
    SteppedExecutor executor = new SteppedExecutor();
    PrefetchingPageSource<String> source = new PrefetchingPageSource<>(new Pages(2), 1,
        Long.MAX_VALUE, executor);
    source.close();
    source.close();
    assertThat(executor.held).isEmpty();
  }

  @Test
  void fetch_failureAfterHint_theHintedFetchNotYetRunIsCancelled() {
    SteppedExecutor executor = new SteppedExecutor();
    List<String> asked = new ArrayList<>();
    PageFetcher<String> fetcher = new PageFetcher<>() {
      @Override
      public Page<String> fetch(String cursor) {
        throw new AssertionError("the hint variant is used");
      }

      @Override
      public Page<String> fetch(String cursor, Consumer<String> hint) {
        asked.add(cursor);
        if (cursor == null) {
          executor.holdNext = true;
          hint.accept("c1"); // submits the fetch of c1: held
          throw new IllegalStateException("page 0 broke");
        }
        return Page.of(List.of("item1"), null, null);
      }
    };
    PrefetchingPageSource<String> source = new PrefetchingPageSource<>(fetcher, 2, Long.MAX_VALUE,
        executor);
    assertThatThrownBy(() -> source.fetch(null)).isInstanceOf(IllegalStateException.class)
        .hasMessage("page 0 broke");
    assertThat(executor.held).hasSize(1);

    executor.release();

    assertThat(asked).containsExactly((String) null);
  }

  @Test
  void fetch_hintContradictedByThePage_theOldRunIsCancelled() {
    SteppedExecutor executor = new SteppedExecutor();
    List<String> asked = new ArrayList<>();
    PageFetcher<String> fetcher = new PageFetcher<>() {
      @Override
      public Page<String> fetch(String cursor) {
        throw new AssertionError("the hint variant is used");
      }

      @Override
      public Page<String> fetch(String cursor, Consumer<String> hint) {
        asked.add(cursor);
        if (cursor == null) {
          hint.accept("wrong1");
          return Page.of(List.of("item0"), "c1", null);
        }
        if (cursor.equals("wrong1")) {
          return Page.of(List.of("wrong"), "wrong2", null);
        }
        int i = Integer.parseInt(cursor.substring(1));
        return Page.of(List.of("item" + i), i < 2 ? "c" + (i + 1) : null, null);
      }
    };
    PrefetchingPageSource<String> source = new PrefetchingPageSource<>(fetcher, 1, Long.MAX_VALUE,
        executor);
    assertThat(source.fetch(null).items()).containsExactly("item0");
    assertThat(asked).containsExactly(null, "wrong1"); // the hint was followed
    executor.holdNext = true; // taking the "wrong1" page submits the old run's "wrong2": held

    assertThat(source.fetch("c1").items()).containsExactly("item1");
    assertThat(source.fetch("c2").items()).containsExactly("item2");
    assertThat(executor.held).hasSize(1);
    executor.release();

    assertThat(asked).containsExactly(null, "wrong1", "c1", "c2");
  }

  @Test
  void fetch_capReachedExactlyByAPage_noFurtherPageIsAskedFor() {
    Pages pages = new Pages(5);
    PrefetchingPageSource<String> source = new PrefetchingPageSource<>(
        cursor -> {
          Page<String> one = pages.fetch(cursor);
          return Page.of(List.of(one.items().get(0), one.items().get(0) + "b"),
              one.nextCursor().orElse(null), null);
        }, 2, 2, new SteppedExecutor());
    assertThat(source.fetch(null).items()).containsExactly("item0", "item0b");
    assertThat(pages.asked).containsExactly((String) null);
  }

  @Test
  void fetch_capOnePastAPage_theNextPageIsFetched() {
    Pages pages = new Pages(5);
    PrefetchingPageSource<String> source = new PrefetchingPageSource<>(pages, 1, 2,
        new SteppedExecutor());
    assertThat(source.fetch(null).items()).containsExactly("item0");
    assertThat(source.fetch("c1").items()).containsExactly("item1");
    assertThat(pages.asked).containsExactly(null, "c1");
  }

  @Test
  void fetch_takenPageGivesItsPermitBack_theNextAnnouncedPageIsFetchedAtOnce() {
    SteppedExecutor executor = new SteppedExecutor();
    Pages pages = new Pages(5) {
      @Override
      public Page<String> fetch(String cursor) {
        if (cursor == null) {
          executor.holdNext = true; // the fetch of c1 that page 0 announces is held
        }
        return super.fetch(cursor);
      }
    };
    PrefetchingPageSource<String> source = new PrefetchingPageSource<>(pages, 2, Long.MAX_VALUE,
        executor);
    assertThat(source.fetch(null).items()).containsExactly("item0");
    assertThat(pages.asked).containsExactly((String) null);

    executor.release(); // c1 runs and announces c2: two permits are free again, so c2 runs too

    assertThat(pages.asked).containsExactly(null, "c1", "c2");
  }

  @Test
  void fetch_interruptedWhileWaitingForAPage_cancelledWithTheFlagSetAgain() {
    SteppedExecutor executor = new SteppedExecutor();
    PrefetchingPageSource<String> source = new PrefetchingPageSource<>(new Pages(2), 1,
        Long.MAX_VALUE, executor);
    executor.holdNext = true; // page 0 is never fetched: the consumer waits
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> source.fetch(null)).isInstanceOf(CancellationException.class)
          .hasMessage("interrupted while waiting for a prefetched page");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void close_whileAPageIsBeingFetched_interruptsThatFetchOnlyForItsDuration() {
    SteppedExecutor executor = new SteppedExecutor();
    AtomicReference<PrefetchingPageSource<String>> ref = new AtomicReference<>();
    List<Boolean> interrupted = new ArrayList<>();
    Pages pages = new Pages(5) {
      @Override
      public Page<String> fetch(String cursor) {
        if (cursor == null) {
          executor.holdNext = true; // taking page 0 submits the fetch of c1: held
        }
        if ("c1".equals(cursor)) {
          ref.get().close();
          interrupted.add(Thread.currentThread().isInterrupted());
        }
        return super.fetch(cursor);
      }
    };
    PrefetchingPageSource<String> source = new PrefetchingPageSource<>(pages, 1, Long.MAX_VALUE,
        executor);
    ref.set(source);
    assertThat(source.fetch(null).items()).containsExactly("item0");

    executor.release(); // fetches c1, which closes the source meanwhile

    assertThat(interrupted).containsExactly(true);
    assertThat(Thread.currentThread().isInterrupted()).as("cleared after the fetch").isFalse();
    assertThat(pages.asked).containsExactly(null, "c1");
  }

  @Test
  void fetch_executorRejects_failsSayingTheClientWasClosed() {
    Executor closed = task -> {
      throw new RejectedExecutionException("shut down");
    };
    PrefetchingPageSource<String> source = new PrefetchingPageSource<>(new Pages(2), 1,
        Long.MAX_VALUE, closed);
    assertThatThrownBy(() -> source.fetch(null)).isInstanceOf(IllegalStateException.class)
        .hasMessage("the CsolClient was closed; background page fetching has stopped")
        .hasCauseInstanceOf(RejectedExecutionException.class);
  }

  @Test
  void fetch_fetcherThrowsAnError_rethrownAsIs() {
    class Boom extends Error {
      Boom() {
        super("boom");
      }
    }
    PageFetcher<String> fetcher = cursor -> {
      throw new Boom();
    };
    PrefetchingPageSource<String> source = new PrefetchingPageSource<>(fetcher, 1, Long.MAX_VALUE,
        new SteppedExecutor());
    assertThatThrownBy(() -> source.fetch(null)).isInstanceOf(Boom.class).hasMessage("boom");
  }

  @Test
  void fetch_fetcherThrowsACheckedException_wrappedWithItAsCause() {
    IOException io = new IOException("disk");
    PageFetcher<String> fetcher = cursor -> {
      throw PrefetchingPageSourceTest.<RuntimeException>sneaky(io);
    };
    PrefetchingPageSource<String> source = new PrefetchingPageSource<>(fetcher, 1, Long.MAX_VALUE,
        new SteppedExecutor());
    assertThatThrownBy(() -> source.fetch(null)).isInstanceOf(IllegalStateException.class)
        .hasMessage("page fetch failed").hasCause(io);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E sneaky(Throwable t) throws E {
    throw (E) t;
  }

  @Test
  void newPool_threadsAreNamedDaemonsThatEndWhenIdle() throws InterruptedException {
    ThreadPoolExecutor pool = PrefetchingPageSource.newPool(2);
    try {
      assertThat(pool.allowsCoreThreadTimeOut()).isTrue();
      assertThat(pool.getCorePoolSize()).isEqualTo(2);
      assertThat(pool.getMaximumPoolSize()).isEqualTo(2);
      assertThat(pool.getKeepAliveTime(TimeUnit.SECONDS)).isEqualTo(30);
      AtomicReference<Thread> ran = new AtomicReference<>();
      CountDownLatch done = new CountDownLatch(1);
      pool.execute(() -> {
        ran.set(Thread.currentThread());
        done.countDown();
      });
      assertThat(done.await(30, TimeUnit.SECONDS)).as("the pool ran the task").isTrue();
      assertThat(ran.get().isDaemon()).isTrue();
      assertThat(ran.get().getName()).matches("csol-prefetch-\\d+-1");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sharedExecutor_createdOnceAndReused() {
    Executor first = PrefetchingPageSource.sharedExecutor();
    assertThat(first).isNotNull().isSameAs(PrefetchingPageSource.sharedExecutor());
  }
}
