package io.csol.sandbox;

import io.csol.sandbox.spi.ToolModule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of a {@link SandboxServer}; immutable, built with {@link #builder()}.
 *
 * <pre>{@code
 * SandboxOptions.builder().port(0).seed(42).scale(1).tokenTtl(Duration.ofSeconds(2)).build();
 * }</pre>
 */
public final class SandboxOptions {

  /** Where the sandbox clock starts by default: a fixed instant so data is the same every run. */
  public static final Instant DEFAULT_START = Instant.parse("2026-11-23T09:00:00Z");

  private final int port;
  private final long seed;
  private final int scale;
  private final Duration tokenTtl;
  private final int rateLimit;
  private final int threads;
  private final long demoRecords;
  private final Instant clockStart;
  private final boolean discoverModules;
  private final List<ToolModule> modules;
  private final byte[] cursorKey;

  private SandboxOptions(Builder b) {
    this.port = b.port;
    this.seed = b.seed;
    this.scale = b.scale;
    this.tokenTtl = b.tokenTtl;
    this.rateLimit = b.rateLimit;
    this.threads = b.threads;
    this.demoRecords = b.demoRecords;
    this.clockStart = b.clockStart;
    this.discoverModules = b.discoverModules;
    this.modules = List.copyOf(b.modules);
    this.cursorKey = b.cursorKey;
  }

  /** Returns a builder with defaults: ephemeral port, seed 42, scale 1, token TTL 1 h, no rate limit. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the default options. */
  public static SandboxOptions defaults() {
    return builder().build();
  }

  /** Returns a builder holding these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.port = port;
    b.seed = seed;
    b.scale = scale;
    b.tokenTtl = tokenTtl;
    b.rateLimit = rateLimit;
    b.threads = threads;
    b.demoRecords = demoRecords;
    b.clockStart = clockStart;
    b.discoverModules = discoverModules;
    b.modules.addAll(modules);
    b.cursorKey = cursorKey;
    return b;
  }

  /**
   * Returns a copy of the cursor key set with {@link Builder#cursorKey}, or empty when each
   * server draws a random one (the default).
   */
  public Optional<byte[]> cursorKey() {
    return Optional.ofNullable(cursorKey).map(byte[]::clone);
  }

  /** Returns the port (0 = ephemeral). */
  public int port() {
    return port;
  }

  /** Returns the seed. */
  public long seed() {
    return seed;
  }

  /** Returns the data scale. */
  public int scale() {
    return scale;
  }

  /** Returns the access token lifetime. */
  public Duration tokenTtl() {
    return tokenTtl;
  }

  /** Returns the rate limit in requests per second per principal (0 = off). */
  public int rateLimit() {
    return rateLimit;
  }

  /** Returns the number of worker threads. */
  public int threads() {
    return threads;
  }

  /** Returns the number of records of the demo collection {@code /_sandbox/demo/records}. */
  public long demoRecords() {
    return demoRecords;
  }

  /** Returns the instant the sandbox clock starts at. */
  public Instant clockStart() {
    return clockStart;
  }

  /** Tells whether tool modules are discovered with ServiceLoader. */
  public boolean discoverModules() {
    return discoverModules;
  }

  /** Returns the tool modules added programmatically. */
  public List<ToolModule> modules() {
    return modules;
  }

  @Override
  public String toString() {
    return "SandboxOptions[port=" + port + ", seed=" + seed + ", scale=" + scale + ", tokenTtl=" + tokenTtl
        + ", rateLimit=" + rateLimit + ", threads=" + threads + ", demoRecords=" + demoRecords + "]";
  }

  /** Builder of {@link SandboxOptions}; not thread-safe. */
  public static final class Builder {
    private int port;
    private long seed = 42;
    private int scale = 1;
    private Duration tokenTtl = Duration.ofHours(1);
    private int rateLimit;
    private int threads = 16;
    private long demoRecords = 1_000;
    private Instant clockStart = DEFAULT_START;
    private boolean discoverModules = true;
    private final List<ToolModule> modules = new ArrayList<>();
    private byte[] cursorKey;

    private Builder() {
    }

    /** Sets the port, 0..65535 (0 = ephemeral). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** Sets the seed of all generated data and random faults. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Sets the data scale, 1..1000. */
    public Builder scale(int scale) {
      if (scale < 1 || scale > 1000) {
        throw new IllegalArgumentException("scale must be 1..1000, was " + scale);
      }
      this.scale = scale;
      return this;
    }

    /** Sets the access token lifetime, 1 s .. 24 h. */
    public Builder tokenTtl(Duration tokenTtl) {
      Objects.requireNonNull(tokenTtl, "tokenTtl");
      if (tokenTtl.compareTo(Duration.ofSeconds(1)) < 0 || tokenTtl.compareTo(Duration.ofHours(24)) > 0) {
        throw new IllegalArgumentException("tokenTtl must be 1s..24h, was " + tokenTtl);
      }
      this.tokenTtl = tokenTtl;
      return this;
    }

    /** Sets the rate limit in requests per second per principal, 0 (off) .. 100000. */
    public Builder rateLimit(int perSecond) {
      if (perSecond < 0 || perSecond > 100_000) {
        throw new IllegalArgumentException("rateLimit must be 0 (off)..100000, was " + perSecond);
      }
      this.rateLimit = perSecond;
      return this;
    }

    /** Sets the number of worker threads, 1..512. */
    public Builder threads(int threads) {
      if (threads < 1 || threads > 512) {
        throw new IllegalArgumentException("threads must be 1..512, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** Sets the size of the demo collection {@code /_sandbox/demo/records}, 0..9,999,999 (default 1,000). */
    public Builder demoRecords(long count) {
      if (count < 0 || count > 9_999_999L) {
        throw new IllegalArgumentException("demoRecords must be 0..9999999, was " + count);
      }
      this.demoRecords = count;
      return this;
    }

    /** Sets where the sandbox clock starts. */
    public Builder clockStart(Instant start) {
      this.clockStart = Objects.requireNonNull(start, "start");
      return this;
    }

    /** Turns ServiceLoader discovery of tool modules on (default) or off. */
    public Builder discoverModules(boolean discover) {
      this.discoverModules = discover;
      return this;
    }

    /** Adds a tool module programmatically (e.g. a tiny module defined in a test). */
    public Builder module(ToolModule module) {
      modules.add(Objects.requireNonNull(module, "module"));
      return this;
    }

    /**
     * Sets the key that signs cursors, 32..64 bytes, instead of a random one per server start.
     * Only for a program that must resume paging against a new sandbox with the same seed
     * (such as a job killed and started again with its embedded sandbox); keep the key as
     * secret as a password, since whoever has it can forge cursors.
     */
    public Builder cursorKey(byte[] key) {
      Objects.requireNonNull(key, "key");
      if (key.length < 32 || key.length > 64) {
        throw new IllegalArgumentException("cursorKey must be 32..64 bytes, was " + key.length);
      }
      this.cursorKey = key.clone();
      return this;
    }

    /** Builds the options. */
    public SandboxOptions build() {
      return new SandboxOptions(this);
    }
  }
}
