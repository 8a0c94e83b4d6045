package io.csol.sdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.csol.sdk.core.Stubs.json;
import static io.csol.sdk.core.Stubs.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.csol.sdk.core.error.CsolException;
import io.csol.sdk.core.error.ServerException;
import io.csol.sdk.core.error.TransportException;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.ApiRequest;
import io.csol.sdk.core.spi.tool.ToolOperations;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the circuit counts (successes, 4xx, resets, garbled bodies; not interruptions) and what a failed POST says about its effect. */
class CircuitAndEffectTest {
  private static final String ME = "{\"userId\":\"dana\",\"name\":\"Dana\"}";
  private static final ApiRequest INVOICES = ApiRequest.get("/v1/invoices").tool(Tool.INVOICES).build();

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

  /** Window of 4 calls, opens at 50 % failures, no retries: each call is one request. */
  private CsolClient.Builder windowOfFour() {
    return Stubs.client(server, time).retry(RetryOptions.disabled())
        .circuitBreaker(CircuitBreakerOptions.builder().slidingWindowSize(4).failureRateThreshold(50)
            .waitInOpenState(Duration.ofMinutes(1)).build());
  }

  private static void callIgnoringFailure(ApiCaller caller, String path) {
    try {
      caller.call(ApiRequest.get(path).tool(Tool.INVOICES).build(), Me.class);
    } catch (CsolException expected) {
      // counted by the circuit, or not: that is what the tests look at
    }
  }

  @Test
  void circuit_twoSuccessesAndTwo500s_opensAtFiftyPercent() {
    server.stubFor(get("/v1/ok").willReturn(json(200, ME)));
    server.stubFor(get("/v1/down").willReturn(problem(500, "internal-error")));
    try (CsolClient client = windowOfFour().build()) {
      ApiCaller caller = ToolOperations.caller(client);
      callIgnoringFailure(caller, "/v1/ok");
      callIgnoringFailure(caller, "/v1/ok");
      callIgnoringFailure(caller, "/v1/down");
      assertThat(client.circuitState(Tool.INVOICES)).isEqualTo(CircuitState.CLOSED);
      callIgnoringFailure(caller, "/v1/down");
      assertThat(client.circuitState(Tool.INVOICES)).isEqualTo(CircuitState.OPEN);
    }
  }

  @Test
  void circuit_two404sAndTwo500s_4xxCountAsAnsweredCalls() {
    server.stubFor(get("/v1/missing").willReturn(problem(404, "not-found")));
    server.stubFor(get("/v1/down").willReturn(problem(502, "bad-gateway")));
    try (CsolClient client = windowOfFour().build()) {
      ApiCaller caller = ToolOperations.caller(client);
      callIgnoringFailure(caller, "/v1/missing");
      callIgnoringFailure(caller, "/v1/missing");
      callIgnoringFailure(caller, "/v1/down");
      callIgnoringFailure(caller, "/v1/down");
      assertThat(client.circuitState(Tool.INVOICES)).isEqualTo(CircuitState.OPEN);
    }
  }

