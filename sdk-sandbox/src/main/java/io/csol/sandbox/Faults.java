package io.csol.sandbox;

import io.csol.sandbox.internal.FaultHook;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Fault injection, deterministic for a given seed and request order: latency, throttling and
 * server-error bursts, connection resets, cut or malformed bodies, slow bodies. Rules apply per
 * path glob (e.g. {@code /v1/invoices*}, or {@code *} for every route); never to
 * {@code /_sandbox/} routes and, unless a rule's glob names {@code /v1/oauth}, not to the token
 * route. Thread-safe.
 *
 * <p>Terminal rules (everything except LATENCY) are chosen once per request: a rule with
 * {@code times > 0} fires for the next {@code times} matching calls first; otherwise one random
 * draw picks among the probability rules (their probabilities add up, so
 * {@link #soakMix()} gives an exact mixture). LATENCY rules add their delay independently.
 */
public final class Faults {

  /** What a rule does. */
  public enum Kind {
    /** Adds {@code delayMillis} before the request is handled. */
    LATENCY,
    /** Answers {@code status} (429, 500, 502, 503, 504) without running the handler; Retry-After when set. */
    STATUS,
    /** Closes the connection before any response byte; the handler does not run. */
    RESET,
    /** Runs the handler (its effect takes place), then closes the connection without a response. */
    RESET_AFTER_HANDLER,
    /** Runs the handler, sends the headers (chunked) and half the body, then closes the connection. */
    RESET_MID_BODY,
    /** Runs the handler, announces the full Content-Length, sends half the body and closes. */
    TRUNCATED_BODY,
    /** Runs the handler and answers 200 with a complete, correctly sized, but malformed JSON body. */
    MALFORMED_JSON,
    /** Runs the handler and sends the body in small pieces spread over {@code delayMillis}. */
    SLOW_BODY
  }

  /**
   * A fault rule. {@code times > 0}: the next {@code times} matching calls; otherwise with
   * {@code probability} (0 means 1 = always). {@code path} null means every route.
   */
  public record Rule(String path, Kind kind, double probability, int times, int status,
             int retryAfterSeconds, long delayMillis) {
    /** Validates the rule. */
    public Rule {
      Objects.requireNonNull(kind, "kind");
      path = path == null || path.isBlank() ? "*" : path;
      if (probability < 0 || probability > 1) {
        throw new IllegalArgumentException("probability must be 0..1, was " + probability);
      }
      if (times < 0 || retryAfterSeconds < 0 || delayMillis < 0) {
        throw new IllegalArgumentException("times, retryAfterSeconds and delayMillis must be >= 0");
      }
      if (kind == Kind.STATUS && !List.of(429, 500, 502, 503, 504).contains(status)) {
        throw new IllegalArgumentException("status must be one of 429, 500, 502, 503, 504, was " + status);
      }
    }

    /** A rule adding latency to every matching call. */
    public static Rule latency(String path, Duration delay) {
      Objects.requireNonNull(delay, "delay");
      return new Rule(path, Kind.LATENCY, 0, 0, 0, 0, delay.toMillis());
    }

    /** A rule answering a status (429, 500, 502, 503, 504) on every matching call. */
    public static Rule status(String path, int status) {
      return new Rule(path, Kind.STATUS, 0, 0, status, 0, 0);
    }

    /** A rule of any kind that fires on every matching call (delay 1 s for SLOW_BODY). */
    public static Rule of(String path, Kind kind) {
      return new Rule(path, kind, 0, 0, kind == Kind.STATUS ? 503 : 0, 0, kind == Kind.SLOW_BODY ? 1000 : 0);
    }

    /** Returns a copy firing with this probability, 0..1. */
    public Rule probability(double p) {
      return new Rule(path, kind, p, 0, status, retryAfterSeconds, delayMillis);
    }

    /** Returns a copy firing for the next {@code n} matching calls only. */
    public Rule times(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("times must be >= 1, was " + n);
      }
      return new Rule(path, kind, 0, n, status, retryAfterSeconds, delayMillis);
    }

    /** Returns a copy sending {@code Retry-After: seconds}. */
    public Rule retryAfter(int seconds) {
      return new Rule(path, kind, probability, times, status, seconds, delayMillis);
    }

    /** Returns a copy with this delay (LATENCY, SLOW_BODY). */
    public Rule delay(Duration delay) {
      return new Rule(path, kind, probability, times, status, retryAfterSeconds, delay.toMillis());
    }
  }

  /** What to do to one request: extra latency and at most one terminal rule (null = none). */
  public record Decision(long latencyMillis, Rule terminal) {
    /** No fault. */
    public static final Decision NONE = new Decision(0, null);
  }

  private static final class Active {
    final Rule rule;
    final Pattern pattern;
    int remaining;

    Active(Rule rule) {
      this.rule = rule;
      this.pattern = Journal.glob(rule.path());
      this.remaining = rule.times();
    }

    boolean matches(String path) {
      if (path.startsWith("/v1/oauth/") && !rule.path().startsWith("/v1/oauth")) {
        return false;
      }
      return pattern.matcher(path).matches();
    }
  }

  private final long seed;
  private final List<Active> rules = new ArrayList<>();
  private Random random;

  /** Creates an empty fault set whose random draws derive from {@code seed}. */
  public Faults(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
  }

  /** The soak preset: 75% normal, 24% transient 429/500/503 (Retry-After 1 s), 1% connection resets. */
  public static List<Rule> soakMix() {
    return List.of(
        Rule.status("/v1/*", 429).probability(0.08).retryAfter(1),
        Rule.status("/v1/*", 500).probability(0.08),
        Rule.status("/v1/*", 503).probability(0.08).retryAfter(1),
        Rule.of("/v1/*", Kind.RESET).probability(0.01));
  }

  /**
   * The chaos preset: every fault kind at once, {@link #CHAOS_RATE} (30%) of API requests
   * failing plus 3% slow bodies, for proving that a client survives any fault, not only the
   * soak mix. Of every 100 requests: 4 resets before the handler, 4 resets after it (the effect
   * took place, the answer is lost), 4 resets mid-body (chunked), 4 truncated bodies (short of
   * their Content-Length), 4 complete but malformed JSON bodies, 2 429 and 1 503 with
   * Retry-After 1 s, 3 500, 2 502, 1 504, and 3 slow bodies spread over 100 ms (short, so
   * builds stay fast). Deterministic for a seed like every other rule.
   */
  public static List<Rule> chaosMix() {
    return chaosMix(CHAOS_RATE);
  }

  /** The failure rate of {@link #chaosMix()}: 30% of API requests. */
  public static final double CHAOS_RATE = 0.30;

  /**
   * The chaos preset scaled to another failure rate: the same kinds in the same proportions,
   * failing {@code rate} of API requests, plus 3% slow bodies.
   *
   * @param rate greater than 0 and at most 0.97, the share of requests that fail
   * @return the rules
   */
  public static List<Rule> chaosMix(double rate) {
    if (!(rate > 0 && rate <= 0.97)) {
      throw new IllegalArgumentException("rate must be > 0 and <= 0.97, was " + rate);
    }
    double unit = rate / 30; // the proportions below add up to 30
    return List.of(
        Rule.of("/v1/*", Kind.RESET).probability(4 * unit),
        Rule.of("/v1/*", Kind.RESET_AFTER_HANDLER).probability(4 * unit),
        Rule.of("/v1/*", Kind.RESET_MID_BODY).probability(4 * unit),
        Rule.of("/v1/*", Kind.TRUNCATED_BODY).probability(4 * unit),
        Rule.of("/v1/*", Kind.MALFORMED_JSON).probability(4 * unit),
        Rule.status("/v1/*", 429).probability(2 * unit).retryAfter(1),
        Rule.status("/v1/*", 503).probability(unit).retryAfter(1),
        Rule.status("/v1/*", 500).probability(3 * unit),
        Rule.status("/v1/*", 502).probability(2 * unit),
        Rule.status("/v1/*", 504).probability(unit),
        Rule.of("/v1/*", Kind.SLOW_BODY).delay(Duration.ofMillis(100)).probability(0.03));
  }

  /** Adds a rule after the existing ones. */
  public synchronized Faults add(Rule rule) {
    rules.add(new Active(Objects.requireNonNull(rule, "rule")));
    return this;
  }

  /** Replaces every rule and restarts the random sequence from the seed. */
  public synchronized Faults set(List<Rule> newRules) {
    Objects.requireNonNull(newRules, "newRules");
    rules.clear();
    random = new Random(seed);
    newRules.forEach(this::add);
    return this;
  }

  /** Removes every rule and restarts the random sequence. */
  public synchronized void clear() {
    set(List.of());
  }

  /** Returns the current rules; counted rules show how many calls they still affect. */
  public synchronized List<Rule> rules() {
    return rules.stream().map(a -> a.rule.times() > 0
        ? new Rule(a.rule.path(), a.rule.kind(), 0, Math.max(a.remaining, 0), a.rule.status(),
            a.rule.retryAfterSeconds(), a.rule.delayMillis())
        : a.rule).toList();
  }


  /** The pipeline's view of these controls: {@link #decide} in the internals' terms. */
  FaultHook hook() {
    return path -> {
      Decision d = decide(path);
      Rule t = d.terminal();
      return new FaultHook.Decision(d.latencyMillis(), t == null ? null : new FaultHook.Fault(
          FaultHook.Kind.valueOf(t.kind().name()), t.status(), t.retryAfterSeconds(), t.delayMillis()));
    };
  }

  /** Decides the faults of one request (server use); admin routes never get any. */
  public synchronized Decision decide(String path) {
    Objects.requireNonNull(path, "path");
    if (rules.isEmpty() || path.startsWith("/_sandbox/")) {
      return Decision.NONE;
    }
    long latency = 0;
    for (Active a : rules) {
      if (a.rule.kind() == Kind.LATENCY && a.matches(path) && fires(a)) {
        latency += a.rule.delayMillis();
      }
    }
    return new Decision(latency, terminal(path));
  }

  private boolean fires(Active a) {
    if (a.rule.times() > 0) {
      return a.remaining > 0 && a.remaining-- > 0;
    }
    return a.rule.probability() == 0 || random.nextDouble() < a.rule.probability();
  }

  private Rule terminal(String path) {
    for (Active a : rules) {
      if (a.rule.kind() != Kind.LATENCY && a.rule.times() > 0 && a.remaining > 0 && a.matches(path)) {
        a.remaining--;
        return a.rule;
      }
    }
    double draw = -1;
    double cumulative = 0;
    for (Active a : rules) {
      if (a.rule.kind() == Kind.LATENCY || a.rule.times() > 0 || !a.matches(path)) {
        continue;
      }
      if (a.rule.probability() == 0) {
        return a.rule;
      }
      if (draw < 0) {
        draw = random.nextDouble();
      }
      cumulative += a.rule.probability();
      if (draw < cumulative) {
        return a.rule;
      }
    }
    return null;
  }
}
