package io.csol.sdk.core;

import io.csol.sdk.core.bridge.CredentialsAccess;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the client signs in: a person's username and password, a machine client's id and secret
 * (given, or read from the environment with {@link #fromEnvironment()}), or a bearer token the
 * application brings itself ({@link #tokenProvider(TokenProvider)}).
 *
 * <p>Passwords and secrets are {@code char[]}, not {@code String}: a {@code String} is immutable
 * and interned strings live until the JVM ends, so a secret in one stays readable in memory (and
 * in heap dumps) long after use; an array can be wiped. The SDK copies the array on creation (so
 * the caller may wipe its own at once), copies it again for each token request and wipes that copy.
 *
 * <p>Immutable and thread-safe. The secret never appears in {@link #toString()}, logs or
 * exception messages.
 */
public final class Credentials {
  static {
    // the sign-in code (another package) reads the secret through this bridge only
    CredentialsAccess.install(c -> ((Credentials) c).secret());
  }

  /** The OAuth grant these credentials use. */
  public enum Kind {
    /** {@code grant_type=password} with username and password (people). */
    PASSWORD,
    /** {@code grant_type=client_credentials} with client id and secret (jobs). */
    CLIENT_CREDENTIALS,
    /** A bearer token from the application's {@link TokenProvider}; the SDK never signs in. */
    TOKEN_PROVIDER
  }

  /** The environment variable holding the machine client's id. */
  public static final String ENV_CLIENT_ID = "CSOL_CLIENT_ID";
  /** The environment variable holding the machine client's secret. */
  public static final String ENV_CLIENT_SECRET = "CSOL_CLIENT_SECRET";

  private final Kind kind;
  private final String identity;
  private final char[] secret;
  private final TokenProvider provider;

  private Credentials(Kind kind, String identity, char[] secret, TokenProvider provider) {
    this.kind = kind;
    this.identity = identity;
    this.secret = secret;
    this.provider = provider;
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
        nonEmpty("password", password), null);
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
        nonEmpty("clientSecret", clientSecret), null);
  }

  /**
   * Creates credentials that send the bearer token {@code provider} returns, for a token kept in a
   * vault or obtained by another sign-in. The SDK asks for a token when it has none or the last
   * one is about to expire, and again after the server answered 401 to it.
   *
   * @param provider returns the token to send, not null
   * @return the credentials
   * @throws NullPointerException if {@code provider} is null
   */
  public static Credentials tokenProvider(TokenProvider provider) {
    Objects.requireNonNull(provider, "provider must not be null");
    return new Credentials(Kind.TOKEN_PROVIDER, "token-provider", new char[0], provider);
  }

  /**
   * Reads machine-client credentials from the environment variables {@value #ENV_CLIENT_ID} and
   * {@value #ENV_CLIENT_SECRET}, the usual way to hand a secret to a container or CI job.
   *
   * @return client-credentials-grant credentials
   * @throws IllegalStateException naming the variable that is not set or blank (never its value)
   */
  public static Credentials fromEnvironment() {
    return fromEnvironment(System::getenv);
  }

  /**
   * Reads machine-client credentials from {@value #ENV_CLIENT_ID} and {@value #ENV_CLIENT_SECRET}
   * through {@code environment}, e.g. a map's {@code get} in tests or a secrets file's lookup.
   *
   * @param environment returns a variable's value, or null when it is not set; not null
   * @return client-credentials-grant credentials
   * @throws NullPointerException if {@code environment} is null
   * @throws IllegalStateException naming the variable that is not set or blank (never its value)
   */
  public static Credentials fromEnvironment(Function<String, String> environment) {
    Objects.requireNonNull(environment, "environment must not be null");
    String id = variable(environment, ENV_CLIENT_ID);
    String secret = variable(environment, ENV_CLIENT_SECRET);
    char[] chars = secret.toCharArray();
    try {
      return clientCredentials(id.strip(), chars);
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  private static String variable(Function<String, String> environment, String name) {
    String value = environment.apply(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("environment variable " + name + " is "
          + (value == null ? "not set" : "blank") + "; set " + ENV_CLIENT_ID + " and "
          + ENV_CLIENT_SECRET + " to the machine client's id and secret");
    }
    return value;
  }

  /** @return which grant these credentials use */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the application's token provider, present for {@link Kind#TOKEN_PROVIDER} only.
   *
   * @return the provider
   */
  public Optional<TokenProvider> tokenProvider() {
    return Optional.ofNullable(provider);
  }

  /** @return the username or client id (not secret); {@code token-provider} for a provider */
  public String identity() {
    return identity;
  }

  /**
   * Returns a copy of the password or client secret, for the token request only.
   *
   * <p>Callers should wipe the returned array after use.
   *
   * @return a fresh copy of the secret (empty for {@link Kind#TOKEN_PROVIDER})
   */
  char[] secret() {
    return secret.clone();
  }

  @Override
  public String toString() {
    return "Credentials[kind=" + kind + ", identity=" + identity
        + (provider == null ? ", secret=****]" : "]");
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
