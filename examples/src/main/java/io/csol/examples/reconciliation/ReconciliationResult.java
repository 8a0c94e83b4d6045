package io.csol.examples.reconciliation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a reconciliation: the report rows and the totals that the summary prints.
 *
 * @param rows one row per open invoice, then one per account
 * @param openInvoices how many open invoices were checked
 * @param statementLines how many statement lines were read
 * @param accounts how many account summaries were read
 * @param openByCurrency open amount of the open invoices per currency
 * @param balanceByCurrency statement balance per currency, from the summaries
 */
record ReconciliationResult(List<ReportRow> rows, long openInvoices, long statementLines, long accounts,
                            Map<String, BigDecimal> openByCurrency, Map<String, BigDecimal> balanceByCurrency) {

  long mismatches() {
    return rows.stream().filter(ReportRow::mismatch).count();
  }

  /** Writes the report as CSV, replacing the file atomically (owner-only, never through a link). */
  void writeCsv(Path file) throws IOException {
    OutputFiles.replace(file, stream -> {
      Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
      out.write(ReportRow.HEADER);
      out.write("\r\n");
      for (ReportRow row : rows) {
        out.write(row.toCsv());
        out.write("\r\n");
      }
      out.flush();
    });
  }
}
