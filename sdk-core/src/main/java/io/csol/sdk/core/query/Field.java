package io.csol.sdk.core.query;

/**
 * A field of a collection that can be filtered, sorted or selected, as documented per collection.
 *
 * @param <V> the Java type of the field's filter values
 */
public interface Field<V> {

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
   * Returns the ascending sort by this field.
   *
   * @return the sort order
   * @throws IllegalArgumentException if the field is not sortable
   */
  default SortOrder asc() {
    return SortOrder.of(this, false);
  }

  /**
   * Returns the descending sort by this field.
   *
   * @return the sort order
   * @throws IllegalArgumentException if the field is not sortable
   */
  default SortOrder desc() {
    return SortOrder.of(this, true);
  }
}
