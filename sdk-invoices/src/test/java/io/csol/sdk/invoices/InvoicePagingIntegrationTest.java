package io.csol.sdk.invoices;

import static io.csol.sdk.invoices.InvoiceFields.DUE_DATE;
import static io.csol.sdk.invoices.InvoiceFields.NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sandbox.junit.SandboxExtension;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.paging.Positioned;
import io.csol.sdk.core.paging.ResumeToken;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Page size, result cap and stream checkpoints against the sandbox's real keyset cursors. */
class InvoicePagingIntegrationTest {
  @RegisterExtension
  static SandboxExtension sandbox = SandboxExtension.builder().seed(42).build();

  private CsolClient csol;
  private InvoicesClient invoices;

  @BeforeEach
  void signIn() {
    csol = CsolClient.builder().baseUri(sandbox.server().baseUri())
        .credentials(Credentials.clientCredentials("recon-job", "recon-secret-1".toCharArray()))
        .build();
    invoices = InvoicesClient.of(csol);
  }

  @AfterEach
  void close() {
    csol.close();
  }

  private InvoiceQuery query() {
    return invoices.listInvoices().sortBy(DUE_DATE.asc(), NUMBER.asc());
  }

  private static List<String> numbers(Stream<Invoice> s) {
    try (s) {
      return s.map(Invoice::number).collect(Collectors.toList());
    }
  }

  @Test
  void resumeFrom_tokenTakenAtPageSize5_resumesExactlyAtPageSize3() {
    List<String> all = numbers(query().pageSize(50).maxResults(40).stream());
    assertThat(all).hasSize(40);
    ResumeToken token;
    try (Stream<Positioned<Invoice>> s = query().pageSize(5).streamWithPositions()) {
      token = s.skip(6).findFirst().orElseThrow().resumeToken(); // after the 7th record
    }
    List<String> resumed = numbers(query().pageSize(3).maxResults(33)
        .resumeFrom(ResumeToken.parse(token.value())).stream());
    assertThat(resumed).isEqualTo(all.subList(7, 40));
  }

  @Test
  void maxResults_belowPageSize_returnsThatManyWithOneRequest() {
    numbers(query().maxResults(1).stream()); // signs in
    long before = csol.statistics().calls();
    List<String> ten = numbers(query().pageSize(100).maxResults(10).stream());
    assertThat(ten).hasSize(10);
    assertThat(csol.statistics().calls() - before).isEqualTo(1);
  }
}
