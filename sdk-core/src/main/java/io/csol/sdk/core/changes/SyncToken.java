package io.csol.sdk.core.changes;

import java.util.Objects;

/**
 * An opaque position in a changes feed, as the server issued it ({@code nextSince}).
 *
 * <p>Store {@link #value()} after a sync run and pass {@code SyncToken.of(stored)} to the next
 * run. Immutable; {@link #toString()} returns the value, so it can be stored as is.
 */
public final class SyncToken {
  private final String value;

  private SyncToken(String value) {
    this.value = value;
  }

  /**
   * Wraps a token previously returned by {@link #value()}.
   *
   * @param value the stored token, not blank, at most 2048 characters
   * @return the token
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank or too long
   */
  public static SyncToken of(String value) {
    Objects.requireNonNull(value, "value must not be null");
    if (value.isBlank() || value.length() > 2048) {
      throw new IllegalArgumentException(
          "value must be a non-blank token of at most 2048 characters as issued by the server");
    }
    return new SyncToken(value);
  }

  /**
   * Returns the token as the server issued it.
   *
   * @return the opaque value
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SyncToken && ((SyncToken) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
