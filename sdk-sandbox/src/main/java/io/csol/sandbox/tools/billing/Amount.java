package io.csol.sandbox.tools.billing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An exact money amount held in minor units of its currency (cents, or whole won for KRW), so
 * sums never round; written on the wire with the currency's minor digits.
 */
public record Amount(long minor, String currency) {

  public Amount {
    Objects.requireNonNull(currency, "currency");
  }

  /** Returns the minor digits of a currency: 0 for KRW, 2 for the others the sandbox uses. */
  static int digits(String currency) {
    return "KRW".equals(currency) || "JPY".equals(currency) ? 0 : 2;
  }

  static Amount zero(String currency) {
    return new Amount(0, currency);
  }

  Amount plus(Amount other) {
    requireSameCurrency(other);
    return new Amount(Math.addExact(minor, other.minor), currency);
  }

  Amount minus(Amount other) {
    requireSameCurrency(other);
    return new Amount(Math.subtractExact(minor, other.minor), currency);
  }

  Amount negate() {
    return new Amount(-minor, currency);
  }

  Amount abs() {
    return minor < 0 ? negate() : this;
  }

  boolean isZero() {
    return minor == 0;
  }

  /** Returns the amount as a decimal with exactly the currency's minor digits. */
  BigDecimal decimal() {
    return BigDecimal.valueOf(minor, digits(currency));
  }

  /** Returns the plain decimal string, e.g. {@code "1234.50"} or {@code "150000"} for KRW. */
  String plain() {
    return decimal().toPlainString();
  }

  /** Returns the wire form {@code {"amount":"1234.50","currency":"EUR"}}. */
  Map<String, Object> toWire() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("amount", plain());
    map.put("currency", currency);
    return map;
  }

  private void requireSameCurrency(Amount other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("currencies differ: " + currency + " and " + other.currency);
    }
  }
}
