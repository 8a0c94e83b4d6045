package io.csol.sdk.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PagedIterableTest {

  @Test
  void iterator_beforeFirstHasNext_sendsNoRequest() {
    FakeFetcher fetcher = FakeFetcher.uniform(3, 2);
    PagedIterable<String> iterable = PagedIterable.create("GET /v1/x", fetcher);

    PagedIterator<String> it = iterable.iterator();
    Stream<String> stream = iterable.stream();
    iterable.byPage().iterator();

    assertThat(fetcher.calls).hasValue(0);
    assertThat(it.resumeToken()).isNotNull();
    assertThat(fetcher.calls).hasValue(0);
    stream.close();
  }

  @Test
  void iterator_consumingPageByPage_fetchesExactlyOnePagePerPageUsedUp() {
    FakeFetcher fetcher = FakeFetcher.uniform(3, 2);
    PagedIterator<String> it = PagedIterable.create("q", fetcher).iterator();

    assertThat(it.next()).isEqualTo("p0-0");
    assertThat(fetcher.calls).hasValue(1);
    assertThat(it.next()).isEqualTo("p0-1");
    assertThat(fetcher.calls).hasValue(1);
    // hasNext on the last element of page 0 fetches page 1, never page 2
    assertThat(it.hasNext()).isTrue();
    assertThat(it.hasNext()).isTrue();
    assertThat(fetcher.calls).hasValue(2);
    it.next();
    it.next();
    assertThat(fetcher.calls).hasValue(2);
    it.next();
    it.next();
    assertThat(it.hasNext()).isFalse();
    assertThat(fetcher.calls).hasValue(3);
    assertThat(fetcher.cursors).containsExactly(null, "c1", "c2");
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    assertThat(fetcher.calls).hasValue(3);
  }

  @Test
  void iterator_emptyPagesWithCursor_continueToNextPage() {
    FakeFetcher fetcher = new FakeFetcher(List.of(List.of("a"), List.of(), List.of(), List.of("b"), List.of()));
    List<String> items = new ArrayList<>();
    PagedIterable.create("q", fetcher).forEach(items::add);

    assertThat(items).containsExactly("a", "b");
    assertThat(fetcher.calls).hasValue(5);
  }

  @Test
  void iterator_absentCursorOnFirstPage_endsAfterOneRequest() {
    FakeFetcher fetcher = new FakeFetcher(List.of(List.of()));
    assertThat(PagedIterable.create("q", fetcher).iterator().hasNext()).isFalse();
    assertThat(fetcher.calls).hasValue(1);
  }

  @Test
  void iterator_iteratedTwice_startsOverWithNewRequests() {
    FakeFetcher fetcher = FakeFetcher.uniform(2, 3);
    PagedIterable<String> iterable = PagedIterable.create("q", fetcher);

    List<String> first = iterable.stream().collect(Collectors.toList());
    List<String> second = iterable.stream().collect(Collectors.toList());

    assertThat(first).isEqualTo(second).isEqualTo(fetcher.all());
    assertThat(fetcher.cursors).containsExactly(null, "c1", null, "c1");
  }

  @Test
  void byPage_eachPage_isFetchedByNextAndCarriesItsEndPosition() {
    FakeFetcher fetcher = FakeFetcher.uniform(3, 2);
    PagedIterable<String> iterable = PagedIterable.create("q", fetcher);
    var pages = iterable.byPage().iterator();

    assertThat(pages.hasNext()).isTrue();
    assertThat(fetcher.calls).hasValue(0);
    Page<String> first = pages.next();
    assertThat(first.items()).containsExactly("p0-0", "p0-1");
    assertThat(first.nextCursor()).contains("c1");
    assertThat(first.totalCount()).hasValue(6);
    assertThat(fetcher.calls).hasValue(1);

    List<String> rest = new ArrayList<>();
    iterable.resumeFrom(first.resumeToken()).forEach(rest::add);
    assertThat(rest).containsExactly("p1-0", "p1-1", "p2-0", "p2-1");

    pages.next();
    Page<String> last = pages.next();
    assertThat(pages.hasNext()).isFalse();
    assertThat(last.nextCursor()).isEmpty();
    assertThat(iterable.resumeFrom(last.resumeToken()).iterator().hasNext()).isFalse();
    assertThatThrownBy(pages::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void stream_findFirst_fetchesOnlyTheFirstPage() {
    FakeFetcher fetcher = FakeFetcher.uniform(5, 2);
    try (Stream<String> stream = PagedIterable.create("q", fetcher).stream()) {
      assertThat(stream.findFirst()).contains("p0-0");
    }
    assertThat(fetcher.calls).hasValue(1);
  }

  @Test
  void stream_limitWithinSecondPage_fetchesTwoPages() {
    FakeFetcher fetcher = FakeFetcher.uniform(5, 2);
    assertThat(PagedIterable.create("q", fetcher).stream().limit(3).collect(Collectors.toList()))
        .containsExactly("p0-0", "p0-1", "p1-0");
    assertThat(fetcher.calls).hasValue(2);
  }

  @Test
  void stream_evenWhenParallel_isOrderedAndNeverSplits() {
    FakeFetcher fetcher = FakeFetcher.uniform(4, 3);
    PagedIterable<String> iterable = PagedIterable.create("q", fetcher);

    assertThat(iterable.stream().isParallel()).isFalse();
    assertThat(iterable.spliterator().hasCharacteristics(Spliterator.ORDERED)).isTrue();
    assertThat(iterable.spliterator().trySplit()).isNull();
    assertThat(iterable.stream().parallel().collect(Collectors.toList())).isEqualTo(fetcher.all());
  }

  @Test
  void iterator_fetchFails_throwsAndRetriesSamePageOnNextCall() {
    FakeFetcher fetcher = new FakeFetcher(List.of(List.of("a"), List.of("b"))) {
      private boolean failed;

      @Override
      void beforeReturn(int index) {
        if (index == 1 && !failed) {
          failed = true;
          throw new IllegalStateException("boom");
        }
      }
    };
    PagedIterator<String> it = PagedIterable.create("q", fetcher).iterator();
    assertThat(it.next()).isEqualTo("a");
    assertThatThrownBy(it::hasNext).hasMessage("boom");
    assertThat(it.next()).isEqualTo("b");
    assertThat(fetcher.cursors).containsExactly(null, "c1", "c1");
  }

  @Test
  void iterator_pageNamingItsOwnCursorAsNext_failsInsteadOfLoopingForever() {
    PageFetcher<String> loop = cursor -> Page.of(List.of(), "same", null);
    PagedIterator<String> it = PagedIterable.create("q", loop).iterator();
    assertThatThrownBy(it::hasNext).isInstanceOf(IllegalStateException.class).hasMessageContaining("same cursor");
  }

  @Test
  void iterator_fetcherReturnsNull_throwsIllegalState() {
    PagedIterator<String> it = PagedIterable.create("q", (PageFetcher<String>) c -> null).iterator();
    assertThatThrownBy(it::hasNext).isInstanceOf(IllegalStateException.class).hasMessageContaining("null");
  }

  @Test
  void iterator_afterClose_refusesUse() {
    PagedIterator<String> it = PagedIterable.create("q", FakeFetcher.uniform(1, 1)).iterator();
    it.close();
    it.close();
    assertThatThrownBy(it::hasNext).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  @Test
  void create_nullArguments_throwNamingParameter() {
    assertThatThrownBy(() -> PagedIterable.create(null, FakeFetcher.uniform(1, 1)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("queryFingerprint");
    assertThatThrownBy(() -> PagedIterable.create("q", null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("fetcher");
  }

  @Test
  void prefetch_outOfRange_throwsNamingAcceptedValues() {
    PagedIterable<String> iterable = PagedIterable.create("q", FakeFetcher.uniform(1, 1));
    assertThatThrownBy(() -> iterable.prefetch(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 (off) to 8");
    assertThatThrownBy(() -> iterable.prefetch(9)).isInstanceOf(IllegalArgumentException.class);
    assertThat(iterable.prefetch(8)).isNotNull();
  }

  @Test
  void pageOf_validatesArguments() {
    assertThatThrownBy(() -> Page.of(null, null, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("items");
    assertThatThrownBy(() -> Page.of(java.util.Arrays.asList("a", null), null, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("index 1");
    assertThatThrownBy(() -> Page.of(List.of(), null, -1L)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("totalCount");
    Page<String> page = Page.of(List.of("a"), "", null);
    assertThat(page.nextCursor()).isEmpty();
    assertThat(page.totalCount()).isEmpty();
    assertThatThrownBy(page::resumeToken).isInstanceOf(IllegalStateException.class);
  }
}
