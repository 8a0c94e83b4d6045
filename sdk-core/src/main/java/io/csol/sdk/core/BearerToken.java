package io.csol.sdk.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token that a {@link TokenProvider} brings from elsewhere (a vault, another sign-in),
 * with the instant it stops being accepted.
 *
 * <p>Immutable. {@link #toString()} never shows the token value.
 */
public final class BearerToken {
  private final String value;
  private final Instant expiresAt;

  private BearerToken(String value, Instant expiresAt) {
    this.value = value;
    this.expiresAt = expiresAt;
  }

  /**
   * Creates a token.
   *
   * @param value the token as sent after {@code Authorization: Bearer}, non-blank, without
   *     whitespace or control characters
   * @param expiresAt when the server stops accepting it, not null; the SDK asks the provider for a
   *     new token shortly before
   * @return the token
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code value} is blank or holds whitespace or control
   *     characters (it would break the header)
   */
  public static BearerToken of(String value, Instant expiresAt) {
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(expiresAt, "expiresAt must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value must be a non-blank token");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c >= 127) {
        // the token is not echoed: it is a secret
        throw new IllegalArgumentException("value must be visible ASCII without whitespace"
            + " (character at index " + i + " is not)");
      }
    }
    return new BearerToken(value, expiresAt);
  }

  /** @return the token value, for the {@code Authorization} header only */
  public String value() {
    return value;
  }

  /** @return when the server stops accepting the token */
  public Instant expiresAt() {
    return expiresAt;
  }

  @Override
  public String toString() {
    return "BearerToken[value=****, expiresAt=" + expiresAt + "]";
  }
}
