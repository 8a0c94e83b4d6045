package io.csol.examples.reconciliation;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The readable summary the job prints when it has written its report. */
final class Summary {

  private Summary() {
  }

  /**
   * Prints the summary; {@code retries} and {@code resumes} cover the whole job, every run that
   * worked on it (they travel in the checkpoint), not only this JVM.
   */
  static void print(PrintStream out, ReconciliationResult r, Path report, Duration took, long retries,
                    long resumes) {
    out.println();
    out.println("Reconciliation finished");
    out.printf("  account summaries     %,12d%n", r.accounts());
    out.printf("  open invoices         %,12d%n", r.openInvoices());
    out.printf("  statement lines       %,12d%n", r.statementLines());
    out.println("  open amount of open invoices, per currency:");
    printTotals(out, r.openByCurrency());
    out.println("  statement balance per currency:");
    printTotals(out, r.balanceByCurrency());
    out.printf("  mismatches            %,12d%n", r.mismatches());
    out.printf("  retries seen          %,12d%n", retries);
    out.printf("  resumed from checkpoint %,10d%n", resumes);
    out.printf("  time taken            %12.1f s%n", took.toMillis() / 1000.0);
    out.printf("  report                %s%n", report.toAbsolutePath());
  }

  private static void printTotals(PrintStream out, Map<String, BigDecimal> totals) {
    totals.forEach((currency, amount) -> out.printf("    %-4s %22s%n", currency, amount.toPlainString()));
  }
}
