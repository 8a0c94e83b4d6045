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
 * @param <E> the enum type
 */
public final class EnumField<E extends Enum<E>> extends AbstractField<E, EnumField<E>> {

  private final Class<E> type;

  private EnumField(String name, Class<E> type, boolean sortable, boolean filterable) {
    super(name, sortable, filterable);
    this.type = type;
  }

  /**
   * Declares a filterable, not sortable enum field; chain {@link #asSortable()} if sortable.
   *
   * @param name the field name, e.g. {@code status}
   * @param type the enum class
   * @param <E> the enum type
   * @return the field
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} does not fit the grammar or is a keyword
   */
  public static <E extends Enum<E>> EnumField<E> of(String name, Class<E> type) {
    return new EnumField<>(name, Objects.requireNonNull(type, "type must not be null"), false, true);
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
  public Filter eq(E value) {
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
  public Filter ne(E value) {
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
  public final Filter in(E... values) {
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
  public Filter in(Collection<? extends E> values) {
    return inFilter(values);
  }

  @Override
  EnumField<E> copy(boolean sortable, boolean filterable) {
    return new EnumField<>(name(), type, sortable, filterable);
  }

  @Override
  String literal(String call, E value) {
    return Literals.enumName(call, value);
  }
}
