package io.csol.sandbox.engine;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The positions of a generated store's base records in one sort order: an {@code int[]} of
 * positions (4 bytes per record) built once per sort expression.
 */
final class RankIndex {
  private final int[] positions;

  private RankIndex(int[] positions) {
    this.positions = positions;
  }

  int size() {
    return positions.length;
  }

  int position(int rank) {
    return positions[rank];
  }

  /** Builds the index; base ids ascend with position, so position breaks ties as the id would. */
  static <R> RankIndex build(Sort<R> sort, int n, IntFunction<R> generator) {
    List<Sort.Key<R>> keys = sort.keys();
    Sort.Key<R> last = keys.get(keys.size() - 1);
    // Without the id value kept per entry the transient heap is roughly halved.
    boolean tieByPosition = !last.descending();
    int k = tieByPosition ? keys.size() - 1 : keys.size();
    Object[][] values = new Object[n][];
    for (int i = 0; i < n; i++) {
      SortKey key = sort.keyOf(generator.apply(i));
      Object[] v = new Object[k];
      for (int j = 0; j < k; j++) {
        v[j] = key.value(j);
      }
      values[i] = v;
    }
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Comparator<Integer> byKey = (x, y) -> {
      Object[] a = values[x];
      Object[] b = values[y];
      for (int j = 0; j < k; j++) {
        int c = compareNullsLast(a[j], b[j]);
        if (c != 0) {
          return keys.get(j).descending() ? -c : c;
        }
      }
      return Integer.compare(x, y);
    };
    Arrays.parallelSort(boxed, byKey);
    int[] positions = new int[n];
    for (int i = 0; i < n; i++) {
      positions[i] = boxed[i];
    }
    return new RankIndex(positions);
  }

  private static int compareNullsLast(Object a, Object b) {
    if (a == null) {
      return b == null ? 0 : 1;
    }
    return b == null ? -1 : Values.NATURAL.compare(a, b);
  }
}
