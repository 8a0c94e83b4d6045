package io.csol.sdk.core.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A field whose values are ordered: {@code eq ne gt ge lt le in}.
 *
 * @param <R> the record type of the collection the field belongs to
 * @param <V> the Java type of filter values
 * @param <F> the concrete field type
 */
public abstract class RangeField<R, V, F extends RangeField<R, V, F>> extends AbstractField<R, V, F> {

  RangeField(String name, boolean sortable, boolean filterable, boolean list) {
    super(name, sortable, filterable, list);
  }

  /**
   * Returns {@code name eq value}.
   *
   * @param value the value, not null
   * @return the filter
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the field is not filterable or the value has no literal
   */
  public Filter<R> eq(V value) {
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
  public Filter<R> ne(V value) {
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
  public Filter<R> gt(V value) {
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
  public Filter<R> ge(V value) {
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
  public Filter<R> lt(V value) {
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
  public Filter<R> le(V value) {
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
  public final Filter<R> in(V... values) {
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
  public final Filter<R> in(Collection<? extends V> values) {
    return inFilter(values);
  }
}
