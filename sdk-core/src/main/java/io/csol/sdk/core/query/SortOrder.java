package io.csol.sdk.core.query;

import java.util.Objects;

/**
 * One sort key: a sortable field and a direction; made by {@link Field#asc()} or {@link Field#desc()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <R> the record type of the collection, so an order of one collection cannot be passed
 *     to a query of another
 */
public final class SortOrder<R> {

  private final Field<R> field;
  private final boolean descending;

  private SortOrder(Field<R> field, boolean descending) {
    this.field = field;
    this.descending = descending;
  }

  static <R> SortOrder<R> of(Field<R> field, boolean descending) {
    Objects.requireNonNull(field, "field must not be null");
    String name = FieldNames.check(field.name());
    if (!field.sortable()) {
      throw new IllegalArgumentException("field '" + name + "' is not sortable; sort only by the fields "
          + "the collection documents as sortable");
    }
    return new SortOrder<>(field, descending);
  }

  /**
   * Returns the field sorted by.
   *
   * @return the field
   */
  public Field<R> field() {
    return field;
  }

  /**
   * Returns whether the order is descending.
   *
   * @return true for descending
   */
  public boolean descending() {
    return descending;
  }

  /**
   * Returns the sort key in the query language, e.g. {@code -dueDate}.
   *
   * @return the sort key
   */
  public String toExpression() {
    return (descending ? "-" : "") + field.name();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SortOrder<?> other && descending == other.descending
        && field.name().equals(other.field.name());
  }

  @Override
  public int hashCode() {
    return Objects.hash(field.name(), descending);
  }

  @Override
  public String toString() {
    return toExpression();
  }
}
