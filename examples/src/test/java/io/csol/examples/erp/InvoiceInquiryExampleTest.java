package io.csol.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.junit.SandboxExtension;
import io.csol.sdk.core.requests.RelatedRecordType;
import io.csol.sdk.core.requests.RequestCategory;
import io.csol.sdk.core.requests.RequestStatus;
import io.csol.sdk.requests.Request;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvoiceInquiryExampleTest {

  @RegisterExtension
  static final SandboxExtension SANDBOX = SandboxExtension.builder().seed(42).build();

  @Test
  void run_overdueInvoice_opensAnInquiryWithTheSheetAndPrintsSupportsAnswer(SandboxServer server) {
    server.clock().freeze(); // only the example's waiting moves the sandbox clock
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    List<Duration> waited = new ArrayList<>();

    Request answered = InvoiceInquiryExample.run(server.baseUri(), "dana",
        "demo-password-1".toCharArray(), "1000002", server.clock(), wait -> {
          waited.add(wait);
          server.clock().advance(wait);
        }, new PrintStream(text, true, StandardCharsets.UTF_8));

    assertThat(answered).isNotNull();
    assertThat(answered.status()).isEqualTo(RequestStatus.ANSWERED);
    assertThat(answered.category()).isEqualTo(RequestCategory.INVOICES);
    assertThat(answered.relatesTo().type()).isEqualTo(RelatedRecordType.INVOICE);
    assertThat(waited).as("support answers on its own time").isNotEmpty();
    String out = text.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("Opened " + answered.trackingNumber() + " about invoice "
            + answered.relatesTo().id() + " with expected-prices-" + answered.relatesTo().id()
            + ".csv attached")
        .contains(answered.trackingNumber() + " answered at");
    assertThat(out.lines().reduce((a, b) -> b).orElseThrow()).as("the support message")
        .doesNotContain("(no message)").isNotBlank();
    assertThat(server.journal().applied("POST", "/v1/attachments")).isEqualTo(1);
    assertThat(server.journal().applied("POST", "/v1/requests")).isEqualTo(1);
  }
}
