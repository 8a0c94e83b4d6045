package io.csol.sandbox.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issued access and refresh tokens: random opaque strings with an expiry on the sandbox clock.
 * Refresh tokens rotate (each can be used once). Tokens survive a sandbox reset so a client that
 * is shared across tests keeps working. Thread-safe.
 *
 * <p>Expired tokens are purged as new ones are issued (at most once a minute of sandbox time, or
 * when a map is full), and each map is capped at {@link #MAX_TOKENS} (give or take the tokens
 * being issued at that instant): a long-running sandbox whose clients sign in again and again
 * must not grow without bound.
 */
public final class TokenStore {

  /** How long a refresh token lives. */
  public static final Duration REFRESH_TTL = Duration.ofDays(1);

  /** The most access (and, separately, refresh) tokens kept; past it the soonest to expire goes first. */
  public static final int MAX_TOKENS = 100_000;
  private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

  private record Issued(String subject, Instant expiresAt) { }

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Issued> access = new ConcurrentHashMap<>();
  private final Map<String, Issued> refresh = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration ttl;
  private Instant nextPurge = Instant.MIN; // guarded by this

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
    Instant now = clock.instant();
    makeRoom(now);
    access.put(token, new Issued(subject, now.plus(ttl)));
    return token;
  }

  /** Issues a refresh token for a subject. */
  public String issueRefresh(String subject) {
    String token = newToken();
    Instant now = clock.instant();
    makeRoom(now);
    refresh.put(token, new Issued(subject, now.plus(REFRESH_TTL)));
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

  /** Returns how many access and refresh tokens are kept (expired ones not yet purged included). */
  int size() {
    return access.size() + refresh.size();
  }

  /** Purges expired tokens when due or when a map is full, then evicts from a map still full. */
  private synchronized void makeRoom(Instant now) {
    boolean full = access.size() >= MAX_TOKENS || refresh.size() >= MAX_TOKENS;
    if (full || !now.isBefore(nextPurge) || now.plus(PURGE_EVERY).isBefore(nextPurge)) {
      access.values().removeIf(issued -> !now.isBefore(issued.expiresAt()));
      refresh.values().removeIf(issued -> !now.isBefore(issued.expiresAt()));
      nextPurge = now.plus(PURGE_EVERY);
    }
    evictSoonestWhileFull(access);
    evictSoonestWhileFull(refresh);
  }

  private static void evictSoonestWhileFull(Map<String, Issued> tokens) {
    while (tokens.size() >= MAX_TOKENS) {
      tokens.entrySet().stream().min(Map.Entry.comparingByValue(
          Comparator.comparing(Issued::expiresAt))).ifPresent(e -> tokens.remove(e.getKey()));
    }
  }

  private String newToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
