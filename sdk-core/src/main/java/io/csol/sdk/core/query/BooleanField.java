package io.csol.sdk.core.query;

/**
 * A boolean field: {@code eq ne}.
 *
 * <p>Immutable and thread-safe.
 */
public final class BooleanField extends AbstractField<Boolean, BooleanField> {

  private BooleanField(String name, boolean sortable, boolean filterable) {
    super(name, sortable, filterable);
  }

  /**
   * Declares a filterable, not sortable boolean field; chain {@link #asSortable()} if sortable.
   *
   * @param name the field name
   * @return the field
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} does not fit the grammar or is a keyword
   */
  public static BooleanField of(String name) {
    return new BooleanField(name, false, true);
  }

  /**
   * Returns {@code name eq true|false}.
   *
   * @param value the value
   * @return the filter
   */
  public Filter eq(boolean value) {
    return compare("eq", "eq", value);
  }

  /**
   * Returns {@code name ne true|false} (false for records where the field is absent).
   *
   * @param value the value
   * @return the filter
   */
  public Filter ne(boolean value) {
    return compare("ne", "ne", value);
  }

  @Override
  BooleanField copy(boolean sortable, boolean filterable) {
    return new BooleanField(name(), sortable, filterable);
  }

  @Override
  String literal(String call, Boolean value) {
    return value.toString();
  }
}
