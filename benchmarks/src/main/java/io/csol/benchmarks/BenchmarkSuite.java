package io.csol.benchmarks;

import io.csol.sandbox.SandboxOptions;
import io.csol.sandbox.SandboxServer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Runs the whole suite against one embedded sandbox and writes {@code results/latest.md}.
 *
 * <p>Argument: {@code full} (default, about 8 minutes on 2 cores), {@code quick} (shorter JMH
 * iterations and one cold start per client, about 6 minutes) or {@code smoke} (tiny reads, checks
 * the wiring only). The sandbox runs in this JVM;
 * every client runs in a JVM of its own (JMH forks, or a child JVM with {@code -Xmx64m} for the
 * paged reads), so the client's heap and allocation figures are its own.
 */
public final class BenchmarkSuite {

  /** Sandbox scale giving more than 1,000,000 statement lines. */
  static final int SCALE = 170;
  static final long LATENCY_MS = 20;

  /**
   * How long the suite runs.
   *
   * @param jmhWarmupIterations JMH warm-up iterations per benchmark and client
   * @param jmhIterations JMH measured iterations
   * @param jmhSeconds seconds per JMH iteration
   * @param coldRuns cold starts per client (the median is reported)
   * @param bigRead lines of the big full read (1,000,000)
   * @param smallRead lines of the other reads (100,000)
   */
  record Settings(int jmhWarmupIterations, int jmhIterations, int jmhSeconds, int coldRuns,
      long bigRead, long smallRead) {
  }

  static final Settings FULL = new Settings(3, 8, 2, 3, 1_000_000, 100_000);
  static final Settings QUICK = new Settings(2, 3, 1, 1, 1_000_000, 100_000);
  /** Checks that every scenario works end to end in a few minutes; its figures mean nothing. */
  static final Settings SMOKE = new Settings(1, 1, 1, 1, 20_000, 5_000);

  private BenchmarkSuite() {
  }

  /**
   * Runs the suite.
   *
   * @param args empty, {@code full}, {@code quick} or {@code smoke}
   * @throws Exception if a scenario cannot run at all
   */
  public static void main(String[] args) throws Exception {
    String mode = args.length == 0 || args[0].isBlank() ? "full" : args[0];
    Settings settings = switch (mode) {
      case "full" -> FULL;
      case "quick" -> QUICK;
      case "smoke" -> SMOKE;
      default -> throw new IllegalArgumentException("mode must be full, quick or smoke, was " + mode);
    };
    Path module = Files.isRegularFile(Path.of("benchmarks", "pom.xml")) ? Path.of("benchmarks") : Path.of(".");
    Path results = Path.of(System.getProperty("bench.results", module.resolve("results").toString()));
    Path logs = Files.createDirectories(module.resolve("target").resolve("bench-logs"));
    Instant began = Instant.now();
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    ResultsReport report = new ResultsReport();
    try (SandboxServer server = SandboxServer.start(SandboxOptions.builder().seed(42).scale(SCALE).build())) {
      String base = server.baseUri().toString();
      System.out.println("[bench] sandbox at " + base + ", scale " + SCALE);
      PagedScenarios paged = new PagedScenarios(server, new ChildJvm(logs));
      System.out.println("[bench] warming the sandbox up (one discarded read)");
      paged.read("raw", settings.smallRead(), 0, "warmup");

      System.out.println("[bench] JMH: small GET and one page, -prof gc");
      List<Row> calls = JmhScenarios.run(base, settings);
      calls.forEach(report::row);
      listenerNote(report, calls);

      System.out.println("[bench] full paged reads");
      List<Row> small = paged.fullRead(settings.smallRead());
      List<Row> big = paged.fullRead(settings.bigRead());
      small.forEach(report::row);
      big.forEach(report::row);
      Row bigPrefetch = paged.fullReadWithPrefetch(settings.bigRead(), big);

      System.out.println("[bench] added latency");
      List<List<Row>> latency = paged.latency(settings.smallRead(), LATENCY_MS);
      latency.get(0).forEach(report::row);
      latency.get(1).forEach(report::prefetchRow);
      report.prefetchRow(bigPrefetch);

      System.out.println("[bench] fault mix");
      List<Row> faults = paged.faultMix(settings.smallRead());
      faults.forEach(report::row);
      Double patient = faults.get(1).values().get("sdk-8-attempts");
      report.note("Fault mix, csol-sdk with `RetryOptions.builder().maxAttempts(8)` instead of the default 4: "
          + faults.get(0).notes().get("sdk-8-attempts")
          + (patient == null ? "" : ", " + ResultsReport.number(patient) + " s") + ".");

      System.out.println("[bench] cold start");
      report.row(paged.coldStart(settings.coldRuns()));

      Targets.judge(report, calls, big, bigPrefetch, latency.get(1), faults);
    }
    header(report, mode, began, settings);
    report.header(String.format(Locale.ROOT, "System load average (1 min): %.2f at the start, %.2f at the end.",
        loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    Notes.add(report);
    Path latest = results.resolve("latest.md");
    report.write(latest);
    System.out.println("[bench] wrote " + latest.toAbsolutePath().normalize());
    System.exit(0); // JMH and HttpClient leave non-daemon threads behind
  }

  /** csol-sdk per call with no listener (sdk) and with one no-op listener (sdk-listener). */
  private static void listenerNote(ResultsReport report, List<Row> calls) {
    Double none = calls.get(0).values().get("sdk");
    Double one = calls.get(0).values().get("sdk-listener");
    Double noneBytes = calls.get(1).values().get("sdk");
    Double oneBytes = calls.get(1).values().get("sdk-listener");
    if (none == null || one == null || noneBytes == null || oneBytes == null) {
      return;
    }
    report.note("GET invoice by id, csol-sdk with no listener / with one no-op `CallListener`: "
        + ResultsReport.number(none) + " / " + ResultsReport.number(one) + " us per call, "
        + ResultsReport.number(noneBytes) + " / " + ResultsReport.number(oneBytes)
        + " bytes allocated per call.");
  }

  private static void header(ResultsReport report, String mode, Instant began, Settings s) {
    Runtime rt = Runtime.getRuntime();
    long minutes = Duration.between(began, Instant.now()).toSeconds();
    report.header(String.format(Locale.ROOT, "Run: %s, %s mode, took %d min %02d s.",
        began.truncatedTo(ChronoUnit.SECONDS), mode, minutes / 60, minutes % 60));
    report.header(String.format(Locale.ROOT, "Machine: %d cores, %s %s (%s), %s %s; JVM %s %s.",
        rt.availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
        memory(), System.getProperty("java.vm.vendor"), System.getProperty("java.vm.name"),
        System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getInputArguments()));
    report.header(String.format(Locale.ROOT,
        "Sandbox: seed 42, scale %d, in the suite's JVM on 127.0.0.1. JMH 1.37: %d x %d s warm-up, "
            + "%d x %d s measured, 1 fork per client and benchmark.",
        SCALE, s.jmhWarmupIterations(), s.jmhSeconds(), s.jmhIterations(), s.jmhSeconds()));
  }

  private static String memory() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return (sun.getTotalMemorySize() >> 20) + " MB RAM";
    }
    return "RAM unknown";
  }
}
