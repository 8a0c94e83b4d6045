package io.csol.sdk.core.query;

/**
 * A text field: {@code eq ne gt ge lt le in} (ordinal comparison) plus {@code startsWith} and
 * {@code contains} (case-sensitive). Values are always written as one quoted string literal.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextField extends RangeField<String, TextField> {

  private TextField(String name, boolean sortable, boolean filterable) {
    super(name, sortable, filterable);
  }

  /**
   * Declares a filterable, not sortable text field; chain {@link #asSortable()} if sortable.
   *
   * @param name the field name, e.g. {@code number} or {@code lines.serialNumber}
   * @return the field
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} does not fit the grammar or is a keyword
   */
  public static TextField of(String name) {
    return new TextField(name, false, true);
  }

  /**
   * Returns {@code name startswith 'prefix'}.
   *
   * @param prefix the prefix, not null (case-sensitive)
   * @return the filter
   * @throws NullPointerException if {@code prefix} is null
   */
  public Filter startsWith(String prefix) {
    return compare("startsWith", "startswith", prefix);
  }

  /**
   * Returns {@code name contains 'part'}.
   *
   * @param part the substring, not null (case-sensitive)
   * @return the filter
   * @throws NullPointerException if {@code part} is null
   */
  public Filter contains(String part) {
    return compare("contains", "contains", part);
  }

  @Override
  TextField copy(boolean sortable, boolean filterable) {
    return new TextField(name(), sortable, filterable);
  }

  @Override
  String literal(String call, String value) {
    return Literals.string(call, value);
  }
}
