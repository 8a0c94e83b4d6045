package io.csol.sdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.csol.sdk.core.Stubs.json;
import static io.csol.sdk.core.Stubs.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.csol.sdk.core.CallListener.AttemptEvent;
import io.csol.sdk.core.CallListener.CallEvent;
import io.csol.sdk.core.CallListener.Outcome;
import io.csol.sdk.core.CallListener.RetryEvent;
import io.csol.sdk.core.CallListener.RetryReason;
import io.csol.sdk.core.error.CircuitOpenException;
import io.csol.sdk.core.error.NotFoundException;
import io.csol.sdk.core.error.ServerException;
import io.csol.sdk.core.spi.tool.ToolOperations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * Listeners, the MDC, the circuit state and response metadata, seen from outside the client
 * against WireMock.
 */
class CallListenerTest {
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
    MDC.clear();
  }

  /** Records every event, and what the MDC held when each came. */
  static final class Recorder implements CallListener {
    final List<Object> events = new CopyOnWriteArrayList<>();
    final List<String> mdc = new CopyOnWriteArrayList<>();

    @Override
    public void attemptStarted(AttemptEvent e) {
      events.add(e);
      mdc.add("started " + e.call().operation() + " " + MDC.get("csol.requestId") + " "
          + MDC.get("csol.tool") + " " + MDC.get("csol.operation"));
    }

    @Override
    public void attemptFinished(AttemptEvent e) {
      events.add(e);
    }

    @Override
    public void retryScheduled(RetryEvent e) {
      events.add(e);
    }

    @Override
    public void callFinished(CallEvent e) {
      events.add(e);
      mdc.add("finished " + e.call().operation() + " " + MDC.get("csol.requestId") + " "
          + MDC.get("csol.tool") + " " + MDC.get("csol.operation"));
    }

    <T> List<T> of(Class<T> type) {
      List<T> out = new ArrayList<>();
      events.stream().filter(type::isInstance).map(type::cast).forEach(out::add);
      return out;
    }

    /** Events of the calls to one operation. */
    <T> List<T> of(Class<T> type, String operation) {
      List<T> out = new ArrayList<>();
      for (T e : of(type)) {
        CallListener.CallInfo call = e instanceof AttemptEvent ? ((AttemptEvent) e).call()
            : e instanceof RetryEvent ? ((RetryEvent) e).call() : ((CallEvent) e).call();
        if (call.operation().equals(operation)) {
          out.add(e);
        }
      }
      return out;
    }
  }

  /** Throws from every method. */
  static final class Throwing implements CallListener {
    int calls;

    @Override
    public void attemptStarted(AttemptEvent e) {
      calls++;
      throw new IllegalStateException("listener bug");
    }

    @Override
    public void attemptFinished(AttemptEvent e) {
      calls++;
      throw new IllegalStateException("listener bug");
    }

    @Override
    public void retryScheduled(RetryEvent e) {
      calls++;
      throw new UnsupportedOperationException("listener bug");
    }

    @Override
    public void callFinished(CallEvent e) {
      calls++;
      throw new AssertionError("listener bug");
    }
  }

  private ToolOperations thing(CsolClient client) {
    return ToolOperations.of(client, Tool.INVOICES, "/v1/things").operation("getThing");
  }

  private void answerInOrder(String path, ResponseDefinitionBuilder... answers) {
    for (int i = 0; i < answers.length; i++) {
      server.stubFor(get(urlPathEqualTo(path)).inScenario("s")
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "s" + i)
          .willReturn(answers[i]).willSetStateTo("s" + (i + 1)));
    }
  }

  @Test
  void call_retriedTwice_listenerSeesEveryAttemptBothRetriesAndOneCallEvent() {
    answerInOrder("/v1/things/a%2Fb", problem(503, "unavailable"), problem(503, "unavailable"),
        json(200, ME));
    Recorder rec = new Recorder();
    try (CsolClient client = Stubs.client(server, time).listener(rec).build()) {
      Me me = thing(client).get(Me.class, RequestOptions.builder().requestId("req-1").build(),
          "/{id}", "a/b");
      assertThat(me.userId()).isEqualTo("dana");
    }
    List<AttemptEvent> started = new ArrayList<>();
    List<AttemptEvent> finished = new ArrayList<>();
    for (AttemptEvent e : rec.of(AttemptEvent.class, "getThing")) {
      (e.duration().isZero() && e.status() == 0 ? started : finished).add(e);
    }
    assertThat(started).extracting(AttemptEvent::attempt).containsExactly(1, 2, 3);
    assertThat(finished).extracting(AttemptEvent::attempt).containsExactly(1, 2, 3);
    assertThat(finished).extracting(AttemptEvent::status).containsExactly(503, 503, 200);
    assertThat(finished.get(2).bytesReceived()).isEqualTo(ME.length());
    assertThat(finished.get(2).errorType()).isEmpty();
    List<RetryEvent> retries = rec.of(RetryEvent.class, "getThing");
    assertThat(retries).extracting(RetryEvent::reason)
        .containsExactly(RetryReason.SERVICE_UNAVAILABLE, RetryReason.SERVICE_UNAVAILABLE);
    assertThat(retries).extracting(RetryEvent::attempt).containsExactly(1, 2);
    assertThat(retries).extracting(RetryEvent::paced).containsExactly(false, false);
    assertThat(retries).extracting(RetryEvent::delay).isEqualTo(time.sleeps);
    List<CallEvent> calls = rec.of(CallEvent.class, "getThing");
    assertThat(calls).hasSize(1);
    CallEvent call = calls.get(0);
    assertThat(call.outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(call.attempts()).isEqualTo(3);
    assertThat(call.status()).isEqualTo(200);
    assertThat(call.error()).isNull();
    assertThat(call.call().tool()).isEqualTo(Tool.INVOICES);
    assertThat(call.call().method()).isEqualTo("GET");
    assertThat(call.call().pathTemplate()).isEqualTo("/v1/things/{id}");
    assertThat(call.call().requestId()).isEqualTo("req-1");
    // one call: every event of it shares the same description
    assertThat(rec.of(AttemptEvent.class, "getThing")).allSatisfy(
        e -> assertThat(e.call()).isSameAs(call.call()));
    // the order of the contract: started, finished, retry, ..., call last
    List<Object> own = new ArrayList<>(rec.events);
    own.removeIf(e -> !(e instanceof CallEvent ? ((CallEvent) e).call() == call.call()
        : e instanceof RetryEvent ? ((RetryEvent) e).call() == call.call()
        : ((AttemptEvent) e).call() == call.call()));
    assertThat(own).hasSize(9);
    assertThat(own.get(2)).isInstanceOf(RetryEvent.class);
    assertThat(own.get(5)).isInstanceOf(RetryEvent.class);
    assertThat(own.get(8)).isSameAs(call);
  }

  @Test
  void call_signInFirst_isACallOfItsOwnNamedCreateToken() {
    server.stubFor(get("/v1/me").willReturn(json(200, ME)));
    Recorder rec = new Recorder();
    try (CsolClient client = Stubs.client(server, time).listener(rec).build()) {
      ToolOperations.of(client, Tool.UNKNOWN, "/v1").operation("getProfile")
          .get(Me.class, RequestOptions.defaults(), "/me");
    }
    assertThat(rec.of(CallEvent.class)).extracting(e -> e.call().operation())
        .containsExactly("createToken", "getProfile");
    CallEvent token = rec.of(CallEvent.class).get(0);
    assertThat(token.call().method()).isEqualTo("POST");
    assertThat(token.call().pathTemplate()).isEqualTo("/v1/oauth/token");
    AttemptEvent tokenAttempt = rec.of(AttemptEvent.class, "createToken").get(0);
    assertThat(tokenAttempt.bytesSent()).isPositive(); // the form
  }

  @Test
  void call_failsWith404_callEventSaysClientErrorWithStatusAndType() {
    server.stubFor(get("/v1/things/x").willReturn(problem(404, "not-found")));
    Recorder rec = new Recorder();
    try (CsolClient client = Stubs.client(server, time).listener(rec).build()) {
      assertThatThrownBy(() -> thing(client).get(Me.class, RequestOptions.defaults(), "/{id}",
          "x")).isInstanceOf(NotFoundException.class);
    }
    CallEvent call = rec.of(CallEvent.class, "getThing").get(0);
    assertThat(call.outcome()).isEqualTo(Outcome.CLIENT_ERROR);
    assertThat(call.status()).isEqualTo(404);
    assertThat(call.attempts()).isEqualTo(1);
    assertThat(call.errorType()).hasValue("NotFoundException");
    assertThat(rec.of(RetryEvent.class)).isEmpty();
  }

  @Test
  void call_throwingListener_callSucceedsAndLaterListenersStillSeeEverything() {
    answerInOrder("/v1/things/a", problem(503, "unavailable"), json(200, ME), json(200, ME));
    Throwing throwing = new Throwing();
    Recorder rec = new Recorder();
    try (CsolClient client = Stubs.client(server, time).listener(throwing).listener(rec)
        .build()) {
      Me me = thing(client).get(Me.class, RequestOptions.defaults(), "/{id}", "a");
      assertThat(me.userId()).isEqualTo("dana");
      // the same listener throwing again on the next call changes nothing either
      Me again = thing(client).get(Me.class, RequestOptions.defaults(), "/{id}", "a");
      assertThat(again.name()).isEqualTo("Dana");
    }
    assertThat(throwing.calls).isEqualTo(rec.events.size()).isGreaterThan(10);
    assertThat(rec.of(CallEvent.class, "getThing")).extracting(CallEvent::outcome)
        .containsExactly(Outcome.SUCCESS, Outcome.SUCCESS);
    assertThat(rec.of(RetryEvent.class, "getThing")).hasSize(1);
  }

  @Test
  void call_running_mdcHoldsRequestIdToolAndOperationAndRestoresOuterValuesAfter() {
    server.stubFor(get("/v1/things/a").willReturn(json(200, ME)));
    Recorder rec = new Recorder();
    MDC.put("csol.requestId", "outer-id");
    try (CsolClient client = Stubs.client(server, time).listener(rec).build()) {
      thing(client).get(Me.class, RequestOptions.builder().requestId("req-7").build(), "/{id}",
          "a");
    }
    String tokenId = rec.of(CallEvent.class, "createToken").get(0).call().requestId();
    assertThat(rec.mdc).containsExactly(
        // the sign-in runs inside the call, before its first attempt, with its own values...
        "started createToken " + tokenId + " UNKNOWN createToken",
        "finished createToken " + tokenId + " UNKNOWN createToken",
        // ...and the call's values are back when it returns
        "started getThing req-7 INVOICES getThing",
        "finished getThing req-7 INVOICES getThing");
    assertThat(MDC.get("csol.requestId")).isEqualTo("outer-id");
    assertThat(MDC.get("csol.tool")).isNull();
    assertThat(MDC.get("csol.operation")).isNull();
  }

  @Test
  void call_failing_mdcIsClearedAfterToo() {
    server.stubFor(get("/v1/things/a").willReturn(problem(404, "not-found")));
    Recorder rec = new Recorder();
    try (CsolClient client = Stubs.client(server, time).listener(rec).build()) {
      assertThatThrownBy(() -> thing(client).get(Me.class, RequestOptions.builder()
          .requestId("req-8").build(), "/{id}", "a")).isInstanceOf(NotFoundException.class);
    }
    assertThat(rec.mdc).contains("finished getThing req-8 INVOICES getThing");
    assertThat(MDC.get("csol.requestId")).isNull();
    assertThat(MDC.get("csol.tool")).isNull();
    assertThat(MDC.get("csol.operation")).isNull();
  }

  @Test
  void circuitState_sustained5xx_movesFromClosedToOpen() {
    server.stubFor(get("/v1/things/a").willReturn(problem(500, "internal-error")));
    Recorder rec = new Recorder();
    try (CsolClient client = Stubs.client(server, time).retry(RetryOptions.disabled())
        .listener(rec)
        .circuitBreaker(CircuitBreakerOptions.builder().slidingWindowSize(2)
            .failureRateThreshold(50).waitInOpenState(Duration.ofMinutes(1)).build()).build()) {
      assertThat(client.circuitState(Tool.INVOICES)).isEqualTo(CircuitState.CLOSED);
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> thing(client).get(Me.class, RequestOptions.defaults(), "/{id}",
            "a")).isInstanceOf(ServerException.class);
      }
      assertThat(client.circuitState(Tool.INVOICES)).isEqualTo(CircuitState.OPEN);
      assertThat(client.circuitState(Tool.STATEMENTS)).isEqualTo(CircuitState.CLOSED);
      assertThatThrownBy(() -> thing(client).get(Me.class, RequestOptions.defaults(), "/{id}",
          "a")).isInstanceOf(CircuitOpenException.class);
    }
    List<CallEvent> calls = rec.of(CallEvent.class, "getThing");
    assertThat(calls).extracting(CallEvent::outcome).containsExactly(Outcome.SERVER_ERROR,
        Outcome.SERVER_ERROR, Outcome.CIRCUIT_OPEN);
    assertThat(calls.get(2).attempts()).isZero();
    try (CsolClient client = Stubs.client(server, time).build()) {
      assertThatThrownBy(() -> client.circuitState(null))
          .isInstanceOf(NullPointerException.class).hasMessageContaining("tool");
    }
  }

  @Test
  void circuitState_breakersDisabled_isClosed() {
    server.stubFor(get("/v1/things/a").willReturn(problem(500, "internal-error")));
    try (CsolClient client = Stubs.client(server, time).retry(RetryOptions.disabled()).build()) {
      for (int i = 0; i < 3; i++) {
        assertThatThrownBy(() -> thing(client).get(Me.class, RequestOptions.defaults(), "/{id}",
            "a")).isInstanceOf(ServerException.class);
      }
      assertThat(client.circuitState(Tool.INVOICES)).isEqualTo(CircuitState.CLOSED);
    }
  }

  @Test
  void onResponse_successAfterRetry_seesRequestIdStatusAttemptsAndRateLimit() {
    answerInOrder("/v1/things/a", problem(503, "unavailable"), json(200, ME)
        .withHeader("RateLimit-Limit", "100").withHeader("RateLimit-Remaining", "42")
        .withHeader("RateLimit-Reset", "30"));
    AtomicReference<ResponseInfo> info = new AtomicReference<>();
    try (CsolClient client = Stubs.client(server, time).build()) {
      thing(client).get(Me.class, RequestOptions.builder().requestId("req-9")
          .onResponse(info::set).build(), "/{id}", "a");
    }
    assertThat(info.get()).isEqualTo(new ResponseInfo("req-9", 200, 2, java.util.Optional.of(
        new ResponseInfo.RateLimit(100, 42, Duration.ofSeconds(30)))));
  }

  @Test
  void onResponse_malformedRateLimitHeaders_giveEmptyRateLimitNotAWrongValue() {
    server.stubFor(get("/v1/things/a").willReturn(json(200, ME)
        .withHeader("RateLimit-Limit", "100").withHeader("RateLimit-Remaining", "-1")
        .withHeader("RateLimit-Reset", "30")));
    server.stubFor(get("/v1/things/b").willReturn(json(200, ME)
        .withHeader("RateLimit-Limit", "100").withHeader("RateLimit-Reset", "30")));
    List<ResponseInfo> seen = new CopyOnWriteArrayList<>();
    try (CsolClient client = Stubs.client(server, time).build()) {
      RequestOptions options = RequestOptions.builder().onResponse(seen::add).build();
      thing(client).get(Me.class, options, "/{id}", "a");
      thing(client).get(Me.class, options, "/{id}", "b");
    }
    assertThat(seen).hasSize(2).allSatisfy(i -> {
      assertThat(i.status()).isEqualTo(200);
      assertThat(i.attempts()).isEqualTo(1);
      assertThat(i.rateLimit()).isEmpty();
    });
  }

  @Test
  void onResponse_failedCall_isNotCalledAndThrowingCallbackDoesNotBreakTheCall() {
    server.stubFor(get("/v1/things/a").willReturn(problem(404, "not-found")));
    server.stubFor(get("/v1/things/b").willReturn(json(200, ME)));
    List<ResponseInfo> seen = new CopyOnWriteArrayList<>();
    try (CsolClient client = Stubs.client(server, time).build()) {
      assertThatThrownBy(() -> thing(client).get(Me.class, RequestOptions.builder()
          .onResponse(seen::add).build(), "/{id}", "a")).isInstanceOf(NotFoundException.class);
      Me me = thing(client).get(Me.class, RequestOptions.builder().onResponse(i -> {
        seen.add(i);
        throw new IllegalStateException("callback bug");
      }).build(), "/{id}", "b");
      assertThat(me.userId()).isEqualTo("dana");
    }
    assertThat(seen).hasSize(1);
    assertThatThrownBy(() -> RequestOptions.builder().onResponse(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("onResponse");
  }

  @Test
  void builder_nullListener_isRejectedNamingIt() {
    assertThatThrownBy(() -> CsolClient.builder().listener(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("listener");
  }
}
