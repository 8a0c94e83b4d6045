package io.csol.sdk.core.auth;

import io.csol.sdk.core.bridge.CredentialsAccess;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.error.AuthenticationException;
import io.csol.sdk.core.error.TransportException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Caches the bearer token and renews it before it expires, with exactly one token request in
 * flight however many threads find it stale (single-flight: lock plus double check).
 *
 * <p>Renewal uses the refresh token when there is one, else the full grant; a rejected refresh
 * token falls back to the full grant once. Thread-safe.
 */
public final class TokenManager {
  private final Credentials credentials;
  private final TokenEndpoint endpoint;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile AccessToken current;

  /**
   * Creates a manager; no request is made until {@link #token(Duration)} is first called.
   *
   * @param credentials how to sign in, not null
   * @param endpoint performs token requests, not null
   * @param clock decides freshness, not null
   */
  public TokenManager(Credentials credentials, TokenEndpoint endpoint, Clock clock) {
    this.credentials = Objects.requireNonNull(credentials, "credentials must not be null");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  /**
   * Returns a fresh token, requesting one if the cached token is missing or due for renewal.
   *
   * @param budget how long the caller may wait (for another thread's renewal or its own), positive
   * @return the token
   * @throws AuthenticationException when the credentials are rejected
   * @throws TransportException when the budget runs out while waiting for another renewal
   */
  public AccessToken token(Duration budget) {
    Objects.requireNonNull(budget, "budget must not be null");
    AccessToken t = current;
    if (t != null && t.freshAt(clock.instant())) {
      return t;
    }
    acquire(budget);
    try {
      t = current;
      if (t != null && t.freshAt(clock.instant())) {
        return t; // another thread renewed it while this one waited
      }
      AccessToken renewed = renew(t, budget);
      current = renewed;
      return renewed;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Marks {@code rejected} as unusable (the server answered 401 to it); the next
   * {@link #token(Duration)} renews. A token already replaced by another thread is left alone.
   *
   * @param rejected the token the server rejected, not null
   */
  public void invalidate(AccessToken rejected) {
    Objects.requireNonNull(rejected, "rejected must not be null");
    lock.lock();
    try {
      if (current != null && current.value().equals(rejected.value())) {
        current = current.invalidated();
      }
    } finally {
      lock.unlock();
    }
  }

  private void acquire(Duration budget) {
    try {
      if (!lock.tryLock(Math.max(1, budget.toMillis()), TimeUnit.MILLISECONDS)) {
        throw new TransportException("timeout: sign-in by another thread did not finish within "
            + budget, null, false, null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted while waiting for sign-in", null, false, e);
    }
  }

  private AccessToken renew(AccessToken stale, Duration budget) {
    if (credentials.kind() == Credentials.Kind.TOKEN_PROVIDER) {
      return endpoint.exchange(Map.of(), budget); // the provider: no grant, no form
    }
    if (stale != null && stale.refreshToken().isPresent()) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("grant_type", "refresh_token");
      form.put("refresh_token", stale.refreshToken().get());
      try {
        return endpoint.exchange(form, budget);
      } catch (AuthenticationException e) {
        // refresh token expired or revoked: sign in again with the credentials
        current = null;
      }
    }
    return endpoint.exchange(grantForm(), budget);
  }

  private Map<String, String> grantForm() {
    Map<String, String> form = new LinkedHashMap<>();
    char[] secret = CredentialsAccess.secret(credentials);
    try {
      if (credentials.kind() == Credentials.Kind.PASSWORD) {
        form.put("grant_type", "password");
        form.put("username", credentials.identity());
        form.put("password", new String(secret));
      } else {
        form.put("grant_type", "client_credentials");
        form.put("client_id", credentials.identity());
        form.put("client_secret", new String(secret));
      }
    } finally {
      Arrays.fill(secret, '\0');
    }
    return form;
  }

  @Override
  public String toString() {
    return "TokenManager[" + credentials + "]";
  }
}
