package io.csol.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.junit.SandboxExtension;
import io.csol.sdk.invoices.DisputeResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

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
}
