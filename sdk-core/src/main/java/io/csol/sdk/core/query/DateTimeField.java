package io.csol.sdk.core.query;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A date-time (instant) field: {@code eq ne gt ge lt le in}; values are written in UTC
 * ({@code 2026-11-23T10:15:30Z}), an {@link OffsetDateTime} is converted to its instant.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <R> the record type of the collection the field belongs to
 */
public final class DateTimeField<R> extends RangeField<R, Instant, DateTimeField<R>> {

  private DateTimeField(String name, boolean sortable, boolean filterable, boolean list) {
    super(name, sortable, filterable, list);
  }

  /**
   * Declares a filterable, not sortable date-time field; chain {@link #asSortable()} if sortable.
   *
   * @param <R> the record type of the collection, e.g. {@code Invoice}
   * @param name the field name, e.g. {@code updatedAt}
   * @return the field
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} does not fit the grammar or is a keyword
   */
  public static <R> DateTimeField<R> of(String name) {
    return new DateTimeField<>(name, false, true, false);
  }

  /**
   * Returns {@code name eq instant}.
   *
   * @param value the date-time, not null
   * @return the filter
   */
  public Filter<R> eq(OffsetDateTime value) {
    return eq(instant("eq", value));
  }

  /**
   * Returns {@code name ne instant}.
   *
   * @param value the date-time, not null
   * @return the filter
   */
  public Filter<R> ne(OffsetDateTime value) {
    return ne(instant("ne", value));
  }

  /**
   * Returns {@code name gt instant}.
   *
   * @param value the date-time, not null
   * @return the filter
   */
  public Filter<R> gt(OffsetDateTime value) {
    return gt(instant("gt", value));
  }

  /**
   * Returns {@code name ge instant}.
   *
   * @param value the date-time, not null
   * @return the filter
   */
  public Filter<R> ge(OffsetDateTime value) {
    return ge(instant("ge", value));
  }

  /**
   * Returns {@code name lt instant}.
   *
   * @param value the date-time, not null
   * @return the filter
   */
  public Filter<R> lt(OffsetDateTime value) {
    return lt(instant("lt", value));
  }

  /**
   * Returns {@code name le instant}.
   *
   * @param value the date-time, not null
   * @return the filter
   */
  public Filter<R> le(OffsetDateTime value) {
    return le(instant("le", value));
  }

  private Instant instant(String method, OffsetDateTime value) {
    return Objects.requireNonNull(value, name() + "." + method + "(value): value must not be null").toInstant();
  }

  @Override
  DateTimeField<R> copy(boolean sortable, boolean filterable, boolean list) {
    return new DateTimeField<>(name(), sortable, filterable, list);
  }

  @Override
  String literal(String call, Instant value) {
    return Literals.instant(call, value);
  }
}
