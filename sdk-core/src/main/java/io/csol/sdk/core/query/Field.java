package io.csol.sdk.core.query;

/**
 * A field of a collection that can be filtered, sorted or selected, as documented per collection.
 *
 * <p>The type parameter ties a field to the record type of its collection, so a query or export
 * of invoices accepts only invoice fields: a statement-line field does not compile there.
 *
 * @param <R> the record type of the collection the field belongs to, e.g. {@code Invoice}
 */
public interface Field<R> {

  /**
   * Returns the field's name in the query language, e.g. {@code dueDate} or {@code lines.serialNumber}.
   *
   * @return the name
   */
  String name();

  /**
   * Returns whether the collection can be sorted by this field.
   *
   * @return true if sortable
   */
  boolean sortable();

  /**
   * Returns whether the field may appear in a filter.
   *
   * @return true if filterable
   */
  boolean filterable();

  /**
   * Returns whether the field holds a list, so that a comparison means "any element matches".
   *
   * @return true for a list field
   */
  boolean list();

  /**
   * Returns the ascending sort by this field.
   *
   * @return the sort order
   * @throws IllegalArgumentException if the field is not sortable
   */
  default SortOrder<R> asc() {
    return SortOrder.of(this, false);
  }

  /**
   * Returns the descending sort by this field.
   *
   * @return the sort order
   * @throws IllegalArgumentException if the field is not sortable
   */
  default SortOrder<R> desc() {
    return SortOrder.of(this, true);
  }
}
