package io.csol.sdk.core.bridge;

import java.util.Objects;
import java.util.function.Function;

/**
 * Lets the sign-in code read a password or client secret without a public accessor on {@code
 * Credentials}: an application that holds a {@code Credentials} (its own, or one handed to it)
 * cannot read the secret back. Not exported, not API. Typed {@code Object} so that this package
 * does not depend on the root package, which installs its side.
 */
public final class CredentialsAccess {
  private static volatile Function<Object, char[]> secrets;

  static {
    // Credentials installs its side when it is initialised; make sure it is, by name
    try {
      Class.forName("io.csol.sdk.core.Credentials", true, CredentialsAccess.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private CredentialsAccess() {
  }

  /**
   * Installs the reader; called once from {@code Credentials}' static initializer.
   *
   * @param reader returns a fresh copy of a credentials' secret, not null
   */
  public static synchronized void install(Function<Object, char[]> reader) {
    Objects.requireNonNull(reader, "reader must not be null");
    if (secrets == null) {
      secrets = reader;
    }
  }

  /**
   * Returns a fresh copy of the password or client secret; the caller wipes it after use.
   *
   * @param credentials the credentials, not null
   * @return the copy (empty for a token provider)
   */
  public static char[] secret(Object credentials) {
    Objects.requireNonNull(credentials, "credentials must not be null");
    return secrets.apply(credentials);
  }
}
