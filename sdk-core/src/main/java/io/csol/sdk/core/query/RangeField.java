package io.csol.sdk.core.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A field whose values are ordered: {@code eq ne gt ge lt le in}.
 *
 * @param <V> the Java type of filter values
 * @param <F> the concrete field type
 */
public abstract class RangeField<V, F extends RangeField<V, F>> extends AbstractField<V, F> {

  RangeField(String name, boolean sortable, boolean filterable) {
    super(name, sortable, filterable);
  }

  /**
   * Returns {@code name eq value}.
   *
   * @param value the value, not null
   * @return the filter
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the field is not filterable or the value has no literal
   */
  public Filter eq(V value) {
    return compare("eq", "eq", value);
  }

  /**
   * Returns {@code name ne value} (false for records where the field is absent).
   *
   * @param value the value, not null
   * @return the filter
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the field is not filterable or the value has no literal
   */
  public Filter ne(V value) {
    return compare("ne", "ne", value);
  }

  /**
   * Returns {@code name gt value}.
   *
   * @param value the value, not null
   * @return the filter
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the field is not filterable or the value has no literal
   */
  public Filter gt(V value) {
    return compare("gt", "gt", value);
  }

  /**
   * Returns {@code name ge value}.
   *
   * @param value the value, not null
   * @return the filter
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the field is not filterable or the value has no literal
   */
  public Filter ge(V value) {
    return compare("ge", "ge", value);
  }

  /**
   * Returns {@code name lt value}.
   *
   * @param value the value, not null
   * @return the filter
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the field is not filterable or the value has no literal
   */
  public Filter lt(V value) {
    return compare("lt", "lt", value);
  }

  /**
   * Returns {@code name le value}.
   *
   * @param value the value, not null
   * @return the filter
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the field is not filterable or the value has no literal
   */
  public Filter le(V value) {
    return compare("le", "le", value);
  }

  /**
   * Returns {@code name in (v1, v2, ...)}.
   *
   * @param values 1 to 500 values, none null
   * @return the filter
   * @throws NullPointerException if {@code values} is or contains null
   * @throws IllegalArgumentException if there are no values or more than 500
   */
  @SafeVarargs
  public final Filter in(V... values) {
    Objects.requireNonNull(values, name() + ".in(values): values must not be null");
    List<V> list = new ArrayList<>(values.length);
    for (V value : values) {
      list.add(value); // a null element is reported by inFilter with the field's name
    }
    return inFilter(list);
  }

  /**
   * Returns {@code name in (v1, v2, ...)} in the collection's iteration order.
   *
   * @param values 1 to 500 values, none null
   * @return the filter
   * @throws NullPointerException if {@code values} is or contains null
   * @throws IllegalArgumentException if there are no values or more than 500
   */
  public final Filter in(Collection<? extends V> values) {
    return inFilter(values);
  }
}
