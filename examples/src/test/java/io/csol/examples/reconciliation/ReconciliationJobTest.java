package io.csol.examples.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sandbox.Faults;
import io.csol.sandbox.Journal;
import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.junit.SandboxExtension;
import io.csol.sdk.core.RetryOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.error.CircuitOpenException;
import io.csol.sdk.core.error.ResponseDecodingException;
import io.csol.sdk.core.error.TransportException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reconciliation job end to end against the sandbox: its figures against the sandbox's own
 * answers (fetched with a plain HTTP client, not the SDK), under faults, and killed and resumed.
 */
class ReconciliationJobTest {

  @RegisterExtension
  static final SandboxExtension SANDBOX = SandboxExtension.builder().seed(42).build();

  @TempDir
  Path dir;

  private ReconciliationResult runJob(SandboxServer server, Path out, PhaseFetcher.PageListener listener)
      throws IOException {
    String secret = server.world().client(ReconciliationJob.SANDBOX_CLIENT_ID).orElseThrow().secret();
    JobConfig config = new JobConfig(server.baseUri(), ReconciliationJob.SANDBOX_CLIENT_ID, secret.toCharArray(),
        out, false, false, 42, 1, 500, 2);
    return new ReconciliationJob(config, new PrintStream(new ByteArrayOutputStream()), listener).run();
  }

  /** Runs the job as configured in production (patient retries, default circuit breaker); returns what it printed. */
  private static String runJobPrinting(SandboxServer server, Path out, int pageSize, PhaseFetcher.PageListener listener)
      throws IOException {
    return runJobPrinting(server, out, pageSize, 2, listener);
  }

  private static String runJobPrinting(SandboxServer server, Path out, int pageSize, int prefetch,
                                       PhaseFetcher.PageListener listener) throws IOException {
    String secret = server.world().client(ReconciliationJob.SANDBOX_CLIENT_ID).orElseThrow().secret();
    JobConfig config = new JobConfig(server.baseUri(), ReconciliationJob.SANDBOX_CLIENT_ID, secret.toCharArray(),
        out, false, false, 42, 1, pageSize, prefetch);
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    try {
      new ReconciliationJob(config, new PrintStream(text, true, StandardCharsets.UTF_8), listener).run();
    } finally {
      System.out.print(text.toString(StandardCharsets.UTF_8)); // visible in the build log
    }
    return text.toString(StandardCharsets.UTF_8);
  }

  /** A number the summary printed after {@code label}. */
  private static long summaryValue(String text, String label) {
    Matcher m = Pattern.compile(Pattern.quote(label) + "\\s+([\\d,]+)").matcher(text);
    assertThat(m.find()).as("'%s' in %s", label, text).isTrue();
    return Long.parseLong(m.group(1).replace(",", ""));
  }

  /** Journal entries of API requests that an injected fault made fail (slow bodies do not fail). */
  private static long failedByFaults(SandboxServer server) {
    return server.journal().entries(e -> e.fault() != null && !e.fault().equals("SLOW_BODY")).size();
  }

