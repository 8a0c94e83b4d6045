package io.csol.sdk.core.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A bearer token with the moment it should be renewed and its expiry.
 *
 * <p>Immutable. {@link #toString()} never shows the token values.
 */
public final class AccessToken {
  private final String value;
  private final String refreshToken;
  private final Instant refreshAt;
  private final Instant expiresAt;

  /**
   * Creates a token.
   *
   * @param value the access token, non-empty
   * @param refreshToken the refresh token, or null (client-credentials grant has none)
   * @param refreshAt when to renew proactively
   * @param expiresAt when the server stops accepting it
   */
  public AccessToken(String value, String refreshToken, Instant refreshAt, Instant expiresAt) {
    Objects.requireNonNull(value, "value must not be null");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("value must be non-empty");
    }
    this.value = value;
    this.refreshToken = refreshToken == null || refreshToken.isEmpty() ? null : refreshToken;
    this.refreshAt = Objects.requireNonNull(refreshAt, "refreshAt must not be null");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt must not be null");
  }

  /** @return the bearer token value (for the Authorization header only) */
  public String value() {
    return value;
  }

  /** @return the refresh token, if the grant returned one */
  public Optional<String> refreshToken() {
    return Optional.ofNullable(refreshToken);
  }

  /** @return when the token should be renewed */
  public Instant refreshAt() {
    return refreshAt;
  }

  /** @return when the token expires */
  public Instant expiresAt() {
    return expiresAt;
  }

  /**
   * Tells whether the token can still be used without renewing.
   *
   * @param now the current instant
   * @return true before {@link #refreshAt()}
   */
  public boolean freshAt(Instant now) {
    return now.isBefore(refreshAt);
  }

  /**
   * Returns a copy that is already due for renewal (its refresh token is kept).
   *
   * @return the stale copy
   */
  public AccessToken invalidated() {
    return new AccessToken(value, refreshToken, Instant.MIN, Instant.MIN);
  }

  @Override
  public String toString() {
    return "AccessToken[value=****, refreshToken=" + (refreshToken == null ? "none" : "****")
        + ", expiresAt=" + expiresAt + "]";
  }
}