  @Test
  void circuit_connectionResets_open() {
    server.stubFor(get("/v1/reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    try (CsolClient client = windowOfFour().build()) {
      ApiCaller caller = ToolOperations.caller(client);
      for (int i = 0; i < 4; i++) {
        callIgnoringFailure(caller, "/v1/reset");
      }
      assertThat(client.circuitState(Tool.INVOICES)).isEqualTo(CircuitState.OPEN);
    }
  }

  @Test
  void circuit_garbledBodiesOpen_wellFormedWrongShapeDoesNot() {
    server.stubFor(get("/v1/garbled").willReturn(json(200, "{\"userId\":")));
    server.stubFor(get("/v1/shape").willReturn(json(200, "[1,2]")));
    try (CsolClient garbled = windowOfFour().build(); CsolClient shape = windowOfFour().build()) {
      for (int i = 0; i < 4; i++) {
        callIgnoringFailure(ToolOperations.caller(garbled), "/v1/garbled");
        callIgnoringFailure(ToolOperations.caller(shape), "/v1/shape");
      }
      assertThat(garbled.circuitState(Tool.INVOICES)).isEqualTo(CircuitState.OPEN);
      assertThat(shape.circuitState(Tool.INVOICES)).isEqualTo(CircuitState.CLOSED);
    }
  }

  @Test
  void circuit_callsInterruptedWhileWaitingToRetry_notCounted() {
    server.stubFor(get("/v1/invoices").willReturn(problem(503, "unavailable")));
    try (CsolClient client = Stubs.client(server, time)
        .hooks(h -> h.sleeper = d -> {
          throw new InterruptedException("shutdown");
        })
        .circuitBreaker(CircuitBreakerOptions.builder().slidingWindowSize(4).failureRateThreshold(50)
            .waitInOpenState(Duration.ofMinutes(1)).build()).build()) {
      ApiCaller caller = ToolOperations.caller(client);
      for (int i = 0; i < 4; i++) {
        assertThatThrownBy(() -> caller.call(INVOICES, Me.class))
            .isInstanceOfSatisfying(TransportException.class, e -> {
              assertThat(e.retryable()).isFalse();
              assertThat(e).hasCauseInstanceOf(InterruptedException.class);
            });
        assertThat(Thread.interrupted()).as("interrupt flag restored").isTrue();
      }
      assertThat(client.circuitState(Tool.INVOICES)).isEqualTo(CircuitState.CLOSED);
    }
  }

  @Test
  void call_retryAfterExactlyTheTimeLeft_failsNowWithoutWaiting() {
    server.stubFor(get("/v1/invoices").willReturn(problem(503, "unavailable").withHeader("Retry-After", "30")));
    try (CsolClient client = Stubs.client(server, time).defaultTimeout(Duration.ofSeconds(30)).build()) {
      assertThatThrownBy(() -> ToolOperations.caller(client).call(INVOICES, Me.class))
          .isInstanceOf(ServerException.class);
    }
    assertThat(time.sleeps).isEmpty();
    assertThat(server.countRequestsMatching(getRequestedFor(urlPathEqualTo("/v1/invoices")).build()).getCount())
        .isEqualTo(1);
  }

  @Test
  void post_persistent502Or504_mayHaveBeenApplied_503WasNot() {
    server.stubFor(post("/v1/502").willReturn(problem(502, "bad-gateway")));
    server.stubFor(post("/v1/504").willReturn(problem(504, "gateway-timeout")));
    server.stubFor(post("/v1/503").willReturn(problem(503, "unavailable")));
    try (CsolClient client = Stubs.client(server, time).build()) {
      ApiCaller caller = ToolOperations.caller(client);
      for (String status : List.of("502", "504", "503")) {
        assertThatThrownBy(() -> caller.call(ApiRequest.post("/v1/" + status).body(Map.of("a", 1)).build(), Me.class))
            .as(status)
            .isInstanceOfSatisfying(ServerException.class, e -> {
              assertThat(e.mayHaveBeenApplied()).as(status).isEqualTo(!status.equals("503"));
              assertThat(e.attemptsSent()).isEqualTo(4);
            });
      }
    }
  }

  @Test
  void listener_attemptAndCallDurations_areTheElapsedTimeNotAnAbsoluteClock() {
    server.stubFor(get("/v1/invoices").willReturn(json(200, ME)));
    server.stubFor(get("/v1/reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    List<Duration> durations = new CopyOnWriteArrayList<>();
    CallListener listener = new CallListener() {
      @Override
      public void attemptFinished(AttemptEvent e) {
        durations.add(e.duration());
      }

      @Override
      public void callFinished(CallEvent e) {
        durations.add(e.duration());
      }
    };
    try (CsolClient client = Stubs.client(server, time).retry(RetryOptions.disabled()).listener(listener).build()) {
      ApiCaller caller = ToolOperations.caller(client);
      caller.call(INVOICES, Me.class);
      callIgnoringFailure(caller, "/v1/reset");
    }
    // a loose bound (the calls take milliseconds): a sum of two clock readings would be hours
    assertThat(durations).hasSizeGreaterThanOrEqualTo(4).allSatisfy(d -> assertThat(d).isBetween(Duration.ZERO, Duration.ofMinutes(10)));
  }
}
