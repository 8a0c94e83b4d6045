package io.csol.sandbox.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issued access and refresh tokens: random opaque strings with an expiry on the sandbox clock.
 * Refresh tokens rotate (each can be used once). Tokens survive a sandbox reset so a client that
 * is shared across tests keeps working. Thread-safe.
 */
public final class TokenStore {

    /** How long a refresh token lives. */
    public static final Duration REFRESH_TTL = Duration.ofDays(1);

    private record Issued(String subject, Instant expiresAt) { }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> access = new ConcurrentHashMap<>();
    private final Map<String, Issued> refresh = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration ttl;

    /** Creates a store whose access tokens live {@code ttl} on {@code clock}. */
    public TokenStore(Clock clock, Duration ttl) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
    }

    /** Returns the access token lifetime. */
    public Duration ttl() {
        return ttl;
    }

    /** Issues an access token for a subject. */
    public String issueAccess(String subject) {
        String token = newToken();
        access.put(token, new Issued(subject, clock.instant().plus(ttl)));
        return token;
    }

    /** Issues a refresh token for a subject. */
    public String issueRefresh(String subject) {
        String token = newToken();
        refresh.put(token, new Issued(subject, clock.instant().plus(REFRESH_TTL)));
        return token;
    }

    /** Returns the subject of a valid access token; expired tokens are forgotten. */
    public Optional<String> subjectOfAccess(String token) {
        return valid(access, token, false);
    }

    /** Uses up a refresh token and returns its subject if it was valid. */
    public Optional<String> redeemRefresh(String token) {
        return valid(refresh, token, true);
    }

    private Optional<String> valid(Map<String, Issued> tokens, String token, boolean remove) {
        if (token == null) {
            return Optional.empty();
        }
        Issued issued = remove ? tokens.remove(token) : tokens.get(token);
        if (issued == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(issued.expiresAt())) {
            tokens.remove(token);
            return Optional.empty();
        }
        return Optional.of(issued.subject());
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
