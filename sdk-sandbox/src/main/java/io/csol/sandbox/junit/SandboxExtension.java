package io.csol.sandbox.junit;

import io.csol.sandbox.SandboxOptions;
import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.spi.ToolModule;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension running a {@link SandboxServer}: one per test class (or one per JVM with
 * {@link Builder#shared()}), reset (data, faults, journal, clock) before each test, injected into
 * test constructors and methods that declare a {@code SandboxServer} parameter.
 *
 * <pre>{@code
 * @RegisterExtension static SandboxExtension sandbox = SandboxExtension.builder().seed(42).build();
 * }</pre>
 * or annotate the class with {@link CsolSandbox}. Servers live in the JUnit extension store,
 * which closes them when the test class, or for shared servers the whole run, ends. Works on
 * JUnit 5.10 and later: the stored value is an {@code ExtensionContext.Store.CloseableResource},
 * which every 5.x version closes (5.13 and later also close plain {@code AutoCloseable} values,
 * older versions do not).
 */
public final class SandboxExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SandboxExtension.class);

  private final SandboxOptions options;
  private final boolean shared;
  private final boolean fromAnnotation;
  private volatile SandboxServer server;

  /** Creates the extension for {@link CsolSandbox} (options read from the annotation). */
  public SandboxExtension() {
    this(SandboxOptions.defaults(), false, true);
  }

  private SandboxExtension(SandboxOptions options, boolean shared, boolean fromAnnotation) {
    this.options = options;
    this.shared = shared;
    this.fromAnnotation = fromAnnotation;
  }

  /** Returns a builder (seed 42, scale 1, per-class server). */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the running server; throws IllegalStateException before the test class started. */
  public SandboxServer server() {
    SandboxServer current = server;
    if (current == null) {
      throw new IllegalStateException("the sandbox starts before the first test of the class; call server() from a test");
    }
    return current;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    obtain(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    obtain(context).reset();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SandboxServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return obtain(context);
  }

  private synchronized SandboxServer obtain(ExtensionContext context) {
    SandboxOptions effective = effectiveOptions(context);
    boolean share = shared || annotation(context).map(CsolSandbox::shared).orElse(false);
    ExtensionContext owner = share ? context.getRoot() : classContext(context);
    String key = share ? "shared:" + effective : "class:" + System.identityHashCode(this);
    SandboxServer s = owner.getStore(NAMESPACE).getOrComputeIfAbsent(key,
        k -> new StoredServer(SandboxServer.start(effective)), StoredServer.class).server();
    server = s;
    return s;
  }

  /**
   * The store's value: JUnit before 5.13 closes only {@code CloseableResource} values, so a bare
   * {@code SandboxServer} (an {@code AutoCloseable}) would be left running with its port and
   * threads. 5.13 and later close it as {@code AutoCloseable} (once; they warn about a value that
   * is only a {@code CloseableResource}, an interface they deprecate but still honour).
   */
  @SuppressWarnings("deprecation")
  private record StoredServer(SandboxServer server)
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    @Override
    public void close() {
      server.close();
    }
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext c = context;
    while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
      c = c.getParent().get();
    }
    return c;
  }

  private SandboxOptions effectiveOptions(ExtensionContext context) {
    if (!fromAnnotation) {
      return options;
    }
    return annotation(context).map(a -> SandboxOptions.builder().seed(a.seed()).scale(a.scale())
        .tokenTtl(Duration.ofSeconds(a.tokenTtlSeconds())).rateLimit(a.rateLimit()).build())
        .orElse(options);
  }

  private static Optional<CsolSandbox> annotation(ExtensionContext context) {
    Optional<ExtensionContext> c = Optional.of(context);
    while (c.isPresent()) {
      Optional<CsolSandbox> a = c.get().getTestClass().map(t -> t.getAnnotation(CsolSandbox.class));
      if (a.isPresent()) {
        return a;
      }
      c = c.get().getParent();
    }
    return Optional.empty();
  }

  /** Builder of {@link SandboxExtension}; not thread-safe. */
  public static final class Builder {
    private final SandboxOptions.Builder options = SandboxOptions.builder();
    private boolean shared;

    private Builder() {
    }

    /** Sets the seed. */
    public Builder seed(long seed) {
      options.seed(seed);
      return this;
    }

    /** Sets the data scale, 1..1000. */
    public Builder scale(int scale) {
      options.scale(scale);
      return this;
    }

    /** Sets the access token lifetime. */
    public Builder tokenTtl(Duration ttl) {
      options.tokenTtl(ttl);
      return this;
    }

    /** Sets the rate limit per principal per second (0 = off). */
    public Builder rateLimit(int perSecond) {
      options.rateLimit(perSecond);
      return this;
    }

    /** Sets the size of the demo collection. */
    public Builder demoRecords(long count) {
      options.demoRecords(count);
      return this;
    }

    /** Adds a tool module programmatically. */
    public Builder module(ToolModule module) {
      options.module(Objects.requireNonNull(module, "module"));
      return this;
    }

    /** Shares one server per JVM among every test class asking for the same options. */
    public Builder shared() {
      this.shared = true;
      return this;
    }

    /** Builds the extension. */
    public SandboxExtension build() {
      return new SandboxExtension(options.build(), shared, false);
    }
  }
}
