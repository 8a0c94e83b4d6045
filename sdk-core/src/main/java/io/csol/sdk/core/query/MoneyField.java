package io.csol.sdk.core.query;

import io.csol.sdk.core.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A money field, filtered by its amount: {@code eq ne gt ge lt le in} on the decimal amount.
 *
 * <p>The currency of a {@link Money} value is NOT part of the filter: the query language keeps
 * the currency in a separate {@code currency} field, so combine both, e.g.
 * {@code Filter.and(currency.eq("EUR"), total.ge(Money.of("1000.00", "EUR")))}.
 * Immutable and thread-safe.
 */
public final class MoneyField extends RangeField<BigDecimal, MoneyField> {

  private MoneyField(String name, boolean sortable, boolean filterable) {
    super(name, sortable, filterable);
  }

  /**
   * Declares a filterable, not sortable money field; chain {@link #asSortable()} if sortable.
   *
   * @param name the field name, e.g. {@code total}
   * @return the field
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} does not fit the grammar or is a keyword
   */
  public static MoneyField of(String name) {
    return new MoneyField(name, false, true);
  }

  /**
   * Returns {@code name eq amount}; the currency is ignored (see the class description).
   *
   * @param value the money, not null
   * @return the filter
   */
  public Filter eq(Money value) {
    return compare("eq", "eq", amount("eq", value));
  }

  /**
   * Returns {@code name ne amount}; the currency is ignored.
   *
   * @param value the money, not null
   * @return the filter
   */
  public Filter ne(Money value) {
    return compare("ne", "ne", amount("ne", value));
  }

  /**
   * Returns {@code name gt amount}; the currency is ignored.
   *
   * @param value the money, not null
   * @return the filter
   */
  public Filter gt(Money value) {
    return compare("gt", "gt", amount("gt", value));
  }

  /**
   * Returns {@code name ge amount}; the currency is ignored.
   *
   * @param value the money, not null
   * @return the filter
   */
  public Filter ge(Money value) {
    return compare("ge", "ge", amount("ge", value));
  }

  /**
   * Returns {@code name lt amount}; the currency is ignored.
   *
   * @param value the money, not null
   * @return the filter
   */
  public Filter lt(Money value) {
    return compare("lt", "lt", amount("lt", value));
  }

  /**
   * Returns {@code name le amount}; the currency is ignored.
   *
   * @param value the money, not null
   * @return the filter
   */
  public Filter le(Money value) {
    return compare("le", "le", amount("le", value));
  }

  private BigDecimal amount(String method, Money value) {
    return Objects.requireNonNull(value, name() + "." + method + "(value): value must not be null").amount();
  }

  @Override
  MoneyField copy(boolean sortable, boolean filterable) {
    return new MoneyField(name(), sortable, filterable);
  }

  @Override
  String literal(String call, BigDecimal value) {
    return Literals.number(value);
  }
}
