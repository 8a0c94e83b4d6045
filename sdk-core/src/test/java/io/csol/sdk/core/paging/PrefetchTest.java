package io.csol.sdk.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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
            && (state == Thread.State.WAITING || state == Thread.State.TERMINATED);
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
    producer.join(TimeUnit.SECONDS.toMillis(10));
    assertThat(producer.isAlive()).isFalse();
    assertThat(fetcher.calls.get()).isLessThanOrEqualTo(1 + 3);
  }

  @Test
  void prefetch_iteratorClosed_stopsBackgroundFetchingAndRefusesUse() throws InterruptedException {
    FakeFetcher fetcher = FakeFetcher.uniform(1000, 1);
    PagedIterator<String> it = PagedIterable.create("q", fetcher).prefetch(2).iterator();
    it.next();
    it.close();
    Thread producer = fetcher.lastThread;
    producer.join(TimeUnit.SECONDS.toMillis(10));
    assertThat(producer.isAlive()).isFalse();
    assertThat(fetcher.calls.get()).isLessThanOrEqualTo(1 + 2);
    assertThatThrownBy(it::next).isInstanceOf(IllegalStateException.class);
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
