package io.csol.sdk.core.query;

/**
 * A boolean field: {@code eq ne}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <R> the record type of the collection the field belongs to
 */
public final class BooleanField<R> extends AbstractField<R, Boolean, BooleanField<R>> {

  private BooleanField(String name, boolean sortable, boolean filterable, boolean list) {
    super(name, sortable, filterable, list);
  }

  /**
   * Declares a filterable, not sortable boolean field; chain {@link #asSortable()} if sortable.
   *
   * @param <R> the record type of the collection, e.g. {@code Invoice}
   * @param name the field name
   * @return the field
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} does not fit the grammar or is a keyword
   */
  public static <R> BooleanField<R> of(String name) {
    return new BooleanField<>(name, false, true, false);
  }

  /**
   * Returns {@code name eq true|false}.
   *
   * @param value the value
   * @return the filter
   */
  public Filter<R> eq(boolean value) {
    return compare("eq", "eq", value);
  }

  /**
   * Returns {@code name ne true|false} (false for records where the field is absent).
   *
   * @param value the value
   * @return the filter
   */
  public Filter<R> ne(boolean value) {
    return compare("ne", "ne", value);
  }

  @Override
  BooleanField<R> copy(boolean sortable, boolean filterable, boolean list) {
    return new BooleanField<>(name(), sortable, filterable, list);
  }

  @Override
  String literal(String call, Boolean value) {
    return value.toString();
  }
}
