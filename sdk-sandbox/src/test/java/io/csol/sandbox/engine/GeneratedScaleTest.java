package io.csol.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sandbox.engine.demo.DemoRecord;
import io.csol.sandbox.engine.demo.DemoRecords;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A million generated records paged 500 at a time; prints pages/second and heap (no timing assertions). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedScaleTest {
  private static final int N = 1_000_000;
  private Collection<DemoRecord> records;
  private long heapBefore;

  @BeforeAll
  void setUp() {
    heapBefore = usedHeapAfterGc();
    records = DemoRecords.collection(N, 42, PagingTest.CLOCK, PagingTest.SECRET);
  }

  private record Run(BitSet base, Set<String> inserted, int pages, long seen) {
  }

  /** Pages through everything, inserting one record (ids between base ids) every 50 pages. */
  private Run pageAll(String filter, String sort, String label) {
    BitSet base = new BitSet(N);
    Set<String> inserted = new HashSet<>();
    ListRequest<DemoRecord> request = new ListRequest<>(500, null, filter, sort, null, false, null);
    int pages = 0;
    long seen = 0;
    Map<String, Object> last = null;
    long start = System.nanoTime();
    while (true) {
      PageResult page = records.list(request);
      pages++;
      for (Map<String, Object> json : page.data()) {
        String id = (String) json.get("id");
        seen++;
        if (id.length() == 8) {
          int index = Integer.parseInt(id.substring(1)) - 1;
          if (base.get(index)) {
            throw new AssertionError("duplicate " + id);
          }
          base.set(index);
        } else if (!inserted.add(id)) {
          throw new AssertionError("duplicate " + id);
        }
        if ("-amount".equals(sort) && last != null
            && !descendingNullsFirst((BigDecimal) last.get("amount"), (BigDecimal) json.get("amount"))) {
          throw new AssertionError("out of order at " + id);
        }
        last = json;
      }
      if (page.nextCursor() == null) {
        break;
      }
      if (pages % 50 == 0) {
        // lands both ahead of and behind the paging position: never a duplicate either way
        DemoRecord r = DemoRecords.generate(43, pages * 997 % N);
        records.put(new DemoRecord(r.id() + "-ins" + label + pages, r.name(), r.amount(), r.day(), r.at(),
            r.active(), r.kind(), r.tags()));
      }
      request = request.withCursor(page.nextCursor());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("[scale] %-28s %5d pages in %5.2f s = %7.0f pages/s, %d records%n",
        label + " filter=" + filter + " sort=" + sort, pages, seconds, pages / seconds, seen);
    return new Run(base, inserted, pages, seen);
  }

  private static boolean descendingNullsFirst(BigDecimal previous, BigDecimal next) {
    if (previous == null) {
      return true;
    }
    return next != null && previous.compareTo(next) >= 0;
  }

  @Test
  void list_idOrder_pagesAllBaseRecordsOnceWhileInserting() {
    Run run = pageAll(null, null, "id");
    assertThat(run.base().cardinality()).isEqualTo(N);
    assertThat(run.pages()).isGreaterThanOrEqualTo(N / 500);
  }

  @Test
  void list_withFilter_countsMatchTotalCountAndNoDuplicates() {
    String filter = "kind eq A and amount ge 2500.00";
    long expected = records.list(new ListRequest<>(1, null, filter, null, null, true, null)).totalCount();
    long expectedInserted = records.query(filter, null, null).filter(r -> r.id().length() > 8).count();
    Run run = pageAll(filter, null, "filter");
    assertThat(run.base().cardinality()).isEqualTo(expected - expectedInserted);
    assertThat(run.seen()).isGreaterThanOrEqualTo(expected);
    assertThat(expected).isBetween(200_000L, 300_000L);
  }

  @Test
  void list_withSortDescending_ordersAndCoversAllBaseRecords() {
    long t0 = System.nanoTime();
    records.list(new ListRequest<>(500, null, null, "-amount", null, false, null));
    System.out.printf("[scale] index for -amount built in %.2f s%n", (System.nanoTime() - t0) / 1e9);
    Run run = pageAll(null, "-amount", "sort");
    assertThat(run.base().cardinality()).isEqualTo(N);
    System.out.printf("[scale] heap after GC: %d MB before the store, %d MB with store, overlay and index%n",
        heapBefore / (1 << 20), usedHeapAfterGc() / (1 << 20));
  }

  @Test
  void query_exportStream_isLazyAndOrdered() {
    List<String> first = records.query("active eq true", "-id", null).limit(3).map(DemoRecord::id).toList();
    assertThat(first).hasSize(3).isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(first.get(0)).startsWith("D");
  }

  private static long usedHeapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
