package io.csol.sdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.junit.CsolSandbox;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.access.AccessClient;
import io.csol.sdk.invoices.InvoicesClient;
import io.csol.sdk.statements.StatementsClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

@CsolSandbox(seed = 42)
class CsolAutoConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CsolAutoConfiguration.class));

  private ApplicationContextRunner configured(SandboxServer server) {
    return runner.withPropertyValues("csol.base-uri=" + server.baseUri(),
        "csol.credentials.client-id=recon-job", "csol.credentials.client-secret=recon-secret-1");
  }

  @Test
  void csolClient_fromProperties_signsInAndServesEveryToolClient(SandboxServer server) {
    configured(server).run(context -> {
      assertThat(context).hasSingleBean(CsolClient.class).hasSingleBean(AccessClient.class)
          .hasSingleBean(InvoicesClient.class).hasSingleBean(StatementsClient.class);
      assertThat(context.getBean(AccessClient.class).getProfile()).isNotNull();
      assertThat(context.getBean(InvoicesClient.class).listInvoices().pageSize(5).stream().limit(5))
          .hasSize(5);
    });
  }
}
