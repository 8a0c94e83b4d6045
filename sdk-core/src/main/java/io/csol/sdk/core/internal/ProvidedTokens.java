package io.csol.sdk.core.internal;

import io.csol.sdk.core.BearerToken;
import io.csol.sdk.core.TokenProvider;
import io.csol.sdk.core.auth.AccessToken;
import io.csol.sdk.core.auth.TokenEndpoint;
import io.csol.sdk.core.error.CsolException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The token "endpoint" of {@code Credentials.tokenProvider(...)}: asks the application's provider
 * instead of the server, so the token cache, its single-flight renewal and the 401 replay work
 * the same for every kind of credentials (not API).
 */
final class ProvidedTokens implements TokenEndpoint {
  private final TokenProvider provider;
  private final Clock clock;
  private final Duration skew;

  ProvidedTokens(TokenProvider provider, Clock clock, Duration skew) {
    this.provider = provider;
    this.clock = clock;
    this.skew = skew;
  }

  @Override
  public AccessToken exchange(Map<String, String> form, Duration budget) {
    BearerToken token;
    try {
      token = provider.token();
    } catch (RuntimeException e) {
      // the class only: a vault's message may quote what it was asked for
      throw new CsolException("the token provider failed: " + e.getClass().getName(), null, e);
    }
    if (token == null) {
      throw new CsolException("the token provider returned null; it must return a BearerToken",
          null, null);
    }
    Instant now = clock.instant();
    Instant expires = token.expiresAt();
    // renew `skew` before expiry, but never sooner than half-way; an expired token is still sent
    // once (the server's 401 then asks the provider again)
    Duration ttl = Duration.between(now, expires);
    Duration early = ttl.isNegative() ? Duration.ZERO
        : (skew.compareTo(ttl.dividedBy(2)) < 0 ? skew : ttl.dividedBy(2));
    Instant refreshAt = ttl.isNegative() || ttl.isZero() ? now.plusMillis(1) : expires.minus(early);
    return new AccessToken(token.value(), null, refreshAt, expires);
  }

  @Override
  public String toString() {
    return "ProvidedTokens";
  }
}
