package io.csol.sdk.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** maxResults, checkpoints from a stream, closeable page iterators, prefetch on a given pool. */
class PagingConveniencesTest {
  private final ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 1, TimeUnit.MINUTES,
      new LinkedBlockingQueue<>());

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  private static List<String> items(PagedIterable<String> iterable) {
    try (Stream<String> s = iterable.stream()) {
      return s.collect(Collectors.toList());
    }
  }

  @Test
  void maxResults_capInsideAPage_cutsThatPageAndFetchesNoFurther() {
    FakeFetcher fetcher = FakeFetcher.uniform(5, 3);
    assertThat(items(PagedIterable.create("q", fetcher).maxResults(4)))
        .containsExactly("p0-0", "p0-1", "p0-2", "p1-0");
    assertThat(fetcher.calls).hasValue(2);
  }

  @Test
  void maxResults_capAtAPageEnd_fetchesNoExtraPage() {
    FakeFetcher fetcher = FakeFetcher.uniform(5, 3);
    assertThat(items(PagedIterable.create("q", fetcher).maxResults(6))).hasSize(6);
    assertThat(fetcher.calls).hasValue(2);
    List<Integer> pageSizes = new ArrayList<>();
    PagedIterable.create("q", FakeFetcher.uniform(5, 3)).maxResults(6).byPage()
        .forEach(p -> pageSizes.add(p.items().size()));
    assertThat(pageSizes).containsExactly(3, 3);
  }

  @Test
  void maxResults_withPrefetch_neverFetchesBeyondTheCap() {
    FakeFetcher fetcher = FakeFetcher.uniform(50, 3);
    PagedIterable<String> capped = PagedIterable.create("q", fetcher, pool).prefetch(8)
        .maxResults(5);
    assertThat(items(capped)).containsExactly("p0-0", "p0-1", "p0-2", "p1-0", "p1-1");
    assertThat(fetcher.calls).hasValue(2);
  }

  @Test
  void maxResults_resumeTokenOfCutPage_continuesRightAfterTheCap() {
    PagedIterable<String> all = PagedIterable.create("q", FakeFetcher.uniform(3, 3));
    PagedIterator<String> it = all.maxResults(4).iterator();
    it.forEachRemaining(x -> { });
    assertThat(items(all.resumeFrom(it.resumeToken())))
        .containsExactly("p1-1", "p1-2", "p2-0", "p2-1", "p2-2");
  }

  @Test
  void maxResults_belowOne_rejectedNamingTheParameter() {
    assertThatThrownBy(() -> PagedIterable.create("q", FakeFetcher.uniform(1, 1)).maxResults(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max must be at least 1");
  }

  @Test
  void streamWithPositions_checkpointOfSeventhItem_resumesExactlyAtTheEighth() {
    PagedIterable<String> all = PagedIterable.create("q", FakeFetcher.uniform(4, 3));
    List<String> expected = items(all);
    String saved = null;
    List<String> processed = new ArrayList<>();
    try (Stream<Positioned<String>> s = all.streamWithPositions()) {
      for (Positioned<String> p : (Iterable<Positioned<String>>) s.limit(7)::iterator) {
        processed.add(p.item());
        saved = p.resumeToken().value(); // the job's checkpoint
      }
    }
    List<String> rest = items(all.resumeFrom(ResumeToken.parse(saved)));
    assertThat(processed).isEqualTo(expected.subList(0, 7));
    assertThat(rest).isEqualTo(expected.subList(7, expected.size()));
  }

  @Test
  void streamWithPositions_tokens_matchTheIteratorsTokens() {
    PagedIterable<String> all = PagedIterable.create("q", FakeFetcher.uniform(3, 2));
    List<ResumeToken> fromStream;
    try (Stream<Positioned<String>> s = all.streamWithPositions()) {
      fromStream = s.map(Positioned::resumeToken).collect(Collectors.toList());
    }
    List<ResumeToken> fromIterator = new ArrayList<>();
    PagedIterator<String> it = all.iterator();
    while (it.hasNext()) {
      it.next();
      fromIterator.add(it.resumeToken());
    }
    assertThat(fromStream).isEqualTo(fromIterator);
  }

  @Test
  void byPage_iteratorClosed_stopsPrefetchingAndEnds() {
    FakeFetcher fetcher = FakeFetcher.uniform(1000, 1);
    PageIterator<String> pages = PagedIterable.create("q", fetcher, pool).prefetch(2).byPage()
        .iterator();
    try (pages) {
      assertThat(pages.next().items()).containsExactly("p0-0");
    }
    awaitIdle();
    assertThat(fetcher.calls.get()).isLessThanOrEqualTo(1 + 2);
    assertThat(pages.hasNext()).isFalse();
  }

  @Test
  void prefetch_manyIterations_runOnTheGivenPoolOnly() {
    java.util.Set<Thread> fetchingThreads = new java.util.HashSet<>();
    for (int i = 0; i < 5; i++) {
      FakeFetcher fetcher = FakeFetcher.uniform(6, 2);
      assertThat(items(PagedIterable.create("q", fetcher, pool).prefetch(3))).hasSize(12);
      fetchingThreads.add(fetcher.lastThread);
    }
    assertThat(pool.getTaskCount()).isEqualTo(5 * 6); // every page fetch ran on the pool
    assertThat(pool.getLargestPoolSize()).isLessThanOrEqualTo(2);
    assertThat(fetchingThreads).hasSizeLessThanOrEqualTo(2).doesNotContain(Thread.currentThread());
  }

  private void awaitIdle() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (pool.getActiveCount() > 0 || !pool.getQueue().isEmpty()) {
      assertThat(System.nanoTime()).as("pool idle within 10 s").isLessThan(deadline);
      Thread.yield();
    }
  }
}
