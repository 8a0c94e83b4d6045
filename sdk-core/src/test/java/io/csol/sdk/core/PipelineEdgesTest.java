package io.csol.sdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.csol.sdk.core.Stubs.json;
import static io.csol.sdk.core.Stubs.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.csol.sdk.core.error.AuthenticationException;
import io.csol.sdk.core.error.CircuitOpenException;
import io.csol.sdk.core.error.ServerException;
import io.csol.sdk.core.error.TransportException;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.ApiRequest;
import io.csol.sdk.core.spi.tool.ToolOperations;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pipeline's edges: the deadline after a backoff sleep, the one replay after 401, the circuit, sign-in keys. */
class PipelineEdgesTest {
  private static final String ME = "{\"userId\":\"dana\",\"name\":\"Dana\"}";

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

  private int tokenRequests() {
    return server.countRequestsMatching(postRequestedFor(urlPathEqualTo("/v1/oauth/token")).build())
        .getCount();
  }

  @Test
  void call_backoffSleepEndsExactlyAtTheDeadline_failsWithoutAnotherAttempt() {
    server.stubFor(get("/v1/me").willReturn(problem(503, "unavailable")));
    Instant deadline = time.instant().plus(Duration.ofSeconds(30));
    // a sleep that overruns (as real sleeps do) up to the deadline: the check after the sleep
    // must stop the call, not send an attempt with no time left
    try (CsolClient client = Stubs.client(server, time)
        .hooks(h -> h.sleeper = d -> time.advance(Duration.between(time.instant(), deadline)))
        .defaultTimeout(Duration.ofSeconds(30)).build()) {
      assertThatThrownBy(() -> ToolOperations.caller(client).call(ApiRequest.get("/v1/me").build(), Me.class))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("call deadline of PT30S exceeded after 1 attempt(s)")
          .hasCauseInstanceOf(ServerException.class);
    }
    assertThat(requests("/v1/me")).isEqualTo(1);
  }

  @Test
  void call_backoffSleepEndsBeforeTheDeadline_triesAgain() {
    server.stubFor(get("/v1/me").inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(problem(503, "unavailable")).willSetStateTo("up"));
    server.stubFor(get("/v1/me").inScenario("s").whenScenarioStateIs("up").willReturn(json(200, ME)));
    // 5 s left in the clock's time: the attempt's transport budget is real time
    Instant almost = time.instant().plus(Duration.ofSeconds(25));
    try (CsolClient client = Stubs.client(server, time)
        .hooks(h -> h.sleeper = d -> time.advance(Duration.between(time.instant(), almost)))
        .defaultTimeout(Duration.ofSeconds(30)).build()) {
      assertThat(ToolOperations.caller(client).call(ApiRequest.get("/v1/me").build(), Me.class).name())
          .isEqualTo("Dana");
    }
    assertThat(requests("/v1/me")).isEqualTo(2);
  }

  @Test
  void call_401ThenRenewedThen503ThenRetried401_twoTokenRequestsOnly() {
    // attempt 1: 401 -> one renewal -> replay answered 503 -> backoff -> attempt 2: 401 again.
    // The call has used its one replay: no third token request, the 401 is the answer.
    String[] answers = {"401", "503", "401"};
    for (int i = 0; i < answers.length; i++) {
      int status = Integer.parseInt(answers[i]);
      server.stubFor(get("/v1/me").inScenario("auth").whenScenarioStateIs(i == 0 ? Scenario.STARTED : "s" + i)
          .willReturn(problem(status, status == 401 ? "unauthorized" : "unavailable")).willSetStateTo("s" + (i + 1)));
    }
    server.stubFor(get("/v1/me").inScenario("auth").whenScenarioStateIs("s3").willReturn(json(200, ME)));
    try (CsolClient client = Stubs.client(server, time).build()) {
      assertThatThrownBy(() -> ToolOperations.caller(client).call(ApiRequest.get("/v1/me").build(), Me.class))
          .isInstanceOf(AuthenticationException.class);
    }
    assertThat(tokenRequests()).isEqualTo(2);
    assertThat(requests("/v1/me")).isEqualTo(3);
    assertThat(time.sleeps).hasSize(1);
  }

  @Test
  void call_sustained500_opensTheCircuitLike503() {
    server.stubFor(get("/v1/invoices").willReturn(problem(500, "internal-error")));
    try (CsolClient client = Stubs.client(server, time).retry(RetryOptions.disabled())
        .circuitBreaker(CircuitBreakerOptions.builder().slidingWindowSize(4)
            .failureRateThreshold(50).waitInOpenState(Duration.ofMinutes(1)).build()).build()) {
      ApiCaller caller = ToolOperations.caller(client);
      ApiRequest invoices = ApiRequest.get("/v1/invoices").tool(Tool.INVOICES).build();
      for (int i = 0; i < 4; i++) {
        assertThatThrownBy(() -> caller.call(invoices, Me.class)).isInstanceOf(ServerException.class);
      }
      assertThat(client.circuitState(Tool.INVOICES)).isEqualTo(CircuitState.OPEN);
      assertThatThrownBy(() -> caller.call(invoices, Me.class)).isInstanceOf(CircuitOpenException.class);
    }
    assertThat(requests("/v1/invoices")).isEqualTo(4);
  }

  @Test
  void call_sustained499_answeredCallsKeepTheCircuitClosed() {
    server.stubFor(get("/v1/invoices").willReturn(problem(499, "client-closed")));
    try (CsolClient client = Stubs.client(server, time).retry(RetryOptions.disabled())
        .circuitBreaker(CircuitBreakerOptions.builder().slidingWindowSize(4)
            .failureRateThreshold(50).waitInOpenState(Duration.ofMinutes(1)).build()).build()) {
      ApiCaller caller = ToolOperations.caller(client);
      ApiRequest invoices = ApiRequest.get("/v1/invoices").tool(Tool.INVOICES).build();
      for (int i = 0; i < 6; i++) {
        assertThatThrownBy(() -> caller.call(invoices, Me.class)).isNotInstanceOf(CircuitOpenException.class);
      }
      assertThat(client.circuitState(Tool.INVOICES)).isEqualTo(CircuitState.CLOSED);
    }
    assertThat(requests("/v1/invoices")).isEqualTo(6);
  }

  @Test
  void signIn_tokenRequestRetried_carriesOneIdempotencyKeyOnEveryAttempt() {
    server.stubFor(post(urlPathEqualTo("/v1/oauth/token")).inScenario("t")
        .whenScenarioStateIs(Scenario.STARTED).willReturn(problem(503, "unavailable"))
        .willSetStateTo("up"));
    server.stubFor(post(urlPathEqualTo("/v1/oauth/token")).inScenario("t")
        .whenScenarioStateIs("up").willReturn(json(200, Stubs.tokenJson(Stubs.ACCESS_1, null, 3600))));
    server.stubFor(get("/v1/me").willReturn(json(200, ME)));
    try (CsolClient client = Stubs.client(server, time).build()) {
      ToolOperations.caller(client).call(ApiRequest.get("/v1/me").build(), Me.class);
    }
    List<LoggedRequest> sent = server.findAll(postRequestedFor(urlPathEqualTo("/v1/oauth/token")));
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).getHeader("Idempotency-Key")).isNotBlank();
    assertThat(sent.get(1).getHeader("Idempotency-Key")).isEqualTo(sent.get(0).getHeader("Idempotency-Key"));
    server.verify(exactly(0), getRequestedFor(urlPathEqualTo("/v1/me")).withHeader("Idempotency-Key",
        com.github.tomakehurst.wiremock.client.WireMock.matching(".*")));
  }
}
