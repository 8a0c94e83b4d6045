package io.csol.sandbox.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** An immutable array of records sorted by one {@link Sort}, with keyset seeks. */
final class SortedSnapshot<R> {
  private final Sort<R> sort;
  private final long version;
  private final Object[] records;
  private final SortKey[] keys;

  @SuppressWarnings("unchecked")
  SortedSnapshot(Sort<R> sort, long version, Iterable<? extends R> source) {
    this.sort = sort;
    this.version = version;
    List<Object[]> rows = new ArrayList<>();
    for (R r : source) {
      rows.add(new Object[] {r, sort.keyOf(r)});
    }
    rows.sort((a, b) -> sort.compare((SortKey) a[1], (SortKey) b[1]));
    this.records = new Object[rows.size()];
    this.keys = new SortKey[rows.size()];
    for (int i = 0; i < records.length; i++) {
      records[i] = rows.get(i)[0];
      keys[i] = (SortKey) rows.get(i)[1];
    }
  }

  long version() {
    return version;
  }

  Sort<R> sort() {
    return sort;
  }

  /** Returns the records strictly after {@code after} (all when null). */
  Iterator<R> after(SortKey after) {
    int lo = 0;
    if (after != null) {
      int hi = keys.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sort.compare(keys[mid], after) <= 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
    }
    int start = lo;
    return new Iterator<>() {
      private int i = start;

      @Override
      public boolean hasNext() {
        return i < records.length;
      }

      @Override
      @SuppressWarnings("unchecked")
      public R next() {
        if (i >= records.length) {
          throw new NoSuchElementException();
        }
        return (R) records[i++];
      }
    };
  }
}
