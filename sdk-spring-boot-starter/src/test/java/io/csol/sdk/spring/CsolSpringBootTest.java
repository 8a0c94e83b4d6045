package io.csol.sdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.csol.sandbox.SandboxOptions;
import io.csol.sandbox.SandboxServer;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.access.AccessClient;
import io.csol.sdk.invoices.Invoice;
import io.csol.sdk.invoices.InvoicesClient;
import io.csol.sdk.statements.StatementsClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.health.SystemHealth;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A whole Spring Boot application (every auto-configuration on the class path, actuator and
 * Micrometer included) against the embedded sandbox: real calls through the auto-configured
 * beans, the health endpoint, the metrics and the JSON a controller would write.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "csol.credentials.client-id=recon-job",
    "csol.credentials.client-secret=recon-secret-1",
    "management.endpoint.health.show-details=always"})
class CsolSpringBootTest {

  static final SandboxServer SANDBOX = SandboxServer.start(SandboxOptions.builder().seed(7).build());

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
  }

  @DynamicPropertySource
  static void sandbox(DynamicPropertyRegistry registry) {
    registry.add("csol.base-uri", () -> SANDBOX.baseUri().toString());
  }

  @AfterAll
  static void stopSandbox() {
    SANDBOX.close();
  }

  @Autowired
  CsolClient csol;
  @Autowired
  InvoicesClient invoices;
  @Autowired
  StatementsClient statements;
  @Autowired
  AccessClient access;
  @Autowired
  HealthEndpoint health;
  @Autowired
  MeterRegistry meters;
  @Autowired
  ObjectMapper json;

  @Test
  void application_callsThroughAutoConfiguredBeans_readsTheSandboxAndReportsHealthAndMetrics()
      throws Exception {
    List<Invoice> page = invoices.listInvoices().pageSize(10).stream().limit(25)
        .collect(Collectors.toList());
    assertThat(page).hasSize(25);
    Invoice one = invoices.getInvoice(page.get(0).number());
    assertThat(one.number()).isEqualTo(page.get(0).number());
    assertThat(access.getProfile()).isNotNull();

    // Boot's own mapper writes SDK money as the wire does (the Jackson module is registered)
    @SuppressWarnings("unchecked")
    Map<String, Object> written = json.readValue(json.writeValueAsString(one), Map.class);
    assertThat(written.get("openAmount")).isInstanceOf(Map.class);
    assertThat(((Map<?, ?>) written.get("openAmount")).get("amount"))
        .isEqualTo(one.openAmount().amount().toPlainString());

    HealthComponent overall = health.health();
    assertThat(overall).isInstanceOf(SystemHealth.class);
    HealthComponent csolHealth = ((CompositeHealth) overall).getComponents().get("csol");
    assertThat(csolHealth).isNotNull();
    assertThat(csolHealth.getStatus()).isEqualTo(Status.UP);
    assertThat(((org.springframework.boot.actuate.health.Health) csolHealth).getDetails())
        .containsKey("circuits");
    assertThat(health.healthForPath("csol").getStatus()).isEqualTo(Status.UP);

    assertThat(meters.find("csol.client.calls").tag("operation", "listInvoices").timer())
        .isNotNull();
    assertThat(meters.find("csol.client.calls").tag("operation", "getInvoice").timer().count())
        .isEqualTo(1);
    assertThat(csol.statistics().calls()).isGreaterThanOrEqualTo(5);
  }
}
