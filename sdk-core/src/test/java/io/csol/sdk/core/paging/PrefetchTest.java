package io.csol.sdk.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PrefetchTest {

  @Test
  void prefetch_anyDepth_yieldsSameItemsAndTokensAsWithout() {
    FakeFetcher fetcher = new FakeFetcher(List.of(List.of("a", "b"), List.of(), List.of("c"),
        List.of("d", "e", "f"), List.of("g")));
    PagedIterable<String> plain = PagedIterable.create("q", fetcher);
    List<String> expected = trace(plain);

    for (int n = 1; n <= PagedIterable.MAX_PREFETCH; n++) {
      assertThat(trace(plain.prefetch(n))).as("prefetch %d", n).isEqualTo(expected);
    }
  }

  @Test
  void prefetch_withResume_yieldsSameItemsAndTokensAsWithout() {
    FakeFetcher fetcher = FakeFetcher.uniform(4, 3);
    PagedIterable<String> plain = PagedIterable.create("q", fetcher);
    PagedIterator<String> it = plain.iterator();
    for (int i = 0; i < 5; i++) {
      it.next();
    }
    ResumeToken token = it.resumeToken();
    assertThat(trace(plain.prefetch(3).resumeFrom(token))).isEqualTo(trace(plain.resumeFrom(token)));
  }

  @Test
  void prefetch_beforeFirstElement_startsNoThreadAndSendsNoRequest() {
    FakeFetcher fetcher = FakeFetcher.uniform(3, 1);
    try (Stream<String> stream = PagedIterable.create("q", fetcher).prefetch(4).stream()) {
      PagedIterable.create("q", fetcher).prefetch(4).iterator();
      assertThat(fetcher.calls).hasValue(0);
      assertThat(fetcher.lastThread).isNull();
      assertThat(stream.findFirst()).contains("p0-0");
    }
    assertThat(fetcher.lastThread.isDaemon()).isTrue();
    assertThat(fetcher.lastThread).isNotSameAs(Thread.currentThread());
  }

  @Test
  void prefetch_slowConsumer_fetchesAtMostNPagesAheadOfTheCurrentPage() {
    int pages = 10;
    int ahead = 2;
    FakeFetcher fetcher = FakeFetcher.uniform(pages, 2);
    PagedIterator<String> it = PagedIterable.create("q", fetcher).prefetch(ahead).iterator();

    for (int p = 0; p < pages; p++) {
      assertThat(it.next()).isEqualTo("p" + p + "-0");
      int expected = Math.min(p + 1 + ahead, pages);
      // let the background thread get n pages ahead and block for lack of a permit (or end);
      // an unbounded prefetcher would have gone further by then and fail the assertion below
      await(() -> {
        Thread.State state = fetcher.lastThread.getState();
        return fetcher.calls.get() >= expected
            && (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING
            || state == Thread.State.TERMINATED);
      });
      assertThat(fetcher.calls.get()).as("requests while consuming page %d", p).isEqualTo(expected);
      it.next();
    }
    assertThat(it.hasNext()).isFalse();
    assertThat(fetcher.calls).hasValue(pages);
  }

  @Test
  void prefetch_backgroundFetchFails_rethrowsAtThatPositionThenRetries() {
    RuntimeException failure = new IllegalStateException("page 2 failed");
    FakeFetcher fetcher = new FakeFetcher(FakeFetcher.uniform(5, 2).pages) {
      private boolean failed;

      @Override
      void beforeReturn(int index) {
        if (index == 2 && !failed) {
          failed = true;
          throw failure;
        }
      }
    };
    PagedIterator<String> it = PagedIterable.create("q", fetcher).prefetch(3).iterator();
    List<String> before = new ArrayList<>();
    Throwable thrown = null;
    while (thrown == null) {
      try {
        if (!it.hasNext()) {
          break;
        }
        before.add(it.next());
      } catch (RuntimeException e) {
        thrown = e;
      }
    }
    assertThat(thrown).isSameAs(failure);
    assertThat(before).containsExactly("p0-0", "p0-1", "p1-0", "p1-1");
    assertThat(it.resumeToken()).isEqualTo(ResumeToken.of("q", "c2", 0));

    List<String> after = new ArrayList<>();
    it.forEachRemaining(after::add);
    assertThat(after).containsExactly("p2-0", "p2-1", "p3-0", "p3-1", "p4-0", "p4-1");
  }

  @Test
  void prefetch_streamClosed_stopsBackgroundFetching() throws InterruptedException {
    FakeFetcher fetcher = FakeFetcher.uniform(1000, 1);
    try (Stream<String> stream = PagedIterable.create("q", fetcher).prefetch(3).stream()) {
      Optional<String> first = stream.findFirst();
      assertThat(first).contains("p0-0");
    }
    Thread producer = fetcher.lastThread;
    await(() -> idle(producer)); // back in the shared pool, running nothing of this iteration
    assertThat(fetcher.calls.get()).isLessThanOrEqualTo(1 + 3);
  }

  @Test
  void prefetch_iteratorClosed_stopsBackgroundFetchingAndRefusesUse() throws InterruptedException {
    FakeFetcher fetcher = FakeFetcher.uniform(1000, 1);
    PagedIterator<String> it = PagedIterable.create("q", fetcher).prefetch(2).iterator();
    it.next();
    it.close();
    Thread producer = fetcher.lastThread;
    await(() -> idle(producer)); // back in the shared pool, running nothing of this iteration
    assertThat(fetcher.calls.get()).isLessThanOrEqualTo(1 + 2);
    assertThatThrownBy(it::next).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void prefetch_withEarlyHint_startsTheNextPageBeforeThisOneIsReturned() throws Exception {
    int pageCount = 6;
    CountDownLatch[] started = new CountDownLatch[pageCount];
    for (int i = 0; i < pageCount; i++) {
      started[i] = new CountDownLatch(1);
    }
    List<Boolean> overlapped = Collections.synchronizedList(new ArrayList<>());
    HintingFetcher fetcher = new HintingFetcher(FakeFetcher.uniform(pageCount, 2).pages) {
      @Override
      void afterHint(int index) throws InterruptedException {
        started[index].countDown();
        if (index + 1 < pageCount) {
          // a page's "body" is read only once the next page's request is under way
          overlapped.add(started[index + 1].await(10, TimeUnit.SECONDS));
        }
      }
    };
    List<String> items = new ArrayList<>();
    PagedIterable.create("q", fetcher).prefetch(2).forEach(items::add);

    assertThat(items).isEqualTo(fetcher.all());
    assertThat(overlapped).hasSize(pageCount - 1).containsOnly(true);
  }

  @Test
  void prefetch_hintThatContradictsThePage_costsARefetchNeverARecord() {
    // page 1 hints "c3" but its body says "c2": the speculative fetch of c3 must be thrown away
    HintingFetcher fetcher = new HintingFetcher(FakeFetcher.uniform(6, 3).pages) {
      @Override
      String hintFor(int index) {
        return index == 1 ? "c3" : super.hintFor(index);
      }
    };
    List<String> expected = trace(PagedIterable.create("q", FakeFetcher.uniform(6, 3)));
    for (int n = 1; n <= 4; n++) {
      assertThat(trace(PagedIterable.create("q", fetcher).prefetch(n))).as("prefetch %d", n)
          .isEqualTo(expected);
    }
  }

  @Test
  void prefetch_pageFailsAfterItsHint_rethrowsThereAndResumesExactly() {
    RuntimeException failure = new IllegalStateException("page 1 body cut off");
    AtomicInteger failures = new AtomicInteger();
    HintingFetcher fetcher = new HintingFetcher(FakeFetcher.uniform(4, 2).pages) {
      @Override
      void afterHint(int index) {
        if (index == 1 && failures.getAndIncrement() == 0) {
          throw failure;
        }
      }
    };
    PagedIterator<String> it = PagedIterable.create("q", fetcher).prefetch(3).iterator();
    List<String> seen = new ArrayList<>();
    assertThatThrownBy(() -> it.forEachRemaining(seen::add)).isSameAs(failure);
    assertThat(seen).containsExactly("p0-0", "p0-1");
    it.forEachRemaining(seen::add);
    assertThat(seen).isEqualTo(fetcher.all());
  }

  @Test
  void prefetch_iterationFinished_leavesNoFetchRunningAndStartsNoThreadOfItsOwn() {
    HintingFetcher fetcher = new HintingFetcher(FakeFetcher.uniform(20, 2).pages);
    List<String> items = new ArrayList<>();
    PagedIterable.create("q", fetcher).prefetch(4).forEach(items::add);
    Set<Thread> pool = prefetchThreads();
    for (int i = 0; i < 3; i++) {
      PagedIterable.create("q", new HintingFetcher(FakeFetcher.uniform(20, 2).pages)).prefetch(4)
          .forEach(items::add);
    }
    assertThat(items).hasSize(4 * 40);
    assertThat(prefetchThreads()).hasSizeLessThanOrEqualTo(4); // one small shared pool
    await(() -> prefetchThreads().stream().allMatch(PrefetchTest::idle));
    assertThat(pool).allMatch(Thread::isDaemon);
  }

  private static boolean idle(Thread t) {
    Thread.State state = t.getState();
    return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING
        || state == Thread.State.TERMINATED;
  }

  private static Set<Thread> prefetchThreads() {
    Set<Thread> threads = new HashSet<>();
    Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("csol-prefetch-") && t.isAlive())
        .forEach(threads::add);
    return threads;
  }

  /** A fetcher that announces the next cursor early, as the HTTP transport does from Link. */
  private static class HintingFetcher extends FakeFetcher {
    HintingFetcher(List<List<String>> pages) {
      super(pages);
    }

    String hintFor(int index) {
      return index + 1 < pages.size() ? "c" + (index + 1) : null;
    }

    /** Runs after the hint, before the page is returned: the page body being read. */
    void afterHint(int index) throws InterruptedException {
      // nothing by default
    }

    @Override
    public Page<String> fetch(String cursor, Consumer<String> nextCursorHint) {
      int index = indexOf(cursor);
      String hint = hintFor(index);
      if (hint != null) {
        nextCursorHint.accept(hint);
      }
      try {
        afterHint(index);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      return fetch(cursor);
    }
  }

  /** Every item with the resume token right after it, plus the start token. */
  private static List<String> trace(PagedIterable<String> iterable) {
    List<String> out = new ArrayList<>();
    try (PagedIterator<String> it = iterable.iterator()) {
      out.add(it.resumeToken().value());
      while (it.hasNext()) {
        out.add(it.next());
        out.add(it.resumeToken().value());
      }
    }
    return out;
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail("condition not reached within 10 s");
      }
      Thread.yield();
    }
  }
}
