package io.csol.benchmarks;

import io.csol.sandbox.SandboxOptions;
import io.csol.sandbox.SandboxServer;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Call-level figures (JMH, average time per call; with {@code -prof gc} also bytes allocated per
 * call) of one small GET and one page of 500 statement lines, for each client.
 *
 * <p>The sandbox is the one the suite started ({@value #BASE_URI_PROPERTY}); run alone, the
 * benchmark starts its own in the forked JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CallBenchmarks {

  /** System property with the sandbox base URI, set by the suite for the forked JVMs. */
  public static final String BASE_URI_PROPERTY = "bench.baseUri";

  /** Which client: raw, generated, sdk, or sdk-listener (csol-sdk with one no-op listener). */
  @Param({"raw", "generated", "sdk", "sdk-listener"})
  public String client;

  private SandboxServer ownSandbox;
  private BenchClient target;

  /** Connects the client (and starts a sandbox when none was given). */
  @Setup(Level.Trial)
  public void setUp() {
    String base = System.getProperty(BASE_URI_PROPERTY);
    URI uri;
    if (base == null) {
      ownSandbox = SandboxServer.start(SandboxOptions.builder().seed(42).scale(1).build());
      uri = ownSandbox.baseUri();
    } else {
      uri = URI.create(base);
    }
    target = Clients.create(client, uri);
    target.invoice(BenchClient.INVOICE_NUMBER); // signs in before the first measured call
  }

  /** Closes the client and the sandbox this benchmark started, if any. */
  @TearDown(Level.Trial)
  public void tearDown() {
    target.close();
    if (ownSandbox != null) {
      ownSandbox.close();
    }
  }

  /**
   * One GET of an invoice by number, decoded into the client's model.
   *
   * @return the invoice
   */
  @Benchmark
  public Object invoiceById() {
    return target.invoice(BenchClient.INVOICE_NUMBER);
  }

  /**
   * One page of 500 statement lines, decoded.
   *
   * @return the number of lines
   */
  @Benchmark
  public int statementPage500() {
    return target.firstPage(BenchClient.PAGE_SIZE);
  }
}
