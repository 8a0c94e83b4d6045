package io.csol.sandbox.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The position of one record in a {@link Sort}: its canonical sort values (the id last or
 * included) and its id.
 *
 * <p>Immutable.
 */
public final class SortKey {
  private final Object[] values;
  private final String id;

  SortKey(Object[] values, String id) {
    this.values = values;
    this.id = id;
  }

  /** Returns the canonical sort values, one per key of the sort (entries may be null). */
  public List<Object> values() {
    return Collections.unmodifiableList(Arrays.asList(values));
  }

  /** Returns the record id. */
  public String id() {
    return id;
  }

  Object value(int i) {
    return values[i];
  }

  int size() {
    return values.length;
  }

  @Override
  public String toString() {
    return "SortKey" + Arrays.toString(values);
  }
}
