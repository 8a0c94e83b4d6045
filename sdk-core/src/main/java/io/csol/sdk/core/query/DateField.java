package io.csol.sdk.core.query;

import java.time.LocalDate;

/**
 * A calendar-date field: {@code eq ne gt ge lt le in}, written as {@code YYYY-MM-DD}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DateField extends RangeField<LocalDate, DateField> {

  private DateField(String name, boolean sortable, boolean filterable) {
    super(name, sortable, filterable);
  }

  /**
   * Declares a filterable, not sortable date field; chain {@link #asSortable()} if sortable.
   *
   * @param name the field name, e.g. {@code dueDate}
   * @return the field
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} does not fit the grammar or is a keyword
   */
  public static DateField of(String name) {
    return new DateField(name, false, true);
  }

  @Override
  DateField copy(boolean sortable, boolean filterable) {
    return new DateField(name(), sortable, filterable);
  }

  @Override
  String literal(String call, LocalDate value) {
    return Literals.date(call, value);
  }
}
