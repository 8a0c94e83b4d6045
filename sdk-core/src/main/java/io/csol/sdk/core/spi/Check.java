package io.csol.sdk.core.spi;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Argument checks for tool modules, not application code; every message names the parameter
 * and what is accepted, so a caller can fix the call without reading the source. Each method
 * returns the checked value.
 */
public final class Check {
  // Deliberately simple: one '@', no spaces, a dot in the domain. The server decides the rest.
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s\"(),:;<>\\[\\]\\\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
          + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

  private Check() {
  }

  /**
   * Requires a non-blank id of 1..64 characters that is usable as one path segment: no
   * {@code /} or {@code \}, no control characters, not {@code .} or {@code ..}. (To use an id
   * as a file name, see {@code io.csol.sdk.core.FileNames}, which is stricter.)
   *
   * @param param the parameter name used in messages
   * @param value the value to check
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, too long, padded, a dot segment,
   *     or holds a slash, backslash or control character
   */
  public static String id(String param, String value) {
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
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '/' || c == '\\' || Character.isISOControl(c)) {
        // a slash would change the route (or, used as a file name, the folder)
        throw new IllegalArgumentException(param + " must be one path segment: no '/', '\\'"
            + " or control characters (position " + i + ")");
      }
    }
    return value;
  }

  /**
   * Requires an id (see {@link #id(String, String)}) that is not one of the collection's
   * literal sub-routes (e.g. "export").
   *
   * @param param the parameter name used in messages
   * @param value the value to check
   * @param reserved the route names beside the collection's item route
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid id or is a route name
   */
  public static String id(String param, String value, Set<String> reserved) {
    id(param, value);
    if (reserved.contains(value)) {
      throw new IllegalArgumentException(param + " must be a record id, not the route name '"
          + value + "'");
    }
    return value;
  }

  /**
   * Requires non-blank text of at most {@code max} characters.
   *
   * @param param the parameter name used in messages
   * @param value the value to check
   * @param max the most characters allowed
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank or too long
   */
  public static String text(String param, String value, int max) {
    Objects.requireNonNull(value, param + " must not be null");
    if (value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(param + " must be 1.." + max
          + " characters and not blank, was " + (value.isBlank() ? "blank" : value.length()));
    }
    return value;
  }

  /**
   * Requires a plausible e-mail address (the server decides the rest).
   *
   * @param param the parameter name used in messages, e.g. {@code recipients[2]}
   * @param value the value to check
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not an e-mail address
   */
  public static String email(String param, String value) {
    Objects.requireNonNull(value, param + " must not be null");
    if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
      throw new IllegalArgumentException(
          param + " must be an e-mail address such as name@example.com");
    }
    return value;
  }

  /**
   * Requires {@code min <= value <= max}.
   *
   * @param param the parameter name used in messages
   * @param value the value to check
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is out of range; the message names it
   */
  public static int range(String param, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          param + " must be " + min + ".." + max + ", was " + value);
    }
    return value;
  }

  /**
   * Requires an upper-case ISO 3166-1 alpha-2 code such as {@code SE}.
   *
   * @param param the parameter name used in messages
   * @param value the value to check
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not two upper-case letters
   */
  public static String country(String param, String value) {
    return letters(param, value, 2, "an ISO 3166-1 alpha-2 code such as SE");
  }

  /**
   * Requires an upper-case ISO 4217 code such as {@code EUR}.
   *
   * @param param the parameter name used in messages
   * @param value the value to check
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not three upper-case letters
   */
  public static String currency(String param, String value) {
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
