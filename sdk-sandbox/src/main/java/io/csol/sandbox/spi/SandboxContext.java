package io.csol.sandbox.spi;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * What a {@link ToolModule} gets from the server: seed, scale, clock, world and shared state, and
 * where the access module plugs in sign-in ({@link #authenticator(Authenticator)}).
 */
public interface SandboxContext {

  /** Returns the seed every generated value derives from. */
  long seed();

  /** Returns the data scale (1 = default sizes). */
  int scale();

  /** Returns the sandbox clock (settable through {@code /_sandbox/clock}). */
  Clock clock();

  /** Returns the seeded world. */
  SandboxWorld world();

  /**
   * Returns the key to sign cursors and other tokens with: 32 random bytes drawn when the server
   * starts (a copy). It stays the same across resets, so a cursor survives a reset of the same
   * data, but a cursor from another server instance, even with the same seed, is rejected and
   * nobody can forge one from the seed. The data itself still derives from the seed only.
   */
  byte[] cursorKey();

  /**
   * Returns the one instance of {@code type} for the current server state, creating it with
   * {@code factory} the first time; a reset starts a new state, so instances are recreated.
   */
  <T> T shared(Class<T> type, Supplier<T> factory);

  /**
   * Sets how this server state turns a bearer token into a {@link Principal}: the access module
   * does, when it registers. Until one is set, no token is valid.
   */
  void authenticator(Authenticator authenticator);
}