  @Test
  void run_underTheChaosMixWithSmallPages_finishesOnItsOwnWithTheSameReportAndCountsEveryRetry(SandboxServer server)
      throws Exception {
    long cleanStart = System.nanoTime();
    runJobPrinting(server, dir.resolve("clean"), 50, quiet());
    Duration clean = Duration.ofNanos(System.nanoTime() - cleanStart);
    server.journal().clear();
    // the preset's proportions at 40%: with this seed's draws, about a third of the requests fail
    server.faults().set(Faults.chaosMix(0.40));

    long chaosStart = System.nanoTime();
    String text = runJobPrinting(server, dir.resolve("chaos"), 50, quiet());
    Duration chaos = Duration.ofNanos(System.nanoTime() - chaosStart);
    server.faults().clear();

    System.out.printf("reconciliation job, scale 1, page size 50: clean %d ms, chaos mix %d ms%n",
        clean.toMillis(), chaos.toMillis());
    long requests = server.journal().entries(e -> e.path().startsWith("/v1/") && !e.path().startsWith("/v1/oauth"))
        .size();
    long failed = failedByFaults(server);
    System.out.println("faults by kind: " + server.journal().entries(e -> e.path().startsWith("/v1/")).stream()
        .collect(java.util.stream.Collectors.groupingBy(e -> String.valueOf(e.fault()) + "/" + e.outcome(),
            java.util.TreeMap::new, java.util.stream.Collectors.counting())));
    assertThat(requests).as("the journal holds the whole run").isLessThan(Journal.CAPACITY);
    assertThat((double) failed / requests).as("share of requests failed by faults").isGreaterThanOrEqualTo(0.30);
    for (String kind : List.of("RESET", "RESET_AFTER_HANDLER", "RESET_MID_BODY", "TRUNCATED_BODY", "MALFORMED_JSON",
        "SLOW_BODY", "STATUS")) {
      assertThat(server.journal().entries(e -> kind.equals(e.fault()))).as(kind).isNotEmpty();
    }
    assertThat(dir.resolve("chaos/reconciliation-report.csv"))
        .hasSameBinaryContentAs(dir.resolve("clean/reconciliation-report.csv"));
    // every failed request was retried, by the SDK or (after it gave up) by the job from its checkpoint
    assertThat(summaryValue(text, "retries seen") + summaryValue(text, "resumed from checkpoint"))
        .isEqualTo(failed);
  }

  private static PhaseFetcher.PageListener quiet() {
    return (cp, n) -> { };
  }

  @Test
  void run_seededSandbox_matchesTheSandboxsOwnFigures(SandboxServer server) throws Exception {
    ReconciliationResult result = runJob(server, dir.resolve("run"), quiet());

    GroundTruth truth = GroundTruth.fetch(server);
    assertThat(result.mismatches()).isZero();
    assertThat(result.openInvoices()).isEqualTo(truth.openInvoices);
    assertThat(result.statementLines()).isEqualTo(truth.statementLines);
    assertThat(result.openByCurrency()).containsOnlyKeys(truth.openByCurrency.keySet());
    truth.openByCurrency.forEach((currency, total) ->
        assertThat(result.openByCurrency().get(currency)).as(currency).isEqualByComparingTo(total));
    assertThat(result.openByCurrency().keySet()).contains("EUR", "USD", "SEK", "KRW", "CNY");
    List<String> report = Files.readAllLines(dir.resolve("run/reconciliation-report.csv"));
    assertThat(report).hasSize(1 + (int) truth.openInvoices + (int) result.accounts());
    assertThat(dir.resolve("run/checkpoint.properties")).doesNotExist();
  }

  @Test
  void run_underTheSoakFaultMix_writesTheSameReport(SandboxServer server) throws Exception {
    runJob(server, dir.resolve("clean"), quiet());
    server.faults().set(Faults.soakMix());

    ReconciliationResult faulty = runJob(server, dir.resolve("faulty"), quiet());

    assertThat(faulty.mismatches()).isZero();
    assertThat(server.journal().entries(e -> e.fault() != null)).as("faults happened").isNotEmpty();
    assertThat(dir.resolve("faulty/reconciliation-report.csv"))
        .hasSameBinaryContentAs(dir.resolve("clean/reconciliation-report.csv"));
  }

  @Test
  void run_killedInEveryPhaseAndStartedAgain_writesTheSameReport(SandboxServer server) throws Exception {
    runJob(server, dir.resolve("whole"), quiet());
    Path out = dir.resolve("resumed");

    for (Checkpoint.Phase phase : List.of(Checkpoint.Phase.INVOICES, Checkpoint.Phase.LINES)) {
      assertThatThrownBy(() -> runJob(server, out, crashAfterPages(phase, 2)))
          .isInstanceOf(SimulatedCrash.class);
      assertThat(Checkpoint.read(out.resolve("checkpoint.properties"))).get()
          .extracting(Checkpoint::phase).isEqualTo(phase);
    }
    ReconciliationResult resumed = runJob(server, out, quiet());

    assertThat(resumed.mismatches()).isZero();
    assertThat(out.resolve("reconciliation-report.csv"))
        .hasSameBinaryContentAs(dir.resolve("whole/reconciliation-report.csv"));
    assertThat(Files.readAllLines(out.resolve("statement-lines.tsv")))
        .isEqualTo(Files.readAllLines(dir.resolve("whole/statement-lines.tsv")));
  }

