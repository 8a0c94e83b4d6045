package io.csol.sdk.core.query;

import java.time.LocalDate;

/**
 * A calendar-date field: {@code eq ne gt ge lt le in}, written as {@code YYYY-MM-DD}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <R> the record type of the collection the field belongs to
 */
public final class DateField<R> extends RangeField<R, LocalDate, DateField<R>> {

  private DateField(String name, boolean sortable, boolean filterable, boolean list) {
    super(name, sortable, filterable, list);
  }

  /**
   * Declares a filterable, not sortable date field; chain {@link #asSortable()} if sortable.
   *
   * @param <R> the record type of the collection, e.g. {@code Invoice}
   * @param name the field name, e.g. {@code dueDate}
   * @return the field
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} does not fit the grammar or is a keyword
   */
  public static <R> DateField<R> of(String name) {
    return new DateField<>(name, false, true, false);
  }

  @Override
  DateField<R> copy(boolean sortable, boolean filterable, boolean list) {
    return new DateField<>(name(), sortable, filterable, list);
  }

  @Override
  String literal(String call, LocalDate value) {
    return Literals.date(call, value);
  }
}
