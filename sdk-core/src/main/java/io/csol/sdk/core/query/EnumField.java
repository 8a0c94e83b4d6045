package io.csol.sdk.core.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An enum field: {@code eq ne in}, written as the bare constant name ({@code status eq OPEN}).
 *
 * <p>The {@code UNKNOWN} constant of the SDK's enums stands for values this SDK version does not
 * know, so it is refused as a filter value. Immutable and thread-safe.
 *
 * @param <R> the record type of the collection the field belongs to
 * @param <E> the enum type
 */
public final class EnumField<R, E extends Enum<E>> extends AbstractField<R, E, EnumField<R, E>> {

  private final Class<E> type;

  private EnumField(String name, Class<E> type, boolean sortable, boolean filterable,
      boolean list) {
    super(name, sortable, filterable, list);
    this.type = type;
  }

  /**
   * Declares a filterable, not sortable enum field; chain {@link #asSortable()} if sortable.
   *
   * @param name the field name, e.g. {@code status}
   * @param type the enum class
   * @param <R> the record type of the collection, e.g. {@code Invoice}
   * @param <E> the enum type
   * @return the field
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} does not fit the grammar or is a keyword
   */
  public static <R, E extends Enum<E>> EnumField<R, E> of(String name, Class<E> type) {
    return new EnumField<>(name, Objects.requireNonNull(type, "type must not be null"), false, true,
        false);
  }

  /**
   * Returns the enum class of the field's values.
   *
   * @return the enum class
   */
  public Class<E> type() {
    return type;
  }

  /**
   * Returns {@code name eq VALUE}.
   *
   * @param value the value, not null and not UNKNOWN
   * @return the filter
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is UNKNOWN
   */
  public Filter<R> eq(E value) {
    return compare("eq", "eq", value);
  }

  /**
   * Returns {@code name ne VALUE} (false for records where the field is absent).
   *
   * @param value the value, not null and not UNKNOWN
   * @return the filter
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is UNKNOWN
   */
  public Filter<R> ne(E value) {
    return compare("ne", "ne", value);
  }

  /**
   * Returns {@code name in (V1, V2, ...)}.
   *
   * @param values 1 to 500 values, none null or UNKNOWN
   * @return the filter
   * @throws NullPointerException if {@code values} is or contains null
   * @throws IllegalArgumentException if there are no values, more than 500, or UNKNOWN is among them
   */
  @SafeVarargs
  public final Filter<R> in(E... values) {
    Objects.requireNonNull(values, name() + ".in(values): values must not be null");
    List<E> list = new ArrayList<>(values.length);
    for (E value : values) {
      list.add(value); // a null element is reported by inFilter with the field's name
    }
    return inFilter(list);
  }

  /**
   * Returns {@code name in (V1, V2, ...)} in the collection's iteration order.
   *
   * @param values 1 to 500 values, none null or UNKNOWN
   * @return the filter
   * @throws NullPointerException if {@code values} is or contains null
   * @throws IllegalArgumentException if there are no values, more than 500, or UNKNOWN is among them
   */
  public Filter<R> in(Collection<? extends E> values) {
    return inFilter(values);
  }

  @Override
  EnumField<R, E> copy(boolean sortable, boolean filterable, boolean list) {
    return new EnumField<>(name(), type, sortable, filterable, list);
  }

  @Override
  String literal(String call, E value) {
    return Literals.enumName(call, value);
  }
}
