package io.csol.sdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sandbox.Faults;
import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.junit.CsolSandbox;
import io.csol.sdk.core.CallListener;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.access.AccessClient;
import io.csol.sdk.core.error.AuthenticationException;
import io.csol.sdk.core.error.ServerException;
import io.csol.sdk.invoices.InvoicesClient;
import io.csol.sdk.statements.StatementsClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.annotation.Order;

/** The client and tool client beans: conditions, properties, back-off, customizers, listeners. */
@CsolSandbox(seed = 42)
class CsolAutoConfigurationTest {

  static final String SECRET = "recon-secret-1";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CsolAutoConfiguration.class));

  static ApplicationContextRunner configured(ApplicationContextRunner runner,
      SandboxServer server) {
    return runner.withPropertyValues("csol.base-uri=" + server.baseUri(),
        "csol.credentials.client-id=recon-job", "csol.credentials.client-secret=" + SECRET);
  }

  private ApplicationContextRunner configured(SandboxServer server) {
    return configured(runner, server);
  }

  private static String startupFailure(AssertableApplicationContext context) {
    assertThat(context).hasFailed();
    Throwable t = context.getStartupFailure();
    StringBuilder messages = new StringBuilder();
    for (; t != null; t = t.getCause()) {
      messages.append(t.getMessage()).append('\n');
    }
    return messages.toString();
  }

  @Test
  void csolClient_fromProperties_signsInAndServesEveryToolClient(SandboxServer server) {
    configured(server).run(context -> {
      assertThat(context).hasSingleBean(CsolClient.class).hasSingleBean(AccessClient.class)
          .hasSingleBean(InvoicesClient.class).hasSingleBean(StatementsClient.class);
      assertThat(context.getBean(AccessClient.class).getProfile()).isNotNull();
      assertThat(context.getBean(InvoicesClient.class).listInvoices().pageSize(5).stream()
          .limit(5)).hasSize(5);
      assertThat(context.getBean(StatementsClient.class)).isNotNull();
    });
  }

  @Test
  void csolClient_contextClosed_clientIsClosed(SandboxServer server) {
    CsolClient[] seen = new CsolClient[1];
    configured(server).run(context -> seen[0] = context.getBean(CsolClient.class));
    assertThat(seen[0].toString()).endsWith(", closed]");
  }

  @Test
  void toolClients_moduleNotOnClassPath_noBeanForIt(SandboxServer server) {
    configured(server).withClassLoader(new FilteredClassLoader(InvoicesClient.class))
        .run(context -> assertThat(context).hasSingleBean(CsolClient.class)
            .hasSingleBean(StatementsClient.class).doesNotHaveBean(InvoicesClient.class));
    configured(server).withClassLoader(new FilteredClassLoader(InvoicesClient.class,
        StatementsClient.class)).run(context -> assertThat(context)
        .hasSingleBean(AccessClient.class).doesNotHaveBean(InvoicesClient.class)
        .doesNotHaveBean(StatementsClient.class));
  }

  @Test
  void autoConfiguration_sdkCoreNotOnClassPath_backsOff(SandboxServer server) {
    configured(server).withClassLoader(new FilteredClassLoader(CsolClient.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(CsolProperties.class)
            .doesNotHaveBean("csolClient"));
  }

  @Test
  void autoConfiguration_disabled_noBeans(SandboxServer server) {
    configured(server).withPropertyValues("csol.enabled=false").run(context -> assertThat(context)
        .hasNotFailed().doesNotHaveBean(CsolClient.class).doesNotHaveBean(InvoicesClient.class));
  }

  @Test
  void csolClient_userDefinesOne_autoConfiguredBacksOffAndToolClientsUseIt(SandboxServer server) {
    runner.withBean("myClient", CsolClient.class, () -> CsolClient.builder()
        .baseUri(server.baseUri())
        .credentials(Credentials.clientCredentials("recon-job", SECRET.toCharArray())).build())
        .run(context -> {
          assertThat(context).hasSingleBean(CsolClient.class).hasBean("myClient")
              .doesNotHaveBean("csolClient");
          context.getBean(InvoicesClient.class).listInvoices().pageSize(1).stream().findFirst()
              .orElseThrow();
          assertThat(server.journal().find("GET", "/v1/invoices*")).isNotEmpty();
        });
  }

  @Test
  void toolClient_userDefinesOne_autoConfiguredBacksOff(SandboxServer server) {
    configured(server).withBean("myInvoices", InvoicesClient.class,
        () -> InvoicesClient.of(CsolClient.builder().baseUri(server.baseUri()).build()))
        .run(context -> assertThat(context).hasSingleBean(InvoicesClient.class)
            .hasBean("myInvoices").doesNotHaveBean("invoicesClient"));
  }

  @Test
  void customizers_setBaseUriAndUserAgent_appliedInOrder(SandboxServer server) {
    runner.withPropertyValues("csol.credentials.client-id=recon-job",
            "csol.credentials.client-secret=" + SECRET, "csol.user-agent-suffix=from-properties/1")
        .withBean(SecondCustomizer.class)
        .withBean(FirstCustomizer.class, () -> new FirstCustomizer(server))
        .run(context -> {
          context.getBean(AccessClient.class).getProfile();
          List<String> agents = server.journal().find("GET", "/v1/me").get(0).headers()
              .entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("user-agent"))
              .flatMap(e -> e.getValue().stream()).toList();
          assertThat(agents).singleElement().asString().endsWith(" second/2");
        });
  }

  @Order(1)
  static class FirstCustomizer implements CsolClientBuilderCustomizer {
    private final SandboxServer server;

    FirstCustomizer(SandboxServer server) {
      this.server = server;
    }

    @Override
    public void customize(CsolClient.Builder builder) {
      builder.baseUri(server.baseUri()).userAgentSuffix("first/1");
    }
  }

  @Order(2)
  static class SecondCustomizer implements CsolClientBuilderCustomizer {
    @Override
    public void customize(CsolClient.Builder builder) {
      builder.userAgentSuffix("second/2");
    }
  }

  @Test
  void properties_retryAndCircuitBreaker_reachTheClient(SandboxServer server) {
    server.faults().add(Faults.Rule.status("/v1/invoices", 500).times(10));
    configured(server).withPropertyValues("csol.retry.max-attempts=2",
        "csol.retry.initial-backoff=1ms", "csol.retry.max-backoff=1ms",
        "csol.circuit-breaker.enabled=false").run(context -> {
          InvoicesClient invoices = context.getBean(InvoicesClient.class);
          org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> invoices.listInvoices().pageSize(1).stream().findFirst())
              .isInstanceOf(ServerException.class);
          assertThat(server.journal().find("GET", "/v1/invoices")).hasSize(2);
        });
  }

  @Test
  void properties_everyOptionBound_clientBuilds(SandboxServer server) {
    configured(server).withPropertyValues("csol.timeouts.connect=2s",
        "csol.timeouts.response=3s", "csol.timeouts.call=20s", "csol.max-connections=5",
        "csol.retry.max-paced-retries=0", "csol.circuit-breaker.failure-rate-threshold=80",
        "csol.circuit-breaker.sliding-window-size=5", "csol.circuit-breaker.wait-in-open-state=5s",
        "csol.security.allow-insecure-http=true", "csol.health.timeout=1s",
        "csol.proxy.uri=http://127.0.0.1:1", "csol.proxy.username=proxy-user",
        "csol.proxy.password=proxy-secret").run(context -> {
          CsolProperties p = context.getBean(CsolProperties.class);
          assertThat(p.getTimeouts().getCall()).hasSeconds(20);
          assertThat(p.getMaxConnections()).isEqualTo(5);
          assertThat(p.getCircuitBreaker().getSlidingWindowSize()).isEqualTo(5);
          assertThat(p.getProxy().getUsername()).isEqualTo("proxy-user");
          assertThat(context).hasSingleBean(CsolClient.class);
          assertThat(p.toString()).contains("proxy-user").doesNotContain("proxy-secret")
              .doesNotContain(SECRET);
          assertThat(context.getBean(CsolClient.class).toString()).doesNotContain(SECRET)
              .doesNotContain("proxy-secret");
        });
  }

  @Test
  void properties_outOfRange_failWithThePropertyAndTheAcceptedValues(SandboxServer server) {
    configured(server).withPropertyValues("csol.retry.max-attempts=0").run(context ->
        assertThat(startupFailure(context))
            .contains("csol.retry.max-attempts: maxAttempts must be 1..20, was 0"));
    configured(server).withPropertyValues("csol.timeouts.connect=-1s").run(context ->
        assertThat(startupFailure(context)).contains("csol.timeouts.connect: "));
    configured(server).withPropertyValues("csol.circuit-breaker.failure-rate-threshold=0")
        .run(context -> assertThat(startupFailure(context))
            .contains("csol.circuit-breaker.failure-rate-threshold: failureRateThreshold must be"
                + " in (0, 100]"));
    configured(server).withPropertyValues("csol.max-connections=0").run(context ->
        assertThat(startupFailure(context))
            .contains("csol.max-connections: maxConnections must be 1..1000, was 0"));
    configured(server).withPropertyValues("csol.retry.initial-backoff=2s",
        "csol.retry.max-backoff=1s").run(context -> assertThat(startupFailure(context))
        .contains("csol.retry: maxBackoff (PT1S) must be >= initialBackoff (PT2S)"));
  }

  @Test
  void baseUri_missing_failsNamingTheProperty() {
    runner.withPropertyValues("csol.credentials.client-id=recon-job",
        "csol.credentials.client-secret=" + SECRET).run(context ->
        assertThat(startupFailure(context)).contains("csol.base-uri must be set")
            .doesNotContain(SECRET));
  }

  @Test
  void baseUri_plainHttpToARemoteHost_failsNamingTheOptIn() {
    runner.withPropertyValues("csol.base-uri=http://api.example.com",
        "csol.credentials.client-id=recon-job", "csol.credentials.client-secret=" + SECRET)
        .run(context -> assertThat(startupFailure(context)).contains("plain http")
            .contains("csol.security.allow-insecure-http").doesNotContain(SECRET));
  }

  @Test
  void credentials_none_failsListingTheWaysToSignIn(SandboxServer server) {
    runner.withPropertyValues("csol.base-uri=" + server.baseUri()).run(context ->
        assertThat(startupFailure(context)).contains("csol.credentials: no sign-in configured")
            .contains("csol.credentials.client-id").contains("csol.credentials.username")
            .contains("csol.credentials.from-environment").contains("Credentials bean"));
  }

  @Test
  void credentials_twoKinds_failsWithoutEchoingSecrets(SandboxServer server) {
    configured(server).withPropertyValues("csol.credentials.username=ann",
        "csol.credentials.password=ann-password").run(context ->
        assertThat(startupFailure(context)).contains("set only one of")
            .doesNotContain(SECRET).doesNotContain("ann-password"));
  }

  @Test
  void credentials_secretWithoutId_failsNamingTheMissingProperty(SandboxServer server) {
    runner.withPropertyValues("csol.base-uri=" + server.baseUri(),
        "csol.credentials.client-secret=" + SECRET).run(context ->
        assertThat(startupFailure(context))
            .contains("csol.credentials.client-id must be set and non-blank")
            .doesNotContain(SECRET));
  }

  @Test
  void credentials_userBean_usedInPlaceOfProperties(SandboxServer server) {
    runner.withPropertyValues("csol.base-uri=" + server.baseUri())
        .withBean(Credentials.class,
            () -> Credentials.clientCredentials("recon-job", SECRET.toCharArray()))
        .run(context -> assertThat(context.getBean(AccessClient.class).getProfile())
            .isNotNull());
    configured(server).withBean(Credentials.class,
            () -> Credentials.clientCredentials("recon-job", SECRET.toCharArray()))
        .run(context -> assertThat(startupFailure(context))
            .contains("csol.credentials.* must be empty"));
  }

  @Test
  void credentials_wrongSecret_callsFailWithAuthenticationException(SandboxServer server) {
    configured(server).withPropertyValues("csol.credentials.client-secret=wrong").run(context ->
        org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> context.getBean(AccessClient.class).getProfile())
            .isInstanceOf(AuthenticationException.class));
  }

  @Test
  void listeners_callListenerBeans_registeredOnTheClient(SandboxServer server) {
    List<String> operations = new CopyOnWriteArrayList<>();
    configured(server).withBean(CallListener.class, () -> new CallListener() {
      @Override
      public void callFinished(CallEvent event) {
        operations.add(event.call().operation());
      }
    }).run(context -> {
      context.getBean(AccessClient.class).getProfile();
      // sign-in is a call of its own
      assertThat(operations).containsExactly("createToken", "getProfile");
    });
  }
}
