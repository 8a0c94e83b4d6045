package io.csol.sdk.statements;

import java.util.Objects;

/** Argument checks shared by this package; messages name the parameter and what is accepted. */
final class Check {
  private Check() {
  }

  /** Requires a non-blank id that is usable as one path segment. */
  static String id(String param, String value) {
    Objects.requireNonNull(value, param + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(param + " must be a non-blank id, was blank");
    }
    if (value.length() > 64 || !value.equals(value.strip())) {
      throw new IllegalArgumentException(
          param + " must be 1..64 characters without leading or trailing spaces");
    }
    if (value.equals(".") || value.equals("..")) {
      // A dot segment would be normalised away by the HTTP stack and hit another route.
      throw new IllegalArgumentException(param + " must not be '.' or '..'");
    }
    return value;
  }

  /** Requires an id that is not one of the collection's literal sub-routes (e.g. "export"). */
  static String id(String param, String value, java.util.Set<String> reserved) {
    id(param, value);
    if (reserved.contains(value)) {
      throw new IllegalArgumentException(param + " must be a record id, not the route name '"
          + value + "'");
    }
    return value;
  }

  /** Requires {@code min <= value <= max}. */
  static int range(String param, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          param + " must be " + min + ".." + max + ", was " + value);
    }
    return value;
  }

  /** Requires an ISO 4217 code such as {@code EUR}. */
  static String currency(String param, String value) {
    return letters(param, value, 3, "an ISO 4217 code such as EUR");
  }

  private static String letters(String param, String value, int length, String accepted) {
    Objects.requireNonNull(value, param + " must not be null");
    boolean ok = value.length() == length;
    for (int i = 0; ok && i < length; i++) {
      char c = value.charAt(i);
      ok = c >= 'A' && c <= 'Z';
    }
    if (!ok) {
      throw new IllegalArgumentException(param + " must be " + accepted + " (upper case)");
    }
    return value;
  }
}
