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
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.csol.sdk.core.error.ApiException;
import io.csol.sdk.core.error.ConflictException;
import io.csol.sdk.core.error.InvalidRequestException;
import io.csol.sdk.core.error.NotFoundException;
import io.csol.sdk.core.error.RateLimitedException;
import io.csol.sdk.core.error.ServerException;
import io.csol.sdk.core.error.TransportException;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.tool.ToolOperations;
import io.csol.sdk.core.spi.ApiRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryTest {
  private static final String ME = "{\"userId\":\"dana\",\"name\":\"Dana\"}";

  private WireMockServer server;
  private FakeTime time;
  private CsolClient client;
  private ApiCaller caller;

  @BeforeEach
  void start() {
    server = Stubs.server();
    time = new FakeTime();
    Stubs.tokens(server, 3600);
    client = Stubs.client(server, time).build();
    caller = ToolOperations.caller(client);
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  private Me me() {
    return caller.call(ApiRequest.get("/v1/me").build(), Me.class);
  }

  /** First answer {@code first}, then 200 with the profile. */
  private void failOnceThenOk(MappingBuilder route, ResponseDefinitionBuilder first) {
    server.stubFor(route.inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(first).willSetStateTo("ok"));
  }

  /** Answers {@code answers} in this order, then 200 with the profile. */
  private void answerInOrderThenOk(ResponseDefinitionBuilder... answers) {
    for (int i = 0; i < answers.length; i++) {
      server.stubFor(get("/v1/me").inScenario("seq")
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "step-" + i)
          .willReturn(answers[i]).willSetStateTo("step-" + (i + 1)));
    }
    server.stubFor(get("/v1/me").inScenario("seq").whenScenarioStateIs("step-" + answers.length)
        .willReturn(json(200, ME)));
  }

  /** A 429 or 503 carrying {@code Retry-After: 1}: the server pacing the client. */
  private static ResponseDefinitionBuilder paced(int status) {
    return problem(status, status == 429 ? "rate-limited" : "unavailable")
        .withHeader("Retry-After", "1");
  }

  private static ResponseDefinitionBuilder internalError() {
    return problem(500, "internal-error");
  }

  private int meRequests() {
    return server.countRequestsMatching(getRequestedFor(urlPathEqualTo("/v1/me")).build())
        .getCount();
  }

  @Test
  void call_503WithRetryAfterSeconds_waitsExactlyThatLong() {
    failOnceThenOk(get("/v1/me"), problem(503, "unavailable").withHeader("Retry-After", "7"));
    server.stubFor(get("/v1/me").inScenario("s").whenScenarioStateIs("ok").willReturn(json(200, ME)));
    assertThat(me().userId()).isEqualTo("dana");
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(7));
    assertThat(meRequests()).isEqualTo(2);
  }

  @Test
  void statistics_afterOneRetriedCall_countsCallsAttemptsAndRetries() {
    failOnceThenOk(get("/v1/me"), problem(503, "unavailable"));
    server.stubFor(get("/v1/me").inScenario("s").whenScenarioStateIs("ok").willReturn(json(200, ME)));
    me();
    me();
    // two API calls plus the one token request; the first API call took two attempts
    assertThat(client.statistics()).isEqualTo(new ClientStatistics(3, 4, 1));
  }

  @Test
  void call_429WithRetryAfterHttpDate_waitsUntilThatDate() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME
        .format(time.instant().plusSeconds(12).atZone(ZoneOffset.UTC));
    failOnceThenOk(get("/v1/me"), problem(429, "rate-limited").withHeader("Retry-After", date));
    server.stubFor(get("/v1/me").inScenario("s").whenScenarioStateIs("ok").willReturn(json(200, ME)));
    me();
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void call_retryAfterBeyondDeadline_failsNowWithRateLimited() {
    server.stubFor(get("/v1/me").willReturn(problem(429, "rate-limited")
        .withHeader("Retry-After", "300")));
    ApiRequest request = ApiRequest.get("/v1/me")
        .options(RequestOptions.builder().timeout(Duration.ofSeconds(60)).build()).build();
    assertThatThrownBy(() -> caller.call(request, Me.class))
        .isInstanceOfSatisfying(RateLimitedException.class, e -> {
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(300));
          assertThat(e.requestId()).isPresent();
        });
    assertThat(time.sleeps).isEmpty();
    assertThat(meRequests()).isEqualTo(1);
  }

  @Test
  void call_persistent503_retriesStopAtDeadline() {
    server.stubFor(get("/v1/me").willReturn(problem(503, "unavailable")));
    try (CsolClient slow = Stubs.client(server, time).retry(RetryOptions.builder().maxAttempts(10)
        .initialBackoff(Duration.ofSeconds(10)).maxBackoff(Duration.ofSeconds(60)).build())
        .defaultTimeout(Duration.ofSeconds(30)).build()) {
      // jitter fixed at 0.5: waits 5 s, 10 s, then 20 s would pass the 30 s deadline
      assertThatThrownBy(() -> ToolOperations.caller(slow).call(ApiRequest.get("/v1/me").build(), Me.class))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("timeout").hasMessageContaining("3 attempt")
          .hasCauseInstanceOf(ServerException.class);
    }
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
    assertThat(meRequests()).isEqualTo(3);
  }

  @Test
  void call_persistent500_fourAttemptsThenServerException() {
    server.stubFor(get("/v1/me").willReturn(problem(500, "internal-error")));
    assertThatThrownBy(this::me).isInstanceOfSatisfying(ServerException.class,
        e -> assertThat(e.requestId()).isPresent());
    assertThat(meRequests()).isEqualTo(4);
    // full jitter at 0.5 of 500 ms, 1 s, 2 s
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofMillis(1000));
  }

  @Test
  void post_retried_keepsOneIdempotencyKeyAndOneRequestId() {
    server.stubFor(post("/v1/entitlements").inScenario("p").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(problem(502, "bad-gateway")).willSetStateTo("again"));
    server.stubFor(post("/v1/entitlements").inScenario("p").whenScenarioStateIs("again")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
    server.stubFor(post("/v1/entitlements").inScenario("p").whenScenarioStateIs("ok")
        .willReturn(json(202, "{\"userId\":\"x\"}")));
    caller.call(ApiRequest.post("/v1/entitlements").body(Map.of("tool", "INVOICES")).build(),
        Me.class);
    List<LoggedRequest> sent = server.findAll(postRequestedFor(urlPathEqualTo("/v1/entitlements")));
    assertThat(sent).hasSize(3);
    assertThat(sent.stream().map(r -> r.getHeader("Idempotency-Key")).collect(Collectors.toSet()))
        .hasSize(1).doesNotContainNull();
    assertThat(sent.stream().map(r -> r.getHeader("X-Request-Id")).collect(Collectors.toSet()))
        .hasSize(1).doesNotContainNull();
  }

  @Test
  void post_callerIdempotencyKeyAndRequestId_win() {
    server.stubFor(post("/v1/entitlements").willReturn(json(202, "{}")));
    caller.call(ApiRequest.post("/v1/entitlements").options(RequestOptions.builder()
        .idempotencyKey("order-4711").requestId("job-1").build()).build(), Void.class);
    LoggedRequest sent = server.findAll(postRequestedFor(urlPathEqualTo("/v1/entitlements"))).get(0);
    assertThat(sent.getHeader("Idempotency-Key")).isEqualTo("order-4711");
    assertThat(sent.getHeader("X-Request-Id")).isEqualTo("job-1");
    assertThat(sent.getHeader("User-Agent")).startsWith("csol-sdk-java/" + CsolClient.VERSION + " (Java ");
  }

  @ParameterizedTest
  @CsvSource({"400,invalid-request", "404,not-found", "409,conflict", "422,validation-failed"})
  void call_clientError_notRetried(int status, String slug) {
    server.stubFor(get("/v1/me").willReturn(problem(status, slug)));
    assertThatThrownBy(this::me).isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(status))
        .satisfies(e -> assertThat(e).isInstanceOfAny(InvalidRequestException.class,
            NotFoundException.class, ConflictException.class));
    assertThat(meRequests()).isEqualTo(1);
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void call_connectionReset_retried() {
    failOnceThenOk(get("/v1/me"), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    server.stubFor(get("/v1/me").inScenario("s").whenScenarioStateIs("ok").willReturn(json(200, ME)));
    assertThat(me().userId()).isEqualTo("dana");
    assertThat(meRequests()).isEqualTo(2);
  }

  @Test
  void call_emptyResponse_retried() {
    failOnceThenOk(get("/v1/me"), aResponse().withFault(Fault.EMPTY_RESPONSE));
    server.stubFor(get("/v1/me").inScenario("s").whenScenarioStateIs("ok").willReturn(json(200, ME)));
    assertThat(me().userId()).isEqualTo("dana");
    assertThat(meRequests()).isEqualTo(2);
  }

  @Test
  void call_readTimeout_retried() {
    server.stubFor(get("/v1/warm-up").willReturn(json(200, ME)));
    try (CsolClient impatient = Stubs.client(server, time).responseTimeout(Duration.ofMillis(800))
        .build()) {
      ApiCaller impatientCaller = ToolOperations.caller(impatient);
      impatientCaller.call(ApiRequest.get("/v1/warm-up").build(), Me.class); // signs in
      int sleepsBefore = time.sleeps.size();
      failOnceThenOk(get("/v1/me"), json(200, ME).withFixedDelay(3000));
      server.stubFor(get("/v1/me").inScenario("s").whenScenarioStateIs("ok")
          .willReturn(json(200, ME)));
      Me me = impatientCaller.call(ApiRequest.get("/v1/me").build(), Me.class);
      assertThat(me.userId()).isEqualTo("dana");
      assertThat(time.sleeps).hasSize(sleepsBefore + 1);
    }
    assertThat(meRequests()).isEqualTo(2);
  }

  @Test
  void call_connectRefused_retriedThenTransportException() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort(); // closed again: nothing listens there
    }
    try (CsolClient dead = CsolClient.builder().baseUri("http://127.0.0.1:" + port)
        .hooks(h -> {
          h.sleeper = time;
          h.clock = time;
          h.random = () -> 0.5;
        }).build()) {
      assertThatThrownBy(() -> ToolOperations.caller(dead).call(ApiRequest.get("/v1/me").build(), Me.class))
          .isInstanceOf(TransportException.class).hasMessageContaining("attempt 4 of 4");
    }
    assertThat(time.sleeps).hasSize(3);
  }

  @Test
  void retryOptions_maxPacedRetries_defaultsValidationToStringAndToBuilder() {
    assertThat(RetryOptions.defaults().maxPacedRetries()).isEqualTo(8);
    assertThat(RetryOptions.disabled().maxPacedRetries()).isZero();
    assertThat(RetryOptions.builder().maxPacedRetries(0).build().maxPacedRetries()).isZero();
    assertThat(RetryOptions.builder().maxPacedRetries(50).build().maxPacedRetries()).isEqualTo(50);
    for (int bad : new int[] {-1, 51}) {
      assertThatThrownBy(() -> RetryOptions.builder().maxPacedRetries(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("maxPacedRetries").hasMessageContaining("0..50")
          .hasMessageContaining(String.valueOf(bad));
    }
    RetryOptions custom = RetryOptions.builder().maxAttempts(3).maxPacedRetries(17)
        .initialBackoff(Duration.ofMillis(200)).maxBackoff(Duration.ofSeconds(5)).build();
    assertThat(custom.toString()).contains("maxPacedRetries=17").contains("maxAttempts=3");
    RetryOptions copy = custom.toBuilder().build();
    assertThat(copy.maxPacedRetries()).isEqualTo(17);
    assertThat(copy.maxAttempts()).isEqualTo(3);
    assertThat(copy.initialBackoff()).isEqualTo(Duration.ofMillis(200));
    assertThat(copy.maxBackoff()).isEqualTo(Duration.ofSeconds(5));
    assertThat(copy.toString()).isEqualTo(custom.toString());
  }

  @ParameterizedTest
  @CsvSource({"429", "503"})
  void call_sixPacedResponsesThenOk_succeedsWithoutUsingUpAttempts(int status) {
    answerInOrderThenOk(paced(status), paced(status), paced(status), paced(status),
        paced(status), paced(status));
    assertThat(me().userId()).isEqualTo("dana");
    assertThat(meRequests()).isEqualTo(7);
    assertThat(time.sleeps).hasSize(6).containsOnly(Duration.ofSeconds(1));
    // statistics still count real HTTP attempts: the token call plus 7 attempts, 6 retries
    assertThat(client.statistics()).isEqualTo(new ClientStatistics(2, 8, 6));
  }

  @ParameterizedTest
  @CsvSource({"500", "429", "503"})
  void call_persistentFailureWithoutRetryAfter_stillFourAttempts(int status) {
    server.stubFor(get("/v1/me").willReturn(problem(status, "any")));
    assertThatThrownBy(this::me).isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(status));
    assertThat(meRequests()).isEqualTo(4);
  }

  @Test
  void call_persistent500WithRetryAfter_notPaced_fourAttempts() {
    // only 429 and 503 are pacing; a 500 that happens to carry Retry-After is a failure
    server.stubFor(get("/v1/me").willReturn(internalError().withHeader("Retry-After", "1")));
    assertThatThrownBy(this::me).isInstanceOf(ServerException.class);
    assertThat(meRequests()).isEqualTo(4);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1),
        Duration.ofSeconds(1));
  }

  @Test
  void call_pacedAndFailuresMixed_onlyFailuresUseUpAttempts() {
    answerInOrderThenOk(paced(429), internalError(), paced(429), internalError(), internalError());
    assertThat(me().userId()).isEqualTo("dana");
    assertThat(meRequests()).isEqualTo(6);
    // paced waits are the server's 1 s; the jitter exponent counts only the 3 charged failures
    // (0.5 of 500 ms, 1 s, 2 s), not the HTTP attempt number
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofMillis(250),
        Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void call_onePacedThenFourFailures_failsAfterFiveRequestsWithTheFailure() {
    answerInOrderThenOk(paced(429), internalError(), internalError(), internalError(),
        internalError());
    assertThatThrownBy(this::me).isInstanceOf(ServerException.class);
    assertThat(meRequests()).isEqualTo(5);
  }

  @Test
  void call_pacedBudgetSpent_furtherPacedResponsesUseUpAttempts() {
    server.stubFor(get("/v1/me").willReturn(paced(429)));
    try (CsolClient twoPaced = Stubs.client(server, time)
        .retry(RetryOptions.builder().maxPacedRetries(2).build()).build()) {
      assertThatThrownBy(() -> ToolOperations.caller(twoPaced).call(ApiRequest.get("/v1/me").build(),
          Me.class)).isInstanceOfSatisfying(RateLimitedException.class,
              e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(1)));
    }
    // 2 paced retries + 4 charged attempts
    assertThat(meRequests()).isEqualTo(6);
    assertThat(time.sleeps).hasSize(5).containsOnly(Duration.ofSeconds(1));
  }

  @Test
  void call_retriesDisabled_pacedResponseNotRetried() {
    server.stubFor(get("/v1/me").willReturn(paced(429)));
    try (CsolClient once = Stubs.client(server, time).retry(RetryOptions.disabled()).build()) {
      assertThatThrownBy(() -> ToolOperations.caller(once).call(ApiRequest.get("/v1/me").build(), Me.class))
          .isInstanceOf(RateLimitedException.class);
    }
    assertThat(meRequests()).isEqualTo(1);
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void call_oneAttemptWithPacedBudget_pacedResponseStillNotRetried() {
    server.stubFor(get("/v1/me").willReturn(paced(503)));
    try (CsolClient once = Stubs.client(server, time)
        .retry(RetryOptions.builder().maxAttempts(1).maxPacedRetries(8).build()).build()) {
      assertThatThrownBy(() -> ToolOperations.caller(once).call(ApiRequest.get("/v1/me").build(), Me.class))
          .isInstanceOf(ServerException.class);
    }
    assertThat(meRequests()).isEqualTo(1);
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void call_pacedRetries_boundedByDeadline() {
    server.stubFor(get("/v1/me").willReturn(problem(429, "rate-limited")
        .withHeader("Retry-After", "2")));
    ApiRequest request = ApiRequest.get("/v1/me")
        .options(RequestOptions.builder().timeout(Duration.ofSeconds(5)).build()).build();
    // waits at 0 s and 2 s fit into 5 s; at 4 s a 2 s wait does not: fail now, without sleeping
    assertThatThrownBy(() -> caller.call(request, Me.class))
        .isInstanceOf(RateLimitedException.class);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    assertThat(meRequests()).isEqualTo(3);
  }

  @Test
  void call_ioFailuresAfterPacedRetry_messageCountsChargedAttempts() {
    answerInOrderThenOk(paced(429), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    assertThatThrownBy(this::me).isInstanceOf(TransportException.class)
        .hasMessageContaining("attempt 4 of 4 (after 1 paced retry)");
    assertThat(meRequests()).isEqualTo(5);
  }
}
