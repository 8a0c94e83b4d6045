package io.csol.sdk.core.query;

/**
 * A text field: {@code eq ne gt ge lt le in} (ordinal comparison) plus {@code startsWith} and
 * {@code contains} (case-sensitive). Values are always written as one quoted string literal.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <R> the record type of the collection the field belongs to
 */
public final class TextField<R> extends RangeField<R, String, TextField<R>> {

  private TextField(String name, boolean sortable, boolean filterable, boolean list) {
    super(name, sortable, filterable, list);
  }

  /**
   * Declares a filterable, not sortable text field; chain {@link #asSortable()} if sortable.
   *
   * @param <R> the record type of the collection, e.g. {@code Invoice}
   * @param name the field name, e.g. {@code number} or {@code lines.serialNumber}
   * @return the field
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} does not fit the grammar or is a keyword
   */
  public static <R> TextField<R> of(String name) {
    return new TextField<>(name, false, true, false);
  }

  /**
   * Returns {@code name startswith 'prefix'}.
   *
   * @param prefix the prefix, not null (case-sensitive)
   * @return the filter
   * @throws NullPointerException if {@code prefix} is null
   */
  public Filter<R> startsWith(String prefix) {
    return compare("startsWith", "startswith", prefix);
  }

  /**
   * Returns {@code name contains 'part'}.
   *
   * @param part the substring, not null (case-sensitive)
   * @return the filter
   * @throws NullPointerException if {@code part} is null
   */
  public Filter<R> contains(String part) {
    return compare("contains", "contains", part);
  }

  @Override
  TextField<R> copy(boolean sortable, boolean filterable, boolean list) {
    return new TextField<>(name(), sortable, filterable, list);
  }

  @Override
  String literal(String call, String value) {
    return Literals.string(call, value);
  }
}
