package io.csol.sdk.core.query;

import io.csol.sdk.core.Money;
import java.util.Objects;

/**
 * A money field: {@code eq ne gt ge lt le} on an amount in one currency.
 *
 * <p>The query language keeps a record's currency in a separate field (e.g. {@code currency}),
 * so a comparison always checks both: {@code TOTAL.ge(Money.of("1000.00", "EUR"))} sends
 * {@code (total ge 1000.00 and currency eq 'EUR')} and never matches 1,000 KRW. An amount-only
 * comparison is deliberately not offered. Immutable and thread-safe.
 *
 * @param <R> the record type of the collection the field belongs to
 */
public final class MoneyField<R> extends AbstractField<R, Money, MoneyField<R>> {

  private final String currencyField;

  private MoneyField(String name, String currencyField, boolean sortable, boolean filterable,
      boolean list) {
    super(name, sortable, filterable, list);
    this.currencyField = FieldNames.check(currencyField);
  }

  /**
   * Declares a filterable, not sortable money field; chain {@link #asSortable()} if sortable.
   *
   * @param <R> the record type of the collection, e.g. {@code Invoice}
   * @param name the field name of the amount, e.g. {@code total}
   * @param currencyField the name of the record's currency field, e.g. {@code currency}
   * @return the field
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a name does not fit the grammar or is a keyword
   */
  public static <R> MoneyField<R> of(String name, String currencyField) {
    Objects.requireNonNull(currencyField, "currencyField must not be null");
    return new MoneyField<>(name, currencyField, false, true, false);
  }

  /**
   * Returns the name of the currency field every comparison also checks.
   *
   * @return e.g. {@code currency}
   */
  public String currencyField() {
    return currencyField;
  }

  /**
   * Returns {@code (name eq amount and currency eq 'CUR')}.
   *
   * @param value the money, not null
   * @return the filter
   * @throws NullPointerException if {@code value} is null
   */
  public Filter<R> eq(Money value) {
    return money("eq", "eq", value);
  }

  /**
   * Returns {@code (name ne amount or currency ne 'CUR')}: any other amount, or the same amount
   * in another currency.
   *
   * @param value the money, not null
   * @return the filter
   * @throws NullPointerException if {@code value} is null
   */
  public Filter<R> ne(Money value) {
    String amount = comparisonText("ne", "ne", value);
    return Filter.group(amount, "or", currencyField + " ne " + currencyLiteral(value));
  }

  /**
   * Returns {@code (name gt amount and currency eq 'CUR')}.
   *
   * @param value the money, not null
   * @return the filter
   * @throws NullPointerException if {@code value} is null
   */
  public Filter<R> gt(Money value) {
    return money("gt", "gt", value);
  }

  /**
   * Returns {@code (name ge amount and currency eq 'CUR')}.
   *
   * @param value the money, not null
   * @return the filter
   * @throws NullPointerException if {@code value} is null
   */
  public Filter<R> ge(Money value) {
    return money("ge", "ge", value);
  }

  /**
   * Returns {@code (name lt amount and currency eq 'CUR')}.
   *
   * @param value the money, not null
   * @return the filter
   * @throws NullPointerException if {@code value} is null
   */
  public Filter<R> lt(Money value) {
    return money("lt", "lt", value);
  }

  /**
   * Returns {@code (name le amount and currency eq 'CUR')}.
   *
   * @param value the money, not null
   * @return the filter
   * @throws NullPointerException if {@code value} is null
   */
  public Filter<R> le(Money value) {
    return money("le", "le", value);
  }

  private Filter<R> money(String method, String op, Money value) {
    String amount = comparisonText(method, op, value);
    return Filter.group(amount, "and", currencyField + " eq " + currencyLiteral(value));
  }

  private String currencyLiteral(Money value) {
    return Literals.string(currencyField + ".eq(value)", value.currency().getCurrencyCode());
  }

  @Override
  MoneyField<R> copy(boolean sortable, boolean filterable, boolean list) {
    return new MoneyField<>(name(), currencyField, sortable, filterable, list);
  }

  @Override
  String literal(String call, Money value) {
    return Literals.number(value.amount());
  }

  @Override
  public boolean equals(Object o) {
    return super.equals(o) && currencyField.equals(((MoneyField<?>) o).currencyField);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + currencyField.hashCode();
  }
}
