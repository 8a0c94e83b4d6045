package io.csol.sdk.core.query;

import java.math.BigDecimal;

/**
 * A number field: {@code eq ne gt ge lt le in}, compared numerically ({@code 10.50 eq 10.5}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param <R> the record type of the collection the field belongs to
 */
public final class NumberField<R> extends RangeField<R, BigDecimal, NumberField<R>> {

  private NumberField(String name, boolean sortable, boolean filterable, boolean list) {
    super(name, sortable, filterable, list);
  }

  /**
   * Declares a filterable, not sortable number field; chain {@link #asSortable()} if sortable.
   *
   * @param <R> the record type of the collection, e.g. {@code Invoice}
   * @param name the field name
   * @return the field
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} does not fit the grammar or is a keyword
   */
  public static <R> NumberField<R> of(String name) {
    return new NumberField<>(name, false, true, false);
  }

  /**
   * Returns {@code name eq value}.
   *
   * @param value the value
   * @return the filter
   */
  public Filter<R> eq(long value) {
    return eq(BigDecimal.valueOf(value));
  }

  /**
   * Returns {@code name ne value}.
   *
   * @param value the value
   * @return the filter
   */
  public Filter<R> ne(long value) {
    return ne(BigDecimal.valueOf(value));
  }

  /**
   * Returns {@code name gt value}.
   *
   * @param value the value
   * @return the filter
   */
  public Filter<R> gt(long value) {
    return gt(BigDecimal.valueOf(value));
  }

  /**
   * Returns {@code name ge value}.
   *
   * @param value the value
   * @return the filter
   */
  public Filter<R> ge(long value) {
    return ge(BigDecimal.valueOf(value));
  }

  /**
   * Returns {@code name lt value}.
   *
   * @param value the value
   * @return the filter
   */
  public Filter<R> lt(long value) {
    return lt(BigDecimal.valueOf(value));
  }

  /**
   * Returns {@code name le value}.
   *
   * @param value the value
   * @return the filter
   */
  public Filter<R> le(long value) {
    return le(BigDecimal.valueOf(value));
  }

  @Override
  NumberField<R> copy(boolean sortable, boolean filterable, boolean list) {
    return new NumberField<>(name(), sortable, filterable, list);
  }

  @Override
  String literal(String call, BigDecimal value) {
    return Literals.number(value);
  }
}
