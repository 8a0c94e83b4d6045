package io.csol.check.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.csol.sandbox.SandboxOptions;
import io.csol.sandbox.SandboxServer;
import io.csol.sdk.invoices.Invoice;
import io.csol.sdk.invoices.InvoiceStatus;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on Boot 3.5's managed Jackson, HttpClient 5 and Micrometer, against the
 * embedded sandbox: the auto-configured client pages and decodes, Boot's mapper writes SDK money
 * as the wire does, the csol health is UP, and the SDK's timers are in Boot's registry.
 */
@SpringBootTest(properties = {"csol.credentials.client-id=recon-job",
    "csol.credentials.client-secret=recon-secret-1"})
class ConsumerApplicationTest {

  static final SandboxServer SANDBOX = SandboxServer.start(SandboxOptions.builder().seed(42).build());

  @DynamicPropertySource
  static void sandbox(DynamicPropertyRegistry registry) {
    registry.add("csol.base-uri", () -> SANDBOX.baseUri().toString());
  }

  @AfterAll
  static void stop() {
    SANDBOX.close();
  }

  @Autowired
  OverdueReport report;
  @Autowired
  HealthEndpoint health;
  @Autowired
  MeterRegistry meters;
  @Autowired
  ObjectMapper json;

  @Test
  void application_onBootsManagedVersions_readsInvoicesAndReportsHealthAndMetrics()
      throws Exception {
    List<Invoice> overdue = report.firstOverdue(15);
    assertThat(overdue).hasSize(15).allSatisfy(i ->
        assertThat(i.status()).isEqualTo(InvoiceStatus.OVERDUE));
    String written = json.writeValueAsString(overdue.get(0).openAmount());
    assertThat(written).isEqualTo("{\"amount\":\""
        + overdue.get(0).openAmount().amount().toPlainString() + "\",\"currency\":\""
        + overdue.get(0).openAmount().currency().getCurrencyCode() + "\"}");
    assertThat(health.healthForPath("csol").getStatus()).isEqualTo(Status.UP);
    assertThat(meters.find("csol.client.calls").tag("operation", "listInvoices").timer())
        .isNotNull();
    // the versions this ran on: Boot's, not the SDK's
    System.out.println("consumer-check boot: Jackson "
        + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION + ", HttpClient "
        + org.apache.hc.core5.util.VersionInfo.loadVersionInfo("org.apache.hc.client5",
            getClass().getClassLoader()).getRelease()
        + ", Spring Boot " + org.springframework.boot.SpringBootVersion.getVersion());
  }
}
