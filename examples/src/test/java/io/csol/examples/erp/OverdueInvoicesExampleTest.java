package io.csol.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sandbox.Faults;
import io.csol.sandbox.Journal;
import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.junit.SandboxExtension;
import io.csol.sdk.core.error.AuthenticationException;
import io.csol.sdk.invoices.DisputeResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OverdueInvoicesExampleTest {

  @RegisterExtension
  static final SandboxExtension SANDBOX = SandboxExtension.builder().seed(42).build();

  @TempDir
  Path dir;

  @Test
  void run_customerWithOverdueInvoices_downloadsPdfsAndOpensOneRequest(SandboxServer server)
      throws Exception {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8);

    DisputeResult first = OverdueInvoicesExample.run(server.baseUri(), "dana", "demo-password-1".toCharArray(),
        "1000002", dir, out);

    assertThat(first).isNotNull();
    assertThat(first.request().trackingNumber()).matches("R-\\d{4}-\\d+");
    assertThat(text.toString(StandardCharsets.UTF_8)).contains("Disputed " + first.invoiceNumber());
    try (Stream<Path> pdfs = Files.list(dir)) {
      assertThat(pdfs).isNotEmpty().allSatisfy(pdf ->
          assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-"));
    }
    assertThat(server.journal().applied("POST", "/v1/invoices/*/dispute")).isEqualTo(1);
  }

  @Test
  void run_disputeAnswerLostAfterItTookEffect_retriedWithTheSameKeyOpensOneRequest(SandboxServer server)
      throws Exception {
    // the dispute is applied, then the connection drops before the answer: the SDK re-sends with
    // the example's business key and gets the first answer back instead of a second request
    server.faults().set(List.of(Faults.Rule.of("/v1/invoices/*/dispute", Faults.Kind.RESET_AFTER_HANDLER).times(1)));
    ByteArrayOutputStream text = new ByteArrayOutputStream();

    DisputeResult result = OverdueInvoicesExample.run(server.baseUri(), "dana", "demo-password-1".toCharArray(),
        "1000003", dir, new PrintStream(text, true, StandardCharsets.UTF_8));

    assertThat(result).isNotNull();
    List<Journal.Entry> sent = server.journal().find("POST", "/v1/invoices/*/dispute");
    assertThat(sent).extracting(Journal.Entry::outcome)
        .containsExactly(Journal.Outcome.APPLIED, Journal.Outcome.REPLAYED);
    assertThat(sent).extracting(Journal.Entry::idempotencyKey).containsOnly("dispute-" + result.invoiceNumber());
    assertThat(text.toString(StandardCharsets.UTF_8)).contains(result.request().trackingNumber());
  }

  @Test
  void run_wrongPassword_failsWithAuthenticationErrorBeforeAnyDownload(SandboxServer server) {
    assertThatThrownBy(() -> OverdueInvoicesExample.run(server.baseUri(), "dana", "not-the-password".toCharArray(),
        "1000002", dir, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageNotContaining("not-the-password");
    assertThat(dir).isEmptyDirectory();
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../escaped", "../x", "a/../../b", "/etc/passwd", "sub/INV-1", "..", ".hidden",
      "INV..1", "a\\b", "INV-1\n", "", "x23456789012345678901234567890123456789012345678901234567890123456"})
  void pdfPath_unsafeInvoiceNumber_isRefused(String number) {
    assertThatThrownBy(() -> OverdueInvoicesExample.pdfPath(dir, number))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invoiceNumber");
  }

  @Test
  void pdfPath_traversal_messageDoesNotEchoTheNumber() {
    assertThatThrownBy(() -> OverdueInvoicesExample.pdfPath(dir, "../../escaped\r\nforged log line"))
        .hasMessageNotContaining("escaped").hasMessageNotContaining("forged");
  }

  @Test
  void pdfPath_plainInvoiceNumber_staysInTheFolder() {
    Path target = OverdueInvoicesExample.pdfPath(dir, "INV-2026-000123");

    assertThat(target.getParent()).isEqualTo(dir.toAbsolutePath().normalize());
    assertThat(target.getFileName().toString()).isEqualTo("INV-2026-000123.pdf");
  }
}
