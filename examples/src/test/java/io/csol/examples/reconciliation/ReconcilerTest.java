package io.csol.examples.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcilerTest {

  @TempDir
  Path dir;

  private Path write(String name, List<String[]> rows) throws IOException {
    Path file = dir.resolve(name);
    try (SnapshotFile f = SnapshotFile.openForAppend(file, 0)) {
      f.appendDurably(rows);
    }
    return file;
  }

  private ReconciliationResult reconcile(String paidOnInvoice) throws IOException {
    Path summaries = write("s.tsv", List.<String[]>of(
        new String[] {"1000001", "SEK", "2026-11-23", "700.00", "400.00", "300.00", "400.00", "0", "0", "0"}));
    Path invoices = write("i.tsv", List.<String[]>of(
        new String[] {"9100000001", "1000001", "SEK", "2026-11-03", "1000.00", paidOnInvoice, "100.00", "400.00",
            "OVERDUE"},
        new String[] {"9100000002", "1000001", "SEK", "2026-12-31", "300.00", "0.00", "0.00", "300.00", "OPEN"}));
    Path lines = write("l.tsv", List.<String[]>of(
        new String[] {"SL-1", "1000001", "SEK", "INVOICE", "9100000001", "2026-11-03", "1000.00", "400.00",
            "PARTIALLY_CLEARED", ""},
        new String[] {"SL-2", "1000001", "SEK", "PAYMENT", "PAY-1", "", "-500.00", "0.00", "CLEARED", "9100000001"},
        new String[] {"SL-3", "1000001", "SEK", "CREDIT_NOTE", "CN-1", "", "-100.00", "0", "CLEARED", "9100000001"},
        new String[] {"SL-4", "1000001", "SEK", "INVOICE", "9100000002", "2026-12-31", "300.00", "300.00", "OPEN",
            ""}));
    return Reconciler.reconcile(summaries, invoices, lines);
  }

  @Test
  void reconcile_consistentData_everyRowMatched() throws IOException {
    ReconciliationResult r = reconcile("500.00");

    assertThat(r.mismatches()).isZero();
    assertThat(r.rows()).extracting(ReportRow::reference)
        .containsExactly("9100000001", "9100000002", "1000001/SEK");
    assertThat(r.openByCurrency().get("SEK")).isEqualByComparingTo("700.00");
    assertThat(r.statementLines()).isEqualTo(4);
  }

  @Test
  void reconcile_paymentMissingFromInvoice_reportsThatInvoiceOnly() throws IOException {
    ReconciliationResult r = reconcile("450.00");

    assertThat(r.mismatches()).isEqualTo(1);
    ReportRow bad = r.rows().stream().filter(ReportRow::mismatch).findFirst().orElseThrow();
    assertThat(bad.reference()).isEqualTo("9100000001");
    assertThat(bad.detail()).contains("paidAmount 450.00 vs statement 500.00");
  }

  @Test
  void openForAppend_afterCrashMidPage_cutsBackToCheckpoint() throws IOException {
    Path file = dir.resolve("x.tsv");
    long valid;
    try (SnapshotFile f = SnapshotFile.openForAppend(file, 0)) {
      valid = f.appendDurably(List.<String[]>of(new String[] {"a", "b"}));
      f.appendDurably(List.<String[]>of(new String[] {"half", "written"}));
    }
    try (SnapshotFile f = SnapshotFile.openForAppend(file, valid)) {
      f.appendDurably(List.<String[]>of(new String[] {"c", "d\twith tab"}));
    }

    assertThat(Files.readAllLines(file)).containsExactly("a\tb", "c\td with tab");
  }

  @Test
  void openForAppend_fileShorterThanCheckpoint_refusesToGuess() throws IOException {
    Path file = dir.resolve("short.tsv");
    Files.writeString(file, "a\n");

    assertThatThrownBy(() -> SnapshotFile.openForAppend(file, 100)).isInstanceOf(IOException.class)
        .hasMessageContaining("--restart");
  }

  @Test
  void checkpoint_roundTrip_survivesRewrite() throws IOException {
    Path file = dir.resolve("cp.properties");
    new Checkpoint(Checkpoint.Phase.LINES, "tok_en-1", 123, 45).write(file);

    assertThat(Checkpoint.read(file)).contains(new Checkpoint(Checkpoint.Phase.LINES, "tok_en-1", 123, 45));
    assertThat(Checkpoint.read(dir.resolve("absent"))).isEmpty();
  }

  @Test
  void parse_secretOnlyFromEnvironment_neverInToString() {
    JobConfig c = JobConfig.parse(new String[] {"--base-url", "https://x.example"},
        java.util.Map.of("CSOL_CLIENT_ID", "job", "CSOL_CLIENT_SECRET", "s3cr3t-value"));

    assertThat(c.toString()).doesNotContain("s3cr3t-value");
    assertThatThrownBy(() -> JobConfig.parse(new String[] {"--page-size", "501"}, java.util.Map.of()))
        .hasMessageContaining("--page-size must be 1..500");
    assertThatThrownBy(() -> JobConfig.parse(new String[] {"--base-url", "https://x.example"}, java.util.Map.of()))
        .hasMessageContaining("CSOL_CLIENT_SECRET");
  }
}
