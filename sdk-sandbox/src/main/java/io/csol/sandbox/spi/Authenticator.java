package io.csol.sandbox.spi;

import java.util.Optional;

/** Turns a bearer token into a principal (implemented by the access tool). */
@FunctionalInterface
public interface Authenticator {

  /** Returns the principal of a valid, unexpired access token. */
  Optional<Principal> authenticate(String accessToken);
}
