package io.csol.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The settable clock of the sandbox: it starts at a fixed instant (so seeded data is the same in
 * every run) and ticks with real time unless frozen; tests move it with {@link #advance} or
 * {@link #set} instead of sleeping. Token expiry, rate limits and timestamps all use it.
 * Thread-safe.
 */
public final class SandboxClock extends Clock {

  private final Instant start;
  private final Clock real;
  private Instant base;
  private long baseNanos;
  private boolean frozen;

  /** Creates a clock starting at {@code start}, ticking with the system clock. */
  public SandboxClock(Instant start) {
    this(start, Clock.systemUTC());
  }

  SandboxClock(Instant start, Clock real) {
    this.start = Objects.requireNonNull(start, "start");
    this.real = Objects.requireNonNull(real, "real");
    reset();
  }

  /** Returns the current sandbox instant. */
  @Override
  public synchronized Instant instant() {
    if (frozen) {
      return base;
    }
    return base.plusNanos(System.nanoTime() - baseNanos);
  }

  /** Moves the clock forward (or back, for a negative amount). */
  public synchronized void advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    set(instant().plus(amount));
  }

  /** Sets the clock to an instant; it keeps ticking from there unless frozen. */
  public synchronized void set(Instant now) {
    Objects.requireNonNull(now, "now");
    base = now;
    baseNanos = System.nanoTime();
  }

  /** Stops the clock at its current instant; only {@link #advance} and {@link #set} move it. */
  public synchronized void freeze() {
    set(instant());
    frozen = true;
  }

  /** Lets a frozen clock tick again from its current instant. */
  public synchronized void unfreeze() {
    set(instant());
    frozen = false;
  }

  /** Tells whether the clock is frozen. */
  public synchronized boolean frozen() {
    return frozen;
  }

  /** Returns the instant the clock starts at (and returns to on reset). */
  public Instant start() {
    return start;
  }

  /** Puts the clock back to its start instant, ticking. */
  public synchronized void reset() {
    frozen = false;
    set(start);
  }

  /** Returns UTC. */
  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** Returns this clock: the sandbox works in UTC only. */
  @Override
  public Clock withZone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return this;
  }

  /** Returns the underlying real clock (for log timestamps). */
  Clock real() {
    return real;
  }
}
