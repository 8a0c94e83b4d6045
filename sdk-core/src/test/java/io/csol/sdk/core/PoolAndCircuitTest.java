package io.csol.sdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.csol.sdk.core.Stubs.json;
import static io.csol.sdk.core.Stubs.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.csol.sdk.core.error.CircuitOpenException;
import io.csol.sdk.core.error.CsolException;
import io.csol.sdk.core.error.ServerException;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.tool.ToolOperations;
import io.csol.sdk.core.spi.ApiRequest;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PoolAndCircuitTest {
  private WireMockServer server;
  private FakeTime time;

  @BeforeEach
  void start() {
    server = Stubs.server();
    time = new FakeTime();
    Stubs.tokens(server, 3600);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private int requests(String path) {
    return server.countRequestsMatching(getRequestedFor(urlPathEqualTo(path)).build()).getCount();
  }

  @Test
  void calls_1000FailingCalls_noConnectionLeaked() {
    server.stubFor(get("/v1/e500").willReturn(problem(500, "internal-error")));
    server.stubFor(get("/v1/e404").willReturn(problem(404, "not-found")));
    server.stubFor(get("/v1/bad-json").willReturn(json(200, "{\"userId\":")));
    server.stubFor(get("/v1/reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(get("/v1/doc").willReturn(aResponse().withStatus(200)
        .withHeader("Repr-Digest", "sha-256=:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:")
        .withBody(new byte[70_000])));
    String[] paths = {"/v1/e500", "/v1/e404", "/v1/bad-json", "/v1/reset", "/v1/doc"};
    try (CsolClient client = Stubs.client(server, time).retry(RetryOptions.disabled())
        .maxConnections(5).build()) {
      ApiCaller caller = ToolOperations.caller(client);
      int failures = 0;
      for (int i = 0; i < 1000; i++) {
        ApiRequest request = ApiRequest.get(paths[i % paths.length]).build();
        try {
          if (i % paths.length == 4) {
            caller.download(request, new ByteArrayOutputStream());
          } else {
            caller.call(request, Me.class);
          }
        } catch (CsolException expected) {
          failures++;
        }
      }
      assertThat(failures).isEqualTo(1000);
      assertThat(client.leasedConnections()).isZero();
    }
  }

  @Test
  void call_sustained5xx_circuitOpensAndFailsFastWithoutRequest() {
    server.stubFor(get("/v1/invoices").willReturn(problem(503, "unavailable")));
    server.stubFor(get("/v1/statements/lines").willReturn(json(200, "{\"userId\":\"s\"}")));
    try (CsolClient client = Stubs.client(server, time).retry(RetryOptions.disabled())
        .circuitBreaker(CircuitBreakerOptions.builder().slidingWindowSize(4)
            .failureRateThreshold(50).waitInOpenState(Duration.ofMinutes(1)).build()).build()) {
      ApiCaller caller = ToolOperations.caller(client);
      ApiRequest invoices = ApiRequest.get("/v1/invoices").tool(Tool.INVOICES).build();
      for (int i = 0; i < 4; i++) {
        assertThatThrownBy(() -> caller.call(invoices, Me.class))
            .isInstanceOf(ServerException.class);
      }
      assertThatThrownBy(() -> caller.call(invoices, Me.class))
          .isInstanceOfSatisfying(CircuitOpenException.class, e -> {
            assertThat(e.tool()).isEqualTo(Tool.INVOICES);
            assertThat(e).hasMessageContaining("INVOICES");
            assertThat(e.requestId()).isPresent();
          });
      assertThat(requests("/v1/invoices")).isEqualTo(4);
      // another tool's circuit is unaffected
      Me other = caller.call(ApiRequest.get("/v1/statements/lines").tool(Tool.STATEMENTS).build(),
          Me.class);
      assertThat(other.userId()).isEqualTo("s");
    }
  }

  @Test
  void call_4xxFailures_doNotOpenCircuit() {
    server.stubFor(get("/v1/invoices").willReturn(problem(404, "not-found")));
    try (CsolClient client = Stubs.client(server, time).retry(RetryOptions.disabled())
        .circuitBreaker(CircuitBreakerOptions.builder().slidingWindowSize(2).build()).build()) {
      ApiCaller caller = ToolOperations.caller(client);
      ApiRequest invoices = ApiRequest.get("/v1/invoices").tool(Tool.INVOICES).build();
      for (int i = 0; i < 5; i++) {
        assertThatThrownBy(() -> caller.call(invoices, Me.class))
            .isNotInstanceOf(CircuitOpenException.class);
      }
      assertThat(requests("/v1/invoices")).isEqualTo(5);
    }
  }
}
