package io.csol.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.junit.CsolSandbox;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.invoices.Invoice;
import io.csol.sdk.invoices.InvoiceStatus;
import io.csol.sdk.invoices.InvoicesClient;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * What a user of sdk-invoices does, on whichever Jackson, HttpClient 5 and JUnit versions the
 * build resolved (scripts/consumer-check.sh runs it on the pinned and on the floor set).
 */
@CsolSandbox(seed = 42)
class ConsumerTest {

  static final List<URI> seen = new CopyOnWriteArrayList<>();

  @Test
  void search_fourPagesFromTheSandbox_readsTypedInvoicesWithoutDuplicates(SandboxServer server) {
    try (CsolClient csol = CsolClient.builder().baseUri(server.baseUri())
        .credentials(Credentials.clientCredentials("recon-job", "recon-secret-1".toCharArray()))
        .build()) {
      InvoicesClient invoices = InvoicesClient.of(csol);
      // several pages: paging, JSON decoding of money and dates, the connection pool
      List<Invoice> open = invoices.listInvoices()
          .status(InvoiceStatus.OPEN, InvoiceStatus.OVERDUE).pageSize(10).stream().limit(35).collect(Collectors.toList());
      assertThat(open).hasSize(35);
      Set<String> numbers = new HashSet<>();
      for (Invoice i : open) {
        assertThat(numbers.add(i.number())).as("no duplicate %s", i.number()).isTrue();
        assertThat(i.status()).isIn(InvoiceStatus.OPEN, InvoiceStatus.OVERDUE);
        assertThat(i.openAmount()).isNotNull();
      }
      Invoice one = invoices.getInvoice(open.get(0).number());
      assertThat(one.number()).isEqualTo(open.get(0).number());
      assertThat(one.lines()).isNotEmpty();
    }
    assertThat(server.journal().size()).isGreaterThan(2);
  }

  @Test
  void sandboxExtension_onThisJUnit_closesItsServerWhenTheClassEnds() {
    seen.clear();
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(Inner.class)).execute()
        .testEvents().assertStatistics(s -> s.failed(0).succeeded(1));
    assertThat(seen).hasSize(1);
    assertThatThrownBy(() -> {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(seen.get(0).getHost(), seen.get(0).getPort()), 2_000);
      }
    }).as("the server at %s is closed", seen.get(0)).isInstanceOf(ConnectException.class);
  }

  /** Run only through EngineTestKit above (surefire skips nested classes). */
  @CsolSandbox(seed = 1)
  static class Inner {
    @Test
    void records(SandboxServer server) {
      seen.add(server.baseUri());
    }
  }
}
