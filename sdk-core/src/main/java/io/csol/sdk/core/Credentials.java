package io.csol.sdk.core;

import java.util.Arrays;
import java.util.Objects;

/**
 * How the client signs in: a person's username and password, or a machine client's id and secret.
 *
 * <p>Immutable and thread-safe. The secret is copied on creation (so the caller may wipe its own
 * array) and never appears in {@link #toString()}, logs or exception messages.
 */
public final class Credentials {
  /** The OAuth grant these credentials use. */
  public enum Kind {
    /** {@code grant_type=password} with username and password (people). */
    PASSWORD,
    /** {@code grant_type=client_credentials} with client id and secret (jobs). */
    CLIENT_CREDENTIALS
  }

  private final Kind kind;
  private final String identity;
  private final char[] secret;

  private Credentials(Kind kind, String identity, char[] secret) {
    this.kind = kind;
    this.identity = identity;
    this.secret = secret;
  }

  /**
   * Creates password-grant credentials for a person.
   *
   * @param username non-blank user name
   * @param password non-empty password; copied
   * @return the credentials
   */
  public static Credentials password(String username, char[] password) {
    return new Credentials(Kind.PASSWORD, nonBlank("username", username),
        nonEmpty("password", password));
  }

  /**
   * Creates client-credentials-grant credentials for a machine client.
   *
   * @param clientId non-blank client id
   * @param clientSecret non-empty secret; copied
   * @return the credentials
   */
  public static Credentials clientCredentials(String clientId, char[] clientSecret) {
    return new Credentials(Kind.CLIENT_CREDENTIALS, nonBlank("clientId", clientId),
        nonEmpty("clientSecret", clientSecret));
  }

  /** @return which grant these credentials use */
  public Kind kind() {
    return kind;
  }

  /** @return the username or client id (not secret) */
  public String identity() {
    return identity;
  }

  /**
   * Returns a copy of the password or client secret, for the token request only.
   *
   * <p>Callers should wipe the returned array after use.
   *
   * @return a fresh copy of the secret
   */
  public char[] secret() {
    return secret.clone();
  }

  @Override
  public String toString() {
    return "Credentials[kind=" + kind + ", identity=" + identity + ", secret=****]";
  }

  private static String nonBlank(String name, String v) {
    Objects.requireNonNull(v, name + " must not be null");
    if (v.isBlank()) {
      throw new IllegalArgumentException(name + " must be non-blank");
    }
    return v;
  }

  private static char[] nonEmpty(String name, char[] v) {
    Objects.requireNonNull(v, name + " must not be null");
    if (v.length == 0) {
      throw new IllegalArgumentException(name + " must be non-empty");
    }
    return Arrays.copyOf(v, v.length);
  }
}
