package io.csol.sdk.core.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Common part of the typed fields: name, capabilities and turning a value into one literal.
 *
 * <p>Only the field types of this package extend it. Instances are immutable and thread-safe.
 *
 * @param <R> the record type of the collection the field belongs to
 * @param <V> the Java type of filter values
 * @param <F> the concrete field type
 */
public abstract class AbstractField<R, V, F extends AbstractField<R, V, F>> implements Field<R> {

  /** The most literals an {@code in} list may hold. */
  public static final int MAX_IN_VALUES = 500;

  private final String name;
  private final boolean sortable;
  private final boolean filterable;
  private final boolean list;

  AbstractField(String name, boolean sortable, boolean filterable, boolean list) {
    this.name = FieldNames.check(name);
    this.sortable = sortable;
    this.filterable = filterable;
    this.list = list;
  }

  /** Returns a copy with other capabilities. */
  abstract F copy(boolean sortable, boolean filterable, boolean list);

  /** Writes a non-null value as one literal; {@code call} (e.g. "status.eq(value)") names misuse. */
  abstract String literal(String call, V value);

  /**
   * Returns this field marked as sortable (as the collection documents it).
   *
   * @return a sortable copy
   */
  public F asSortable() {
    return copy(true, filterable, list);
  }

  /**
   * Returns this field marked as holding a list (e.g. {@code orderNumbers}): a comparison then
   * means "any element matches", as the collection documents it.
   *
   * @return a list-field copy
   */
  public F asList() {
    return copy(sortable, filterable, true);
  }

  /**
   * Returns this field marked as not filterable, for fields that may only be selected or sorted.
   *
   * @return a non-filterable copy
   */
  public F asNotFilterable() {
    return copy(sortable, false, list);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final boolean sortable() {
    return sortable;
  }

  @Override
  public final boolean filterable() {
    return filterable;
  }

  @Override
  public final boolean list() {
    return list;
  }

  /** Builds {@code name op literal}; {@code method} is the Java method name used in messages. */
  final Filter<R> compare(String method, String op, V value) {
    return Filter.comparison(comparisonText(method, op, value));
  }

  /** The text {@code name op literal} of a checked comparison. */
  final String comparisonText(String method, String op, V value) {
    String call = name + "." + method + "(value)";
    checkFilterable(call);
    Objects.requireNonNull(value, call + ": value must not be null");
    return name + " " + op + " " + literal(call, value);
  }

  /** Builds {@code name in (l1, l2, ...)}. */
  final Filter<R> inFilter(Collection<? extends V> values) {
    String call = name + ".in(values)";
    checkFilterable(call);
    Objects.requireNonNull(values, call + ": values must not be null");
    if (values.isEmpty() || values.size() > MAX_IN_VALUES) {
      throw new IllegalArgumentException(call + ": give 1 to " + MAX_IN_VALUES + " values, was "
          + values.size());
    }
    List<String> literals = new ArrayList<>(values.size());
    for (V value : values) {
      Objects.requireNonNull(value, call + ": values must not contain null");
      literals.add(literal(call, value));
    }
    return Filter.comparison(name + " in (" + String.join(", ", literals) + ")");
  }

  private void checkFilterable(String call) {
    if (!filterable) {
      throw new IllegalArgumentException(call + ": field '" + name + "' is not filterable");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && name.equals(((AbstractField<?, ?, ?>) o).name)
        && sortable == ((AbstractField<?, ?, ?>) o).sortable
        && filterable == ((AbstractField<?, ?, ?>) o).filterable
        && list == ((AbstractField<?, ?, ?>) o).list;
  }

  @Override
  public int hashCode() {
    return Objects.hash(getClass(), name, sortable, filterable, list);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + name + (sortable ? ", sortable" : "")
        + (filterable ? "" : ", not filterable") + (list ? ", list" : "") + "]";
  }
}
