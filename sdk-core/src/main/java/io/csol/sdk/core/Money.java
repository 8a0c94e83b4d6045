package io.csol.sdk.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money in one currency; immutable and thread-safe.
 *
 * <p>Amounts are {@link BigDecimal}s, never doubles. Two values are equal when they have the
 * same currency and numerically equal amounts ({@code 10.5 EUR} equals {@code 10.50 EUR}).
 * Arithmetic and ordering across currencies throw {@link IllegalArgumentException}, because
 * converting needs a rate this class does not have. On the wire a value is
 * {@code {"amount":"1234.50","currency":"EUR"}}.
 */
public final class Money implements Comparable<Money> {

  /** Bounds digits so a hostile amount like {@code 1E+999999999} cannot exhaust memory. */
  private static final int MAX_DIGITS = 200;

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * Creates a value from a decimal string and an ISO 4217 code, e.g. {@code of("1234.50", "EUR")}.
   *
   * @param amount a decimal number such as {@code 1234.50} or {@code -3}
   * @param currency an ISO 4217 currency code in upper case, such as {@code EUR}
   * @return the value
   * @throws IllegalArgumentException when an argument is null, blank or not valid
   */
  public static Money of(String amount, String currency) {
    return of(parseAmount(amount), parseCurrency(currency));
  }

  /**
   * Creates a value from an amount and an ISO 4217 code.
   *
   * @param amount the amount, not null
   * @param currency an ISO 4217 currency code in upper case, such as {@code EUR}
   * @return the value
   * @throws IllegalArgumentException when an argument is null, blank or not valid
   */
  public static Money of(BigDecimal amount, String currency) {
    return of(amount, parseCurrency(currency));
  }

  /**
   * Creates a value from a decimal string and a currency.
   *
   * @param amount a decimal number such as {@code 1234.50}
   * @param currency the currency, not null
   * @return the value
   * @throws IllegalArgumentException when an argument is null, blank or not valid
   */
  public static Money of(String amount, Currency currency) {
    return of(parseAmount(amount), currency);
  }

  /**
   * Creates a value from an amount and a currency.
   *
   * @param amount the amount, not null
   * @param currency the currency, not null
   * @return the value
   * @throws IllegalArgumentException when an argument is null or the amount is absurdly large
   */
  public static Money of(BigDecimal amount, Currency currency) {
    if (amount == null) {
      throw new IllegalArgumentException("amount must not be null; pass a decimal such as 1234.50");
    }
    if (currency == null) {
      throw new IllegalArgumentException("currency must not be null; pass an ISO 4217 currency such as EUR");
    }
    if (amount.precision() > MAX_DIGITS || Math.abs((long) amount.scale()) > MAX_DIGITS) {
      throw new IllegalArgumentException("amount must have at most " + MAX_DIGITS
          + " digits and at most " + MAX_DIGITS + " decimal places");
    }
    return new Money(amount, currency);
  }

  /**
   * Returns zero in a currency.
   *
   * @param currency the currency, not null
   * @return zero in that currency
   * @throws IllegalArgumentException when currency is null
   */
  public static Money zero(Currency currency) {
    return of(BigDecimal.ZERO, currency);
  }

  /**
   * Returns the amount exactly as given or received.
   *
   * @return the amount
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Returns the currency.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Adds another value of the same currency.
   *
   * @param other the value to add, same currency
   * @return the sum
   * @throws IllegalArgumentException when other is null or in another currency
   */
  public Money plus(Money other) {
    requireSameCurrency(other, "plus");
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * Subtracts another value of the same currency.
   *
   * @param other the value to subtract, same currency
   * @return the difference
   * @throws IllegalArgumentException when other is null or in another currency
   */
  public Money minus(Money other) {
    requireSameCurrency(other, "minus");
    return new Money(amount.subtract(other.amount), currency);
  }

  /**
   * Returns the value with the opposite sign.
   *
   * @return the negated value
   */
  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  /**
   * Tells whether the amount is zero, whatever its scale.
   *
   * @return true for 0, 0.00 and the like
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Returns the sign of the amount.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return amount.signum();
  }

  /**
   * Returns the value rounded (half-even, as banks do) to the currency's minor digits, e.g.
   * two for EUR and zero for KRW; currencies without minor digits defined are left as they are.
   *
   * @return the scaled value
   */
  public Money scaled() {
    int digits = currency.getDefaultFractionDigits();
    return digits < 0 ? this : new Money(amount.setScale(digits, RoundingMode.HALF_EVEN), currency);
  }

  /**
   * Orders values of the same currency by amount.
   *
   * @param other a value of the same currency
   * @return negative, zero or positive
   * @throws IllegalArgumentException when other is null or in another currency
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other, "compareTo");
    return amount.compareTo(other.amount);
  }

  /** Equal when the currency is the same and the amounts are numerically equal. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Money)) {
      return false;
    }
    Money m = (Money) o;
    return currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, amount.stripTrailingZeros());
  }

  /**
   * Returns the amount as a plain decimal with at least the currency's minor digits.
   *
   * @return the amount text, e.g. {@code 1234.50} for 1234.5 EUR
   */
  public String amountText() {
    int digits = currency.getDefaultFractionDigits();
    BigDecimal shown = digits >= 0 && amount.scale() < digits ? amount.setScale(digits) : amount;
    return shown.toPlainString();
  }

  /** Returns e.g. {@code 1234.50 EUR}. */
  @Override
  public String toString() {
    return amountText() + " " + currency.getCurrencyCode();
  }

  private void requireSameCurrency(Money other, String operation) {
    if (other == null) {
      throw new IllegalArgumentException("other must not be null for " + operation);
    }
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot " + operation + " money in different currencies: "
          + currency.getCurrencyCode() + " and " + other.currency.getCurrencyCode());
    }
  }

  private static BigDecimal parseAmount(String amount) {
    if (amount == null || amount.isBlank()) {
      throw new IllegalArgumentException("amount must be a decimal number such as 1234.50, was "
          + (amount == null ? "null" : "blank"));
    }
    if (amount.length() > MAX_DIGITS + 20) {
      throw new IllegalArgumentException("amount must have at most " + MAX_DIGITS + " digits");
    }
    try {
      return new BigDecimal(amount.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("amount must be a decimal number such as 1234.50, was '"
          + amount + "'", e);
    }
  }

  private static final java.util.regex.Pattern ISO_CODE = java.util.regex.Pattern.compile("[A-Z]{3}");

  private static Currency parseCurrency(String code) {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code such as EUR, was "
          + (code == null ? "null" : "blank"));
    }
    if (!ISO_CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code of three upper-case "
          + "letters such as EUR, was '" + code + "'");
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("currency must be a known ISO 4217 code such as EUR, was '"
          + code + "'", e);
    }
  }
}
