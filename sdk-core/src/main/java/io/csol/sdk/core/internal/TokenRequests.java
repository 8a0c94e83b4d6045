package io.csol.sdk.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.csol.sdk.core.auth.AccessToken;
import io.csol.sdk.core.auth.TokenEndpoint;
import io.csol.sdk.core.auth.TokenManager;
import io.csol.sdk.core.error.ResponseDecodingException;
import io.csol.sdk.core.error.TransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * {@code POST /v1/oauth/token} through the pipeline, so 5xx and I/O failures get the same retry
 * policy as every call; a 401 surfaces as AuthenticationException (not API).
 */
final class TokenRequests implements TokenEndpoint {
  static final String PATH = "/v1/oauth/token";
  /** Longer lifetimes are cut to this: renewing daily costs nothing, 10^18 s overflows Instant. */
  static final long MAX_TTL_SECONDS = 24 * 60 * 60;

  private final Pipeline pipeline;
  private final Clock clock;
  private final Duration skew;

  TokenRequests(Pipeline pipeline, Clock clock, Duration skew) {
    this.pipeline = pipeline;
    this.clock = clock;
    this.skew = skew;
  }

  @Override
  public AccessToken exchange(Map<String, String> form, Duration budget) {
    Instant sent = clock.instant();
    Exchange ex = pipeline.executeForm(PATH, Requests.form(form), budget);
    JsonNode json = Pipeline.decode(ex, JsonNode.class);
    String token = text(json, "access_token");
    if (token == null || token.isEmpty() || !json.path("expires_in").canConvertToLong()) {
      // the message names the missing members only; the body holds secrets
      throw new ResponseDecodingException("token response lacks access_token or expires_in",
          ex.status(), ex.requestId(), null);
    }
    long ttl = Math.min(MAX_TTL_SECONDS, Math.max(1, json.path("expires_in").asLong()));
    // renew `skew` before expiry, but never sooner than half-way (short test TTLs)
    long early = Math.min(skew.getSeconds(), ttl / 2);
    return new AccessToken(token, text(json, "refresh_token"), sent.plusSeconds(ttl - early),
        sent.plusSeconds(ttl));
  }

  /** The call's token within its remaining budget; failures without a request id get the call's. */
  static AccessToken token(TokenManager tokens, CallContext ctx, Clock clock) {
    try {
      return tokens.token(ctx.remaining(clock));
    } catch (TransportException e) {
      if (e.requestId().isPresent()) {
        throw e;
      }
      throw new TransportException(e.getMessage(), ctx.requestId, false, e);
    }
  }

  private static String text(JsonNode json, String field) {
    JsonNode n = json == null ? null : json.get(field);
    return n == null || !n.isTextual() ? null : n.asText();
  }
}
