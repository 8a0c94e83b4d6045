package io.csol.sdk.core.access;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.csol.sdk.core.CircuitBreakerOptions;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.RetryOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.poll.PollTimeoutException;
import io.csol.sdk.core.poll.PollerTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EntitlementsTest {
  private WireMockServer server;
  private CsolClient client;
  private AccessClient access;
  private final PollerTest.FakeClock clock = new PollerTest.FakeClock();

  @BeforeEach
  void start() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    server.stubFor(post(urlPathEqualTo("/v1/oauth/token")).willReturn(json(
        "{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
    client = CsolClient.builder().baseUri("http://127.0.0.1:" + server.port())
        .credentials(Credentials.clientCredentials("job", "secret-1".toCharArray()))
        .retry(RetryOptions.disabled()).circuitBreaker(CircuitBreakerOptions.disabled()).build();
    access = AccessClient.of(client);
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
  }

  private static String page(String status) {
    return "{\"data\":[{\"tool\":\"STATEMENTS\",\"customerNumber\":\"1000001\",\"country\":\"SE\","
        + "\"status\":\"ACTIVE\",\"updatedAt\":\"2026-11-01T10:00:00Z\"},"
        + "{\"tool\":\"INVOICES\",\"customerNumber\":\"1000001\",\"country\":\"SE\",\"status\":\""
        + status + "\",\"trackingNumber\":\"R-2026-000042\",\"updatedAt\":\"2026-12-01T10:00:00Z\"}]}";
  }

  @Test
  void awaitDecision_pendingThenActive_returnsTheActiveEntitlement() {
    server.stubFor(get(urlPathEqualTo("/v1/entitlements")).inScenario("e")
        .whenScenarioStateIs(Scenario.STARTED).willReturn(json(page("PENDING"))).willSetStateTo("2"));
    server.stubFor(get(urlPathEqualTo("/v1/entitlements")).inScenario("e")
        .whenScenarioStateIs("2").willReturn(json(page("PENDING"))).willSetStateTo("3"));
    server.stubFor(get(urlPathEqualTo("/v1/entitlements")).inScenario("e")
        .whenScenarioStateIs("3").willReturn(json(page("ACTIVE"))));

    Entitlement e = Entitlements.awaitDecision(access, Tool.INVOICES, "1000001",
        Duration.ofMinutes(5), clock::sleep, clock);
    assertThat(e.isActive()).isTrue();
    assertThat(e.tracking()).contains("R-2026-000042");
    assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @Test
  void awaitDecision_stillPendingAtDeadline_timeoutWithLastEntitlement() {
    server.stubFor(get(urlPathEqualTo("/v1/entitlements")).willReturn(json(page("PENDING"))));
    assertThatThrownBy(() -> Entitlements.awaitDecision(access, Tool.INVOICES, "1000001",
        Duration.ofSeconds(30), clock::sleep, clock))
        .isInstanceOfSatisfying(PollTimeoutException.class, t ->
            assertThat(t.lastValue()).hasValueSatisfying(v -> assertThat(v.toString())
                .contains("PENDING")));
  }

  @Test
  void awaitDecision_badCustomerNumber_rejectedBeforeAnyCall() {
    assertThatThrownBy(() -> Entitlements.awaitDecision(access, Tool.INVOICES, "12",
        Duration.ofSeconds(30))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customerNumber must be 7 digits");
    assertThat(server.getAllServeEvents()).isEmpty();
  }
}
