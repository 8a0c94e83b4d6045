package io.csol.sdk.core.query;

import java.math.BigDecimal;

/**
 * A number field: {@code eq ne gt ge lt le in}, compared numerically ({@code 10.50 eq 10.5}).
 *
 * <p>Immutable and thread-safe.
 */
public final class NumberField extends RangeField<BigDecimal, NumberField> {

  private NumberField(String name, boolean sortable, boolean filterable) {
    super(name, sortable, filterable);
  }

  /**
   * Declares a filterable, not sortable number field; chain {@link #asSortable()} if sortable.
   *
   * @param name the field name
   * @return the field
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} does not fit the grammar or is a keyword
   */
  public static NumberField of(String name) {
    return new NumberField(name, false, true);
  }

  /**
   * Returns {@code name eq value}.
   *
   * @param value the value
   * @return the filter
   */
  public Filter eq(long value) {
    return eq(BigDecimal.valueOf(value));
  }

  /**
   * Returns {@code name ne value}.
   *
   * @param value the value
   * @return the filter
   */
  public Filter ne(long value) {
    return ne(BigDecimal.valueOf(value));
  }

  /**
   * Returns {@code name gt value}.
   *
   * @param value the value
   * @return the filter
   */
  public Filter gt(long value) {
    return gt(BigDecimal.valueOf(value));
  }

  /**
   * Returns {@code name ge value}.
   *
   * @param value the value
   * @return the filter
   */
  public Filter ge(long value) {
    return ge(BigDecimal.valueOf(value));
  }

  /**
   * Returns {@code name lt value}.
   *
   * @param value the value
   * @return the filter
   */
  public Filter lt(long value) {
    return lt(BigDecimal.valueOf(value));
  }

  /**
   * Returns {@code name le value}.
   *
   * @param value the value
   * @return the filter
   */
  public Filter le(long value) {
    return le(BigDecimal.valueOf(value));
  }

  @Override
  NumberField copy(boolean sortable, boolean filterable) {
    return new NumberField(name(), sortable, filterable);
  }

  @Override
  String literal(String call, BigDecimal value) {
    return Literals.number(value);
  }
}
