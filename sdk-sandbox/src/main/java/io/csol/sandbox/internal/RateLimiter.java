package io.csol.sandbox.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Token buckets per principal on the sandbox clock: capacity and refill both {@code perSecond}. */
public final class RateLimiter {

  /** The outcome of taking one token. */
  public record Result(boolean allowed, int limit, int remaining, long resetSeconds, long retryAfterSeconds) { }

  private static final class Bucket {
    double tokens;
    long lastMillis;
  }

  private final int perSecond;
  private final Clock clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** Creates a limiter; {@code perSecond} 0 turns it off. */
  public RateLimiter(int perSecond, Clock clock) {
    this.perSecond = perSecond;
    this.clock = clock;
  }

  /** Tells whether a limit is configured. */
  public boolean enabled() {
    return perSecond > 0;
  }

  /** Takes one token from the bucket of {@code key}. */
  public Result take(String key) {
    Bucket b = buckets.computeIfAbsent(key, k -> {
      Bucket n = new Bucket();
      n.tokens = perSecond;
      n.lastMillis = clock.millis();
      return n;
    });
    synchronized (b) {
      long now = clock.millis();
      if (now > b.lastMillis) {
        b.tokens = Math.min(perSecond, b.tokens + (now - b.lastMillis) * perSecond / 1000.0);
        b.lastMillis = now;
      }
      boolean allowed = b.tokens >= 1;
      if (allowed) {
        b.tokens -= 1;
      }
      long reset = (long) Math.ceil((perSecond - b.tokens) / perSecond);
      long retryAfter = allowed ? 0 : Math.max(1, (long) Math.ceil((1 - b.tokens) / perSecond));
      return new Result(allowed, perSecond, (int) Math.floor(b.tokens), reset, retryAfter);
    }
  }
}
