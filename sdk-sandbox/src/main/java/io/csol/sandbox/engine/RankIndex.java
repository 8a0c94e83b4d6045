package io.csol.sandbox.engine;

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
    // Without the id value kept per entry the transient heap is roughly halved.
    int k = keys.get(keys.size() - 1).descending() ? keys.size() : keys.size() - 1;
    boolean[] descending = new boolean[k];
    for (int j = 0; j < k; j++) {
      descending[j] = keys.get(j).descending();
    }
    // One flat array, entry i * k + j = key j of position i: no per-record array objects.
    Object[] values = new Object[n * k];
    for (int i = 0; i < n; i++) {
      SortKey key = sort.keyOf(generator.apply(i));
      for (int j = 0; j < k; j++) {
        values[i * k + j] = key.value(j);
      }
    }
    int[] positions = new int[n];
    for (int i = 0; i < n; i++) {
      positions[i] = i;
    }
    mergeSort(positions, new int[n], 0, n, (x, y) -> {
      int bx = x * k;
      int by = y * k;
      for (int j = 0; j < k; j++) {
        int c = compareNullsLast(values[bx + j], values[by + j]);
        if (c != 0) {
          return descending[j] ? -c : c;
        }
      }
      return Integer.compare(x, y);
    });
    return new RankIndex(positions);
  }

  /** Compares two positions. */
  @FunctionalInterface
  private interface PositionComparator {
    int compare(int x, int y);
  }

  /** Stable merge sort of a[from, to) on primitive ints, so no boxing of a million positions. */
  private static void mergeSort(int[] a, int[] tmp, int from, int to, PositionComparator cmp) {
    if (to - from <= 16) {
      for (int i = from + 1; i < to; i++) {
        int v = a[i];
        int j = i - 1;
        while (j >= from && cmp.compare(a[j], v) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = v;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, tmp, from, mid, cmp);
    mergeSort(a, tmp, mid, to, cmp);
    if (cmp.compare(a[mid - 1], a[mid]) <= 0) {
      return;
    }
    System.arraycopy(a, from, tmp, from, to - from);
    int i = from;
    int j = mid;
    for (int out = from; out < to; out++) {
      if (j >= to || (i < mid && cmp.compare(tmp[i], tmp[j]) <= 0)) {
        a[out] = tmp[i++];
      } else {
        a[out] = tmp[j++];
      }
    }
  }

  private static int compareNullsLast(Object a, Object b) {
    if (a == null) {
      return b == null ? 0 : 1;
    }
    return b == null ? -1 : Values.NATURAL.compare(a, b);
  }
}
