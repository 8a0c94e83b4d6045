package io.csol.examples.reconciliation;

import io.csol.sandbox.Faults;
import io.csol.sandbox.SandboxOptions;
import io.csol.sandbox.SandboxServer;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.RetryOptions;
import io.csol.sdk.core.error.CircuitOpenException;
import io.csol.sdk.core.error.CsolException;
import io.csol.sdk.core.error.RateLimitedException;
import io.csol.sdk.core.error.ResponseDecodingException;
import io.csol.sdk.core.error.ServerException;
import io.csol.sdk.core.error.TransportException;
import io.csol.sdk.invoices.Invoice;
import io.csol.sdk.invoices.InvoiceStatus;
import io.csol.sdk.invoices.InvoicesClient;
import io.csol.sdk.statements.StatementLine;
import io.csol.sdk.statements.StatementSummary;
import io.csol.sdk.statements.StatementsClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * The nightly reconciliation job: signs in as a machine client, copies all account summaries,
 * open invoices and statement lines into local snapshot files, matches them, and writes a CSV
 * report plus a readable summary.
 *
 * <p>It is crash-safe: after every page it records a resume token, so a job that was killed
 * continues where it stopped and produces the same report as an uninterrupted run. With no
 * configuration it runs against the embedded sandbox; see {@link JobConfig#USAGE} for a real
 * deployment.
 *
 * <pre>{@code
 * mvn -B -q -pl examples -am -DskipTests package exec:java
 * CSOL_BASE_URL=https://csol.example.com CSOL_CLIENT_ID=recon CSOL_CLIENT_SECRET=... \
 *     mvn -B -q -pl examples exec:java -Dexec.args="--out /var/recon"
 * }</pre>
 */
public final class ReconciliationJob {

  static final String SANDBOX_CLIENT_ID = "recon-job";
  /** Where an embedded run keeps its sandbox's cursor key while it has a checkpoint. */
  static final String SANDBOX_KEY_FILE = "sandbox-cursor.key";
  private static final int SANDBOX_KEY_BYTES = 32;
  /** How often in a row, without progress, the job starts over from its checkpoint after the SDK gave up. */
  static final int MAX_RESTARTS = 5;

  private final JobConfig config;
  private final PrintStream out;
  private final PhaseFetcher.PageListener listener;
  private final RetryOptions retry;
  private final Duration firstRestartPause;

  ReconciliationJob(JobConfig config, PrintStream out, PhaseFetcher.PageListener listener) {
    // an unattended job can afford patience: more attempts than an interactive caller wants
    this(config, out, listener,
        RetryOptions.builder().maxAttempts(8).maxBackoff(Duration.ofSeconds(30)).build(), Duration.ofSeconds(2));
  }

  ReconciliationJob(JobConfig config, PrintStream out, PhaseFetcher.PageListener listener, RetryOptions retry,
                    Duration firstRestartPause) {
    this.config = config;
    this.out = out;
    this.listener = listener;
    this.retry = retry;
    this.firstRestartPause = firstRestartPause;
  }

  /**
   * Runs the job; the exit code is 0 when everything matched, 1 when the report has mismatches
   * and 2 when the job could not run.
   *
   * @param args options, see {@link JobConfig#USAGE}
   */
  public static void main(String[] args) {
    if (args.length == 1 && args[0].equals("--help")) {
      System.out.println(JobConfig.USAGE);
      return;
    }
    int code;
    try {
      JobConfig config = JobConfig.parse(args, System.getenv());
      ReconciliationResult result = new ReconciliationJob(config, System.out, Progress.printingTo(System.out))
          .run();
      code = result.mismatches() == 0 ? 0 : 1;
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      code = 2;
    } catch (IOException | RuntimeException e) {
      System.err.println("reconciliation failed: " + e);
      code = 2;
    }
    if (code != 0) {
      System.exit(code); // a scheduler reads the exit code; 0 needs no exit, so Maven's exec:java ends normally
    }
  }

  /** Runs against the configured deployment, or starts and stops the embedded sandbox. */
  ReconciliationResult run() throws IOException {
    if (!config.embedded()) {
      return runAgainst(config.baseUri(), config.clientId(), config.clientSecret());
    }
    Path keyFile = OutputFiles.directory(config.outputDir()).resolve(SANDBOX_KEY_FILE);
    SandboxOptions options = SandboxOptions.builder().seed(config.seed()).scale(config.scale())
        .cursorKey(sandboxCursorKey(keyFile)).build();
    try (SandboxServer sandbox = SandboxServer.start(options)) {
      if (config.faults()) {
        sandbox.faults().set(Faults.soakMix());
      }
      out.printf("Embedded sandbox at %s (seed %d, scale %d%s)%n", sandbox.baseUri(), config.seed(),
          config.scale(), config.faults() ? ", fault mix ON" : "");
      String secret = sandbox.world().client(SANDBOX_CLIENT_ID).orElseThrow().secret();
      ReconciliationResult result = runAgainst(sandbox.baseUri(), SANDBOX_CLIENT_ID, secret.toCharArray());
      Files.deleteIfExists(keyFile); // the checkpoint is gone too; the next run starts afresh
      return result;
    }
  }

  /**
   * The embedded sandbox signs its cursors with a random key per start, so a resume token from a
   * killed run would be refused by the next run's sandbox. The job keeps the key in its
   * (owner-only) output folder instead, until the run completes.
   */
  private static byte[] sandboxCursorKey(Path keyFile) throws IOException {
    if (Files.exists(keyFile, LinkOption.NOFOLLOW_LINKS)) {
      byte[] key;
      try (InputStream in = Files.newInputStream(keyFile, LinkOption.NOFOLLOW_LINKS)) {
        key = in.readNBytes(SANDBOX_KEY_BYTES + 1);
      }
      if (key.length == SANDBOX_KEY_BYTES) {
        return key;
      }
    }
    byte[] key = new byte[SANDBOX_KEY_BYTES];
    new SecureRandom().nextBytes(key);
    OutputFiles.replace(keyFile, out -> out.write(key));
    return key;
  }

  private ReconciliationResult runAgainst(URI baseUri, String clientId, char[] secret) throws IOException {
    long started = System.nanoTime();
    Path dir = OutputFiles.directory(config.outputDir()); // owner-only: the files hold customers' balances
    Path checkpointFile = dir.resolve("checkpoint.properties");
    if (config.restart()) {
      Files.deleteIfExists(checkpointFile);
    }
    Checkpoint cp = Checkpoint.read(checkpointFile).orElse(Checkpoint.start());
    // the summary covers the whole job: what earlier runs (other JVMs) counted comes from the checkpoint
    long earlierRetries = cp.retries();
    long earlierResumes = cp.resumes();
    if (cp.phase() != Checkpoint.Phase.SUMMARIES || cp.records() > 0) {
      out.printf("Resuming from checkpoint: phase %s, %d records stored%n", cp.phase(), cp.records());
      earlierResumes++;
    }
    Path summaries = dir.resolve("summaries.tsv");
    Path invoices = dir.resolve("open-invoices.tsv");
    Path lines = dir.resolve("statement-lines.tsv");
    try (CsolClient csol = CsolClient.builder()
        .baseUri(baseUri)
        .credentials(Credentials.clientCredentials(clientId, secret))
        .defaultTimeout(Duration.ofMinutes(5))
        .retry(retry)
        .build()) {
      long resumesBefore = earlierResumes;
      int[] restarts = {0};
      PhaseFetcher fetcher = new PhaseFetcher(checkpointFile, config.prefetch(), listener,
          c -> c.withCounts(earlierRetries + csol.statistics().retries(), resumesBefore + restarts[0]));
      int stalled = 0; // restarts since the checkpoint last moved
      while (cp.phase() != Checkpoint.Phase.DONE) {
        Checkpoint before = cp;
        try {
          cp = fetchRemainingPhases(csol, fetcher, cp, summaries, invoices, lines);
        } catch (CsolException e) {
          cp = Checkpoint.read(checkpointFile).orElse(Checkpoint.start());
          stalled = cp.samePlace(before) ? stalled + 1 : 1;
          if (!isTransient(e) || stalled > MAX_RESTARTS) {
            throw e;
          }
          restarts[0]++;
          // the SDK's retries (or an open circuit) gave up; the checkpoint makes starting over lossless,
          // and a growing pause outlasts an open circuit breaker (30 s by default)
          Duration pause = firstRestartPause.multipliedBy(1L << (stalled - 1));
          out.printf("Transient failure (%s); resuming from the checkpoint in %d ms (%d of %d without progress)%n",
              e.getClass().getSimpleName(), pause.toMillis(), stalled, MAX_RESTARTS);
          sleep(pause);
        }
      }
      ReconciliationResult result = Reconciler.reconcile(summaries, invoices, lines);
      Path report = dir.resolve("reconciliation-report.csv");
      result.writeCsv(report);
      Summary.print(out, result, report, Duration.ofNanos(System.nanoTime() - started),
          earlierRetries + csol.statistics().retries(), resumesBefore + restarts[0]);
      Files.deleteIfExists(checkpointFile);
      return result;
    }
  }

  private Checkpoint fetchRemainingPhases(CsolClient csol, PhaseFetcher fetcher, Checkpoint from, Path summaries,
                                          Path invoices, Path lines) throws IOException {
    Checkpoint cp = from;
    StatementsClient statements = StatementsClient.of(csol);
    if (cp.phase() == Checkpoint.Phase.SUMMARIES) {
      cp = fetcher.fetch(cp, Checkpoint.Phase.INVOICES,
          statements.listStatementSummaries().pageSize(config.pageSize()).list(), summaries, Rows::summary);
    }
    if (cp.phase() == Checkpoint.Phase.INVOICES) {
      cp = fetcher.fetch(cp, Checkpoint.Phase.LINES, InvoicesClient.of(csol).listInvoices()
          .status(InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.OVERDUE)
          .pageSize(config.pageSize()).list(), invoices, Rows::invoice);
    }
    if (cp.phase() == Checkpoint.Phase.LINES) {
      cp = fetcher.fetch(cp, Checkpoint.Phase.DONE,
          statements.listStatementLines().pageSize(config.pageSize()).list(), lines, Rows::line);
    }
    return cp;
  }

  private static void sleep(Duration pause) throws IOException {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting to resume");
    }
  }

  /**
   * Failures that a later attempt may not meet: the service was busy, down or unreachable, or a
   * body arrived garbled (reading a page again is safe).
   */
  static boolean isTransient(CsolException e) {
    return e instanceof ServerException || e instanceof RateLimitedException || e instanceof CircuitOpenException
        || (e instanceof TransportException t && t.retryable())
        || (e instanceof ResponseDecodingException d && d.retryable());
  }

  /** Turns SDK models into snapshot rows (column order in {@link Reconciler}). */
  static final class Rows {
    private Rows() {
    }

    static String[] summary(StatementSummary s) {
      return new String[] {s.customerNumber(), s.currency(), s.asOf().toString(),
          s.balance().amount().toPlainString(), s.overdue().amount().toPlainString(),
          s.aging().current().amount().toPlainString(), s.aging().days1To30().amount().toPlainString(),
          s.aging().days31To60().amount().toPlainString(), s.aging().days61To90().amount().toPlainString(),
          s.aging().over90().amount().toPlainString()};
    }

    static String[] invoice(Invoice i) {
      return new String[] {i.number(), i.customerNumber(), i.currency(), String.valueOf(i.dueDate()),
          i.total().amount().toPlainString(), i.paidAmount().amount().toPlainString(),
          i.creditedAmount().amount().toPlainString(), i.openAmount().amount().toPlainString(),
          i.status().name()};
    }

    static String[] line(StatementLine l) {
      return new String[] {l.id(), l.customerNumber(), l.currency(), l.documentType().name(),
          l.documentNumber(), l.dueDate() == null ? "" : l.dueDate().toString(),
          l.amount().amount().toPlainString(), l.openAmount().amount().toPlainString(), l.status().name(),
          l.appliesTo() == null ? "" : l.appliesTo()};
    }
  }
}
