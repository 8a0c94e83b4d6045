package io.csol.sdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.csol.sandbox.Faults;
import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.junit.CsolSandbox;
import io.csol.sdk.core.CircuitState;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.error.ServerException;
import io.csol.sdk.invoices.InvoicesClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The health indicator and the masking of secrets in the actuator's endpoints. */
@CsolSandbox(seed = 42)
class CsolActuatorAutoConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CsolAutoConfiguration.class,
          CsolActuatorAutoConfiguration.class));

  private ApplicationContextRunner configured(SandboxServer server) {
    return CsolAutoConfigurationTest.configured(runner, server);
  }

  private static Health health(org.springframework.context.ApplicationContext context) {
    return context.getBean("csolHealthIndicator", HealthIndicator.class).health();
  }

  @Test
  void health_signInWorksAndCircuitsClosed_upWithCircuitStates(SandboxServer server) {
    configured(server).run(context -> {
      Health health = health(context);
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      @SuppressWarnings("unchecked")
      Map<String, String> circuits = (Map<String, String>) health.getDetails().get("circuits");
      assertThat(circuits).containsEntry("invoices", "CLOSED").containsEntry("statements", "CLOSED")
          .doesNotContainKey("unknown").hasSize(Tool.values().length - 1);
      assertThat(health.toString()).doesNotContain(CsolAutoConfigurationTest.SECRET);
    });
  }

  @Test
  void health_probedTwiceWithAValidToken_signsInOnce(SandboxServer server) {
    configured(server).run(context -> {
      health(context);
      health(context);
      assertThat(server.journal().find("POST", "/v1/oauth/token")).hasSize(1);
      assertThat(server.journal().find("GET", "/v1/me")).hasSize(2);
    });
  }

  @Test
  void health_wrongSecret_downWithTheErrorButNoSecret(SandboxServer server) {
    configured(server).withPropertyValues("csol.credentials.client-secret=wrong-secret-9")
        .run(context -> {
          Health health = health(context);
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(health.getDetails().get("error").toString())
              .startsWith("AuthenticationException");
          assertThat(health.getDetails().get("reason").toString()).contains("sign-in");
          assertThat(health.toString()).doesNotContain("wrong-secret-9");
        });
  }

  @Test
  void health_circuitOpen_downNamingTheToolWithoutACall(SandboxServer server) {
    server.faults().add(Faults.Rule.status("/v1/invoices", 500).times(1));
    configured(server).withPropertyValues("csol.retry.max-attempts=1",
        "csol.circuit-breaker.sliding-window-size=1",
        "csol.circuit-breaker.failure-rate-threshold=100").run(context -> {
          InvoicesClient invoices = context.getBean(InvoicesClient.class);
          org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> invoices.listInvoices().pageSize(1).stream().findFirst())
              .isInstanceOf(ServerException.class);
          assertThat(context.getBean(CsolClient.class).circuitState(Tool.INVOICES))
              .isEqualTo(CircuitState.OPEN);
          Health health = health(context);
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(health.getDetails().get("reason").toString())
              .startsWith("circuit open for invoices");
          assertThat(health.getDetails().get("circuits").toString()).contains("invoices=OPEN");
          assertThat(server.journal().find("GET", "/v1/me")).isEmpty();
        });
  }

  @Test
  void health_disabledByManagementProperty_noIndicator(SandboxServer server) {
    configured(server).withPropertyValues("management.health.csol.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("csolHealthIndicator"));
  }

  @Test
  void health_actuatorNotOnClassPath_noIndicatorAndNoSanitizer(SandboxServer server) {
    configured(server).withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(CsolClient.class)
            .doesNotHaveBean("csolHealthIndicator").doesNotHaveBean("csolSanitizingFunction"));
  }

  @Test
  void health_userDefinedCsolClientOnly_indicatorUsesIt(SandboxServer server) {
    runner.withBean(CsolClient.class, () -> CsolClient.builder().baseUri(server.baseUri())
            .credentials(io.csol.sdk.core.Credentials.clientCredentials("recon-job",
                CsolAutoConfigurationTest.SECRET.toCharArray())).build())
        .run(context -> assertThat(health(context).getStatus()).isEqualTo(Status.UP));
  }

  @Test
  void configprops_showValuesAlways_secretsStillMasked(SandboxServer server) {
    configured(server).withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class,
            ConfigurationPropertiesReportEndpointAutoConfiguration.class,
            EnvironmentEndpointAutoConfiguration.class))
        .withPropertyValues("management.endpoints.web.exposure.include=configprops,env",
            "management.endpoint.configprops.show-values=ALWAYS",
            "management.endpoint.env.show-values=ALWAYS",
            "csol.proxy.uri=http://127.0.0.1:1", "csol.proxy.username=proxy-user",
            "csol.proxy.password=proxy-pass-7")
        .run(context -> {
          ObjectMapper json = new ObjectMapper().findAndRegisterModules();
          String configprops = json.writeValueAsString(
              context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties());
          assertThat(configprops).contains("recon-job").contains("proxy-user")
              .contains("\"clientSecret\":\"******\"").contains("\"password\":\"******\"")
              .doesNotContain(CsolAutoConfigurationTest.SECRET).doesNotContain("proxy-pass-7");
          String env = json.writeValueAsString(
              context.getBean(EnvironmentEndpoint.class).environment(null));
          assertThat(env).contains("recon-job")
              .doesNotContain(CsolAutoConfigurationTest.SECRET).doesNotContain("proxy-pass-7");
        });
  }

  @Test
  void sanitizer_csolSecretKeys_maskedInEverySpelling() {
    for (String key : new String[] {"csol.credentials.client-secret",
        "csol.credentials.clientSecret", "CSOL_CREDENTIALS_CLIENT_SECRET", "CSOL_CLIENT_SECRET",
        "csol.credentials.password", "csol.proxy.password", "CSOL_PROXY_PASSWORD"}) {
      assertThat(CsolActuatorAutoConfiguration.isCsolSecret(
          new org.springframework.boot.actuate.endpoint.SanitizableData(null, key, "v")))
          .as(key).isTrue();
    }
    for (String key : new String[] {"csol.credentials.client-id", "csol.credentials.username",
        "spring.datasource.password", "csol.base-uri"}) {
      assertThat(CsolActuatorAutoConfiguration.isCsolSecret(
          new org.springframework.boot.actuate.endpoint.SanitizableData(null, key, "v")))
          .as(key).isFalse();
    }
  }
}
