package io.csol.sandbox;

import com.sun.net.httpserver.HttpServer;
import io.csol.sandbox.access.AccessToolModule;
import io.csol.sandbox.access.TokenStore;
import io.csol.sandbox.engine.Collection;
import io.csol.sandbox.engine.demo.DemoRecord;
import io.csol.sandbox.engine.demo.DemoRecords;
import io.csol.sandbox.internal.Admission;
import io.csol.sandbox.internal.Pipeline;
import io.csol.sandbox.internal.RateLimiter;
import io.csol.sandbox.internal.ServerState;
import io.csol.sandbox.spi.CollectionRoutes;
import io.csol.sandbox.spi.SandboxWorld;
import io.csol.sandbox.spi.ToolModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded sandbox server: the csol API on {@code 127.0.0.1} with seeded data, faults, a
 * settable clock and a journal. Start one per test class (or use the JUnit extension), point the
 * SDK at {@link #baseUri()}, and {@link #close()} it. Thread-safe.
 *
 * <pre>{@code
 * try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.builder().seed(42).build())) {
 *     URI base = sandbox.baseUri();
 * }
 * }</pre>
 */
public final class SandboxServer implements AutoCloseable {

  /** Where the demo collection lives (tool-free, authenticated; sandbox-only, so outside /v1). */
  public static final String DEMO_RECORDS_PATH = "/_sandbox/demo/records";

  /** How long a request may take to arrive (line, headers and body); the JDK closes slower ones. */
  static final long MAX_REQUEST_SECONDS = 20;
  /** How long a response may take from the end of the request to its last byte (long exports included). */
  static final long MAX_RESPONSE_SECONDS = 600;
  /** Connection threads beyond the handler threads: they read requests that have not fully arrived. */
  static final int CONNECTION_THREADS = 256;
  /** Requests that may wait for a handler thread before the next is answered 503. */
  static final int MAX_WAITING = 256;

  static {
    // without TCP_NODELAY the JDK server's separate header and body writes meet the client's
    // delayed ACK and every small response takes ~40 ms; read once when the JDK server loads
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    // a client that sends half a request (slow-loris) or stops reading a response would hold a
    // thread forever: the JDK server has no read or write timeout unless these are set (seconds)
    if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
      System.setProperty("sun.net.httpserver.maxReqTime", Long.toString(MAX_REQUEST_SECONDS));
    }
    if (System.getProperty("sun.net.httpserver.maxRspTime") == null) {
      System.setProperty("sun.net.httpserver.maxRspTime", Long.toString(MAX_RESPONSE_SECONDS));
    }
  }

  private final SandboxOptions options;
  private final SandboxWorld world = new SandboxWorld();
  private final SandboxClock clock;
  private final Faults faults;
  private final Journal journal = new Journal();
  private final TokenStore tokens;
  private final byte[] cursorKey;
  private final List<ToolModule> modules;
  private final HttpServer http;
  private final ThreadPoolExecutor executor;
  private volatile ServerState state;
  private volatile boolean closed;

  private SandboxServer(SandboxOptions options) throws IOException {
    this.options = options;
    this.clock = new SandboxClock(options.clockStart());
    this.faults = new Faults(options.seed());
    this.tokens = new TokenStore(clock, options.tokenTtl());
    this.cursorKey = options.cursorKey().orElseGet(SandboxServer::randomKey);
    this.modules = modules(options, new AccessToolModule(tokens));
    this.state = newState();
    this.executor = executor(options.threads());
    this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 256);
    http.createContext("/", new Admission(new Pipeline(() -> state, AdminRoutes.create(this), faults.hook(), journal.sink(),
        clock), options.threads(), MAX_WAITING));
    http.setExecutor(executor);
    http.start();
  }

  /**
   * Starts a server; returns once it accepts connections (data is generated lazily).
   *
   * @throws UncheckedIOException when the port cannot be bound
   */
  public static SandboxServer start(SandboxOptions options) {
    Objects.requireNonNull(options, "options");
    try {
      return new SandboxServer(options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind 127.0.0.1:" + options.port(), e);
    }
  }

  /** Returns {@code http://127.0.0.1:PORT}; API paths start with {@code /v1}. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
  }

  /** Returns the options the server was started with. */
  public SandboxOptions options() {
    return options;
  }

  /** Returns the seeded world (customers, users, clients, demo credentials). */
  public SandboxWorld world() {
    return world;
  }

  /** Returns the fault controls. */
  public Faults faults() {
    return faults;
  }

  /** Returns what the server received. */
  public Journal journal() {
    return journal;
  }

  /** Returns the settable clock. */
  public SandboxClock clock() {
    return clock;
  }

  /** Returns the demo collection of the current state (Java hook to insert or delete while paging). */
  public Collection<DemoRecord> demoRecords() {
    return demoCollection(state);
  }

  /**
   * Returns the one instance of a module's shared state (as {@link io.csol.sandbox.spi.SandboxContext#shared}),
   * so tests can reach, e.g., the billing ledger.
   */
  public <T> T shared(Class<T> type, java.util.function.Supplier<T> factory) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(factory, "factory");
    return state.shared(type, factory);
  }

  /** Back to the seeded state: data, entitlements, idempotency and rate limits; faults off, journal and clock reset. */
  public void reset() {
    faults.clear();
    clock.reset();
    state = newState();
    journal.clear();
  }

  /** Stops the server and frees its port and threads; idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    http.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private ServerState newState() {
    ServerState fresh = new ServerState(new RateLimiter(options.rateLimit(), clock));
    StateContext context = new StateContext(options, clock, world, fresh, cursorKey);
    CollectionRoutes.register(fresh.routes(), DEMO_RECORDS_PATH, demoCollection(fresh), null);
    for (ToolModule module : modules) {
      module.register(fresh.routes(), context);
    }
    return fresh;
  }

  /** Holds the demo collection in a state under a type no module can use by accident. */
  private record DemoHolder(Collection<DemoRecord> collection) { }

  private Collection<DemoRecord> demoCollection(ServerState target) {
    return target.shared(DemoHolder.class, () -> new DemoHolder(DemoRecords.collection(
        (int) options.demoRecords(), options.seed(), clock, cursorKey))).collection();
  }

  /** The built-in access module, then the added and the discovered ones, in name order. */
  private static List<ToolModule> modules(SandboxOptions options, ToolModule access) {
    List<ToolModule> result = new ArrayList<>(options.modules());
    result.add(access);
    if (options.discoverModules()) {
      ServiceLoader.load(ToolModule.class, SandboxServer.class.getClassLoader()).forEach(result::add);
    }
    result.sort(Comparator.comparing(ToolModule::name));
    for (int i = 1; i < result.size(); i++) {
      if (result.get(i).name().equals(result.get(i - 1).name())) {
        throw new IllegalArgumentException("two tool modules are named '" + result.get(i).name() + "'");
      }
    }
    return List.copyOf(result);
  }

  /**
   * The JDK server reads requests on these threads: one per connection with a request in
   * flight (a thread only blocks while its client is slow), so stalled clients cannot take the
   * threads of complete requests; {@link Admission} bounds how many handlers run and wait.
   * Beyond the bound the JDK closes the new connection instead of running it on its accept thread.
   */
  private static ThreadPoolExecutor executor(int threads) {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(0, threads + MAX_WAITING + CONNECTION_THREADS, 30,
        TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
          Thread t = new Thread(r, "csol-sandbox-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    return pool;
  }

  /** A random cursor key per server: a seed is no secret, so a key derived from it would let anyone forge cursors. */
  private static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  @Override
  public String toString() {
    return "SandboxServer[" + baseUri() + "]";
  }
}