  @Test
  void run_sdkRetriesExhaustedMidPhase_resumesFromCheckpointWithSameReport(SandboxServer server) throws Exception {
    runJob(server, dir.resolve("clean"), quiet());
    // three 503s in a row beat a two-attempt client once; the job then continues from its checkpoint
    server.faults().add(Faults.Rule.status("/v1/statements/lines*", 503).times(3));
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    String secret = server.world().client(ReconciliationJob.SANDBOX_CLIENT_ID).orElseThrow().secret();
    JobConfig config = new JobConfig(server.baseUri(), ReconciliationJob.SANDBOX_CLIENT_ID, secret.toCharArray(),
        dir.resolve("impatient"), false, false, 42, 1, 500, 0);
    RetryOptions twoAttempts = RetryOptions.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1))
        .maxBackoff(Duration.ofMillis(5)).build();

    ReconciliationResult result = new ReconciliationJob(config, new PrintStream(text, true), quiet(), twoAttempts,
        Duration.ofMillis(10))
        .run();

    assertThat(result.mismatches()).isZero();
    assertThat(text.toString()).contains("Transient failure (ServerException); resuming from the checkpoint in 10 ms (1 of 5");
    assertThat(dir.resolve("impatient/reconciliation-report.csv"))
        .hasSameBinaryContentAs(dir.resolve("clean/reconciliation-report.csv"));
  }

  @Test
  void run_pageBodyCutOffMidStream_retriedBySdkWithTheSameReport(SandboxServer server) throws Exception {
    runJob(server, dir.resolve("clean"), quiet());
    server.faults().set(List.of(
        Faults.Rule.of("/v1/statements/lines*", Faults.Kind.TRUNCATED_BODY).times(1),
        Faults.Rule.of("/v1/statements/lines*", Faults.Kind.RESET_MID_BODY).times(1)));

    String text = runJobPrinting(server, dir.resolve("cut"), 500, quiet());

    assertThat(server.journal().entries(e -> e.fault() != null)).hasSize(2);
    assertThat(text).doesNotContain("Transient failure"); // the SDK's retries sufficed
    assertThat(summaryValue(text, "retries seen")).isEqualTo(2);
    assertThat(dir.resolve("cut/reconciliation-report.csv"))
        .hasSameBinaryContentAs(dir.resolve("clean/reconciliation-report.csv"));
  }

  @Test
  void run_malformedPageBody_retriedWithTheSameReport(SandboxServer server) throws Exception {
    runJob(server, dir.resolve("clean"), quiet());
    server.faults().set(List.of(Faults.Rule.of("/v1/statements/lines*", Faults.Kind.MALFORMED_JSON).times(2),
        Faults.Rule.of("/v1/invoices*", Faults.Kind.MALFORMED_JSON).times(1)));

    String text = runJobPrinting(server, dir.resolve("garbled"), 500, quiet());

    assertThat(server.journal().entries(e -> "MALFORMED_JSON".equals(e.fault()))).hasSize(3);
    assertThat(summaryValue(text, "retries seen")).isEqualTo(3);
    assertThat(dir.resolve("garbled/reconciliation-report.csv"))
        .hasSameBinaryContentAs(dir.resolve("clean/reconciliation-report.csv"));
  }

  @Test
  void run_crashedUnderFaultsThenResumed_summaryCountsRetriesAndResumesOfBothRuns(SandboxServer server)
      throws Exception {
    Path out = dir.resolve("resumed");
    server.faults().set(List.of(Faults.Rule.status("/v1/invoices*", 503).times(3),
        Faults.Rule.status("/v1/statements/lines*", 500).times(2)));
    // no prefetch: no request of the crashed run may still be in flight when the next one starts
    assertThatThrownBy(() -> runJobPrinting(server, out, 50, 0, crashAfterPages(Checkpoint.Phase.LINES, 3)))
        .isInstanceOf(SimulatedCrash.class);
    Checkpoint crashed = Checkpoint.read(out.resolve("checkpoint.properties")).orElseThrow();
    assertThat(crashed.retries()).as("retries the first JVM saw, kept in its checkpoint").isEqualTo(5);
    server.faults().set(List.of(Faults.Rule.status("/v1/statements/lines*", 502).times(1)));

    String text = runJobPrinting(server, out, 50, 0, quiet());

    assertThat(text).contains("Resuming from checkpoint: phase LINES");
    assertThat(summaryValue(text, "retries seen")).as("5 before the crash, 1 after").isEqualTo(6);
    assertThat(summaryValue(text, "resumed from checkpoint")).isEqualTo(1);
  }

  @Test
  void isTransient_garbledBodiesAndOutages_butNotRejectionsOrShapeErrors() {
    assertThat(ReconciliationJob.isTransient(new ResponseDecodingException("malformed", 200, "r", true, null)))
        .isTrue();
    assertThat(ReconciliationJob.isTransient(new CircuitOpenException(Tool.STATEMENTS))).isTrue();
    assertThat(ReconciliationJob.isTransient(new TransportException("reset", "r", true, null))).isTrue();
    assertThat(ReconciliationJob.isTransient(new ResponseDecodingException("shape", 200, "r", false, null)))
        .isFalse();
    assertThat(ReconciliationJob.isTransient(new TransportException("tls", "r", false, null))).isFalse();
  }

  /** Stops the job like a kill would: after some pages of one phase are durable. */
  private static PhaseFetcher.PageListener crashAfterPages(Checkpoint.Phase phase, int pages) {
    int[] seen = {0};
    return (cp, n) -> {
      if (cp.phase() == phase && ++seen[0] == pages) {
        throw new SimulatedCrash();
      }
    };
  }

  private static final class SimulatedCrash extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** The sandbox's own answers, from its export and count endpoints, read with a plain HTTP client. */
  private static final class GroundTruth {
    long openInvoices;
    long statementLines;
    final Map<String, BigDecimal> openByCurrency = new TreeMap<>();

    static GroundTruth fetch(SandboxServer server) throws Exception {
      HttpClient http = HttpClient.newHttpClient();
      String secret = server.world().client(ReconciliationJob.SANDBOX_CLIENT_ID).orElseThrow().secret();
      String tokenJson = http.send(HttpRequest.newBuilder(server.baseUri().resolve("/v1/oauth/token"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
                  + ReconciliationJob.SANDBOX_CLIENT_ID + "&client_secret=" + secret)).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(tokenJson);
      assertThat(m.find()).as("token response").isTrue();
      String bearer = "Bearer " + m.group(1);

      GroundTruth t = new GroundTruth();
      String filter = URLEncoder.encode("status in (OPEN, PARTIALLY_PAID, OVERDUE)", StandardCharsets.UTF_8);
      List<String> csv = http.send(HttpRequest.newBuilder(
              URI.create(server.baseUri() + "/v1/invoices/export?format=csv&filter=" + filter))
          .header("Authorization", bearer).build(), HttpResponse.BodyHandlers.ofString()).body().lines().toList();
      List<String> header = List.of(csv.get(0).split(","));
      int currency = header.indexOf("currency");
      int open = header.indexOf("openAmount");
      assertThat(currency).as("export columns %s", header).isNotNegative();
      assertThat(open).as("export columns %s", header).isNotNegative();
      for (String row : csv.subList(1, csv.size())) {
        String[] cells = row.split(",", -1);
        t.openInvoices++;
        t.openByCurrency.merge(cells[currency], new BigDecimal(cells[open]), BigDecimal::add);
      }
      String page = http.send(HttpRequest.newBuilder(
              URI.create(server.baseUri() + "/v1/statements/lines?limit=1&totalCount=true"))
          .header("Authorization", bearer).build(), HttpResponse.BodyHandlers.ofString()).body();
      Matcher count = Pattern.compile("\"totalCount\"\\s*:\\s*(\\d+)").matcher(page);
      assertThat(count.find()).as("totalCount in %s", page).isTrue();
      t.statementLines = Long.parseLong(count.group(1));
      return t;
    }
  }
}
