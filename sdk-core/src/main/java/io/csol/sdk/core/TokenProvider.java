package io.csol.sdk.core;

/**
 * Brings the bearer token the client sends, instead of letting the SDK sign in with a password or
 * client secret: a token from a vault, from another sign-in (an identity provider the application
 * already talks to), or from a sidecar.
 *
 * <p>The SDK calls {@link #token()} when it has no token yet, shortly before the last one expires
 * (30 s before, or half-way through a shorter lifetime), and once more when the server answered
 * 401 to the last one: then it expects a different token and replays the call once with it. Calls
 * are single-flight (one at a time per client), so an implementation need not be thread-safe
 * against itself, but it may be called from any thread.
 *
 * <pre>{@code
 * Credentials.tokenProvider(() -> {
 *   VaultSecret s = vault.read("csol/token");
 *   return BearerToken.of(s.value(), s.expiresAt());
 * });
 * }</pre>
 */
@FunctionalInterface
public interface TokenProvider {

  /**
   * Returns a token to send; a fresh one when the SDK calls again after a 401.
   *
   * @return the token, not null
   * @throws RuntimeException when no token can be had; the call fails with a
   *     {@link io.csol.sdk.core.error.CsolException} whose cause is this exception
   */
  BearerToken token();
}
