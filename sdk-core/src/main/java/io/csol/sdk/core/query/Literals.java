package io.csol.sdk.core.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Writes Java values as literals of the query language. */
final class Literals {

  private static final Instant MIN_INSTANT = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private Literals() {}

  /** A string literal: single quotes, a quote inside doubled, nothing else escaped. */
  static String string(String call, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        // An unpaired surrogate cannot be sent as UTF-8; it would silently become '?'.
        throw new IllegalArgumentException(call + ": value holds an unpaired UTF-16 surrogate at index " + i);
      }
    }
    return "'" + value.replace("'", "''") + "'";
  }

  /** A number literal: plain decimal notation, never an exponent. */
  static String number(BigDecimal value) {
    return value.toPlainString();
  }

  /** A date literal {@code YYYY-MM-DD}; the grammar has four-digit years only. */
  static String date(String call, LocalDate value) {
    if (value.getYear() < 0 || value.getYear() > 9999) {
      throw new IllegalArgumentException(call + ": year must be 0000 to 9999, was " + value);
    }
    return value.toString();
  }

  /** A date-time literal in UTC ({@code Z} form), with fractional seconds only when non-zero. */
  static String instant(String call, Instant value) {
    if (value.isBefore(MIN_INSTANT) || value.isAfter(MAX_INSTANT)) {
      throw new IllegalArgumentException(call + ": year must be 0000 to 9999, was " + value);
    }
    return value.toString();
  }

  /** An enum literal: the bare constant name, which must fit the grammar and not be UNKNOWN. */
  static String enumName(String call, Enum<?> value) {
    String name = value.name();
    if ("UNKNOWN".equals(name)) {
      throw new IllegalArgumentException(call + ": UNKNOWN stands for values this SDK does not know "
          + "and cannot be used in a filter");
    }
    if (!name.matches("[A-Z][A-Z0-9_]*")) {
      throw new IllegalArgumentException(call + ": enum constant " + name
          + " is not an upper-case name the query language accepts");
    }
    return name;
  }
}
