package io.csol.sandbox.engine;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A total order over records: the parsed sort keys with the id appended as the tie-breaker.
 *
 * <p>Absent values sort last ascending and first descending (a descending key is exactly the
 * reverse of the ascending one). Immutable and thread-safe; stores use it to scan in order.
 *
 * @param <R> record type
 */
public final class Sort<R> {
  /**
   * One key of the order.
   *
   * @param field the sortable field
   * @param descending whether the key sorts descending
   * @param <R> record type
   */
  public record Key<R>(FieldSpec<R> field, boolean descending) {
    /** Validates the components. */
    public Key {
      Objects.requireNonNull(field, "field must not be null");
    }
  }

  private final ResourceSpec<R> spec;
  private final List<Key<R>> keys;
  private final String expression;

  Sort(ResourceSpec<R> spec, List<Key<R>> keys) {
    this.spec = spec;
    this.keys = List.copyOf(keys);
    this.expression = this.keys.stream()
        .map(k -> (k.descending() ? "-" : "") + k.field().name())
        .collect(Collectors.joining(","));
  }

  /** Returns the canonical expression including the id tie-breaker, e.g. "-dueDate,number". */
  public String expression() {
    return expression;
  }

  /** Returns the keys, the last one being the id field. */
  public List<Key<R>> keys() {
    return Collections.unmodifiableList(keys);
  }

  /** Returns true when this order is just the id ascending. */
  public boolean isIdAscending() {
    return keys.size() == 1 && !keys.get(0).descending();
  }

  /** Returns true when this order is just the id descending. */
  public boolean isIdDescending() {
    return keys.size() == 1 && keys.get(0).descending();
  }

  /** Computes the sort key of a record. */
  public SortKey keyOf(R record) {
    Object[] values = new Object[keys.size()];
    for (int i = 0; i < values.length; i++) {
      FieldSpec<R> f = keys.get(i).field();
      values[i] = Values.canonical(f.valueOf(record), f.type(), f.name());
    }
    return new SortKey(values, spec.idOf(record));
  }

  /** Compares two sort keys of this order. */
  public int compare(SortKey a, SortKey b) {
    for (int i = 0; i < keys.size(); i++) {
      int c = compareNullsLast(a.value(i), b.value(i));
      if (c != 0) {
        return keys.get(i).descending() ? -c : c;
      }
    }
    return 0;
  }

  /** Returns a comparator of records in this order (computes keys on every call). */
  public Comparator<R> comparator() {
    return (a, b) -> compare(keyOf(a), keyOf(b));
  }

  private static int compareNullsLast(Object a, Object b) {
    if (a == null) {
      return b == null ? 0 : 1;
    }
    if (b == null) {
      return -1;
    }
    return Values.NATURAL.compare(a, b);
  }

  @Override
  public String toString() {
    return "Sort[" + expression + "]";
  }
}
