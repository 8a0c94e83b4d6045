package io.csol.sdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.csol.sdk.core.bridge.ErrorAccess;
import io.csol.sdk.core.error.CircuitOpenException;
import io.csol.sdk.core.error.CsolException;
import io.csol.sdk.core.error.InvalidRequestException;
import io.csol.sdk.core.error.ResponseDecodingException;
import io.csol.sdk.core.error.ServerException;
import io.csol.sdk.core.error.TransportException;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.ApiRequest;
import io.csol.sdk.core.spi.tool.ToolOperations;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pipeline under faults: cut and garbled bodies are retried, every failure says truthfully
 * whether the call may have taken effect and with which key to re-send it, and the circuit
 * breaker counts calls.
 */
class ReliabilityTest {
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

  private CsolClient client() {
    return Stubs.client(server, time).build();
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  // 1: a connection broken inside a page's record list

  @Test
  void callForPage_connectionBrokenInsideRecordList_retriedAsTransportFailureWithCause()
      throws IOException {
    // Content-Length promises more than arrives; the cut falls inside the data array, where
    // Jackson wraps the I/O failure as a mapping error
    try (RawServer raw = new RawServer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + "Content-Length: 900\r\n\r\n{\"data\":[{\"userId\":\"a\"},{\"userId\":\"b\"},{\"userId\":\"c");
        CsolClient anonymous = CsolClient.builder().baseUri("http://127.0.0.1:" + raw.port())
            .hooks(h -> {
              h.sleeper = time;
              h.clock = time;
            }).build()) {
      ApiCaller caller = ToolOperations.caller(anonymous);

      assertThatThrownBy(() -> caller.callForPage(ApiRequest.get("/v1/things").build(), Me.class))
          .isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e).hasMessageContaining("attempt 4 of 4").hasMessageNotContaining("map");
            assertThat(rootCause(e)).isInstanceOf(IOException.class)
                .hasMessageContaining("Premature end");
          });
      assertThat(raw.requests).hasValue(4);
      assertThat(anonymous.leasedConnections()).isZero();
    }
  }

  // 3: a complete 2xx body that is not well-formed JSON

  @Test
  void call_malformedBodyOnceOnGet_retriedAndSucceeds() {
    server.stubFor(get("/v1/me").inScenario("m").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(json(200, "{\"userId\":\"da#")).willSetStateTo("ok"));
    server.stubFor(get("/v1/me").inScenario("m").whenScenarioStateIs("ok").willReturn(json(200, ME)));
    try (CsolClient client = client()) {
      Me me = ToolOperations.caller(client).call(ApiRequest.get("/v1/me").build(), Me.class);

      assertThat(me.userId()).isEqualTo("dana");
      assertThat(client.statistics().retries()).isEqualTo(1);
    }
  }

  @Test
  void callForPage_malformedBodyEveryTime_typedDecodingExceptionAfterTheBudget() {
    server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(json(200,
        "{\"data\":[{\"userId\":\"a\"},{\"userId\"#")));
    try (CsolClient client = client()) {
      assertThatThrownBy(() -> ToolOperations.caller(client).callForPage(ApiRequest.get("/v1/things").build(),
          Me.class)).isInstanceOfSatisfying(ResponseDecodingException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.status()).isEqualTo(200);
            assertThat(e).hasMessageContaining("malformed JSON").hasMessageNotContaining("userId");
            assertThat(e.attemptsSent()).isEqualTo(4);
            assertThat(e.mayHaveBeenApplied()).as("a GET changes nothing").isFalse();
          });
      server.verify(4, getRequestedFor(urlPathEqualTo("/v1/things")));
      assertThat(client.leasedConnections()).isZero();
    }
  }

  @Test
  void call_malformedBodyOnceOnPost_retriedWithTheSameIdempotencyKey() {
    server.stubFor(post("/v1/approve").inScenario("p").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(json(200, "{\"userId\":#")).willSetStateTo("ok"));
    server.stubFor(post("/v1/approve").inScenario("p").whenScenarioStateIs("ok")
        .willReturn(json(200, ME)));
    try (CsolClient client = client()) {
      Me me = ToolOperations.caller(client).call(ApiRequest.post("/v1/approve").body(Map.of("a", 1)).build(),
          Me.class);

      assertThat(me.userId()).isEqualTo("dana");
      List<LoggedRequest> sent = server.findAll(postRequestedFor(urlPathEqualTo("/v1/approve")));
      assertThat(sent).hasSize(2);
      assertThat(sent.get(1).getHeader("Idempotency-Key")).isNotBlank()
          .isEqualTo(sent.get(0).getHeader("Idempotency-Key"));
    }
  }

  @Test
  void call_wellFormedBodyOfTheWrongShape_notRetried() {
    server.stubFor(get("/v1/me").willReturn(json(200, "[1,2]")));
    try (CsolClient client = client()) {
      assertThatThrownBy(() -> ToolOperations.caller(client).call(ApiRequest.get("/v1/me").build(), Me.class))
          .isInstanceOfSatisfying(ResponseDecodingException.class,
              e -> assertThat(e.retryable()).isFalse());
      server.verify(1, getRequestedFor(urlPathEqualTo("/v1/me")));
    }
  }

  // 2: what a failed call says about its effect

  @Test
  void call_postWhoseResponsesAreAllLost_saysMayHaveBeenAppliedWithTheKeySent() {
    server.stubFor(post("/v1/approve").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    try (CsolClient client = client()) {
      assertThatThrownBy(() -> ToolOperations.caller(client).call(ApiRequest.post("/v1/approve")
          .body(Map.of("a", 1)).build(), Me.class))
          .isInstanceOfSatisfying(TransportException.class, e -> {
            String sent = server.findAll(postRequestedFor(urlPathEqualTo("/v1/approve"))).get(0)
                .getHeader("Idempotency-Key");
            assertThat(e.mayHaveBeenApplied()).isTrue();
            assertThat(e.attemptsSent()).isEqualTo(4);
            assertThat(e.idempotencyKey()).contains(sent);
          });
    }
  }

  @Test
  void call_postRejectedWith4xx_saysNotApplied() {
    server.stubFor(post("/v1/approve").willReturn(problem(422, "validation-failed")));
    try (CsolClient client = client()) {
      assertThatThrownBy(() -> ToolOperations.caller(client).call(ApiRequest.post("/v1/approve")
          .body(Map.of("a", 1)).build(), Me.class))
          .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.mayHaveBeenApplied()).isFalse();
            assertThat(e.attemptsSent()).isEqualTo(1);
            assertThat(e.idempotencyKey()).isPresent();
          });
    }
  }

  @Test
  void call_connectionRefused_saysNothingWasSent() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    try (CsolClient anonymous = CsolClient.builder().baseUri("http://127.0.0.1:" + port)
        .hooks(h -> {
          h.sleeper = time;
          h.clock = time;
        }).build()) {
      assertThatThrownBy(() -> ToolOperations.caller(anonymous).call(ApiRequest.post("/v1/approve")
          .body(Map.of("a", 1)).build(), Me.class))
          .isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.attemptsSent()).isZero();
            assertThat(e.mayHaveBeenApplied()).isFalse();
            assertThat(e.idempotencyKey()).isPresent();
          });
    }
  }

  @Test
  void call_circuitOpenedByOtherCallsWhileRetryingAPost_saysEarlierAttemptMayHaveBeenApplied() {
    // the POST's first attempt reaches the server, which applies it and drops the connection;
    // while the POST waits to retry, a failing call of the same tool opens the circuit
    server.stubFor(post("/v1/approve").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
    server.stubFor(get("/v1/down").willReturn(problem(500, "internal-error")));
    AtomicBoolean opened = new AtomicBoolean();
    ApiCaller[] caller = new ApiCaller[1];
    try (CsolClient client = Stubs.client(server, time)
        .circuitBreaker(CircuitBreakerOptions.builder().slidingWindowSize(1).build())
        .hooks(h -> h.sleeper = d -> {
          time.sleep(d);
          if (opened.compareAndSet(false, true)) {
            try {
              caller[0].call(ApiRequest.get("/v1/down").tool(Tool.INVOICES).build(), Me.class);
            } catch (ServerException expected) {
              // one failed call fills the window of 1 and opens the circuit
            }
          }
        }).build()) {
      caller[0] = ToolOperations.caller(client);

      assertThatThrownBy(() -> caller[0].call(ApiRequest.post("/v1/approve").tool(Tool.INVOICES)
          .body(Map.of("a", 1)).build(), Me.class))
          .isInstanceOfSatisfying(CircuitOpenException.class, e -> {
            String sent = server.findAll(postRequestedFor(urlPathEqualTo("/v1/approve"))).get(0)
                .getHeader("Idempotency-Key");
            assertThat(e.attemptsSent()).isEqualTo(1);
            assertThat(e.mayHaveBeenApplied()).isTrue();
            assertThat(e.idempotencyKey()).contains(sent);
            assertThat(e).hasMessageContaining("1 earlier attempt was sent and may have taken effect")
                .hasMessageNotContaining("not sent").hasMessageNotContaining(sent);
            assertThat(e.getCause()).isInstanceOf(TransportException.class);
          });
      server.verify(1, postRequestedFor(urlPathEqualTo("/v1/approve")));
      // a call that starts while the circuit is open sends nothing and says so
      assertThatThrownBy(() -> caller[0].call(ApiRequest.post("/v1/approve").tool(Tool.INVOICES)
          .body(Map.of("a", 1)).build(), Me.class))
          .isInstanceOfSatisfying(CircuitOpenException.class, e -> {
            assertThat(e.attemptsSent()).isZero();
            assertThat(e.mayHaveBeenApplied()).isFalse();
            assertThat(e.idempotencyKey()).isPresent();
            assertThat(e).hasMessageContaining("no attempt of the call was sent");
          });
      server.verify(1, postRequestedFor(urlPathEqualTo("/v1/approve")));
    }
  }

  // 4: the breaker counts calls

  @Test
  void call_everyCallFailsOnceThenSucceeds_defaultCircuitStaysClosed() {
    // each call: attempt 1 answers 500, attempt 2 answers 200, so half of all attempts fail
    server.stubFor(get("/v1/me").inScenario("flip").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(problem(500, "internal-error")).willSetStateTo("ok"));
    server.stubFor(get("/v1/me").inScenario("flip").whenScenarioStateIs("ok")
        .willReturn(json(200, ME)).willSetStateTo(Scenario.STARTED));
    try (CsolClient client = Stubs.client(server, time)
        .circuitBreaker(CircuitBreakerOptions.defaults()).build()) {
      ApiCaller caller = ToolOperations.caller(client);
      for (int i = 0; i < 100; i++) {
        assertThat(caller.call(ApiRequest.get("/v1/me").tool(Tool.INVOICES).build(), Me.class)
            .userId()).as("call %d", i).isEqualTo("dana");
      }
      server.verify(200, getRequestedFor(urlPathEqualTo("/v1/me")));
    }
  }

  @Test
  void call_callsFailingAfterAllRetries_openTheCircuitPerCall() {
    server.stubFor(get("/v1/down").willReturn(problem(500, "internal-error")));
    try (CsolClient client = Stubs.client(server, time)
        .circuitBreaker(CircuitBreakerOptions.builder().slidingWindowSize(4).build()).build()) {
      ApiCaller caller = ToolOperations.caller(client);
      ApiRequest down = ApiRequest.get("/v1/down").tool(Tool.INVOICES).build();
      for (int i = 0; i < 4; i++) {
        assertThatThrownBy(() -> caller.call(down, Me.class)).isInstanceOf(ServerException.class);
      }
      // 4 calls of 4 attempts each filled the window of 4 calls (not after the first call)
      server.verify(16, getRequestedFor(urlPathEqualTo("/v1/down")));
      assertThatThrownBy(() -> caller.call(down, Me.class)).isInstanceOf(CircuitOpenException.class);
      server.verify(16, getRequestedFor(urlPathEqualTo("/v1/down")));
    }
  }

  @Test
  void recordCall_invalidArguments_failFastAndFirstRecordWins() {
    CsolException e = new TransportException("x", null, null);
    assertThat(e.attemptsSent()).isZero();
    assertThatThrownBy(() -> ErrorAccess.recordCall(e, -1, false, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attemptsSent");
    assertThatThrownBy(() -> ErrorAccess.recordCall(e, 0, true, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mayHaveBeenApplied");
    ErrorAccess.recordCall(ErrorAccess.recordCall(e, 2, true, "k-1"), 0, false, null);
    assertThat(e.attemptsSent()).isEqualTo(2);
    assertThat(e.mayHaveBeenApplied()).isTrue();
    assertThat(e.idempotencyKey()).contains("k-1");
  }
}
