package io.csol.sdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.csol.sdk.core.Stubs.json;
import static io.csol.sdk.core.Stubs.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.csol.sdk.core.spi.tool.ToolOperations;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The levels of the pipeline's retry and listener log lines, read from the log itself. Runs in a
 * JVM of its own (surefire execution {@code sdk-log-capture}) with {@code io.csol.sdk.core} at
 * DEBUG; the other tests keep the SDK's logger off.
 */
class PacedRetryLogCheck {
  private static final String ME = "{\"userId\":\"dana\",\"name\":\"Dana\"}";

  private WireMockServer server;
  private FakeTime time;
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream original;

  @BeforeEach
  void start() {
    // a -Dtest=... run also reaches the default JVM, where the SDK's logger is off
    assumeTrue(LoggerFactory.getLogger("io.csol.sdk.core").isDebugEnabled(),
        "needs io.csol.sdk.core at DEBUG (surefire execution sdk-log-capture)");
    server = Stubs.server();
    time = new FakeTime();
    Stubs.tokens(server, 3600);
    original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    if (server != null) {
      System.setErr(original);
      server.stop();
    }
  }

  private List<String> lines(String containing) {
    return Arrays.stream(captured.toString(StandardCharsets.UTF_8).split("\\R"))
        .filter(l -> l.contains(containing)).collect(Collectors.toList());
  }

  private void answerInOrder(ResponseDefinitionBuilder... answers) {
    for (int i = 0; i < answers.length; i++) {
      server.stubFor(get(urlPathEqualTo("/v1/me")).inScenario("s")
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "s" + i)
          .willReturn(answers[i]).willSetStateTo("s" + (i + 1)));
    }
  }

  private Me me(CsolClient client) {
    return ToolOperations.of(client, Tool.UNKNOWN, "/v1").operation("getProfile")
        .get(Me.class, RequestOptions.defaults(), "/me");
  }

  @Test
  void retry_pacedByRetryAfter_isDebugNotWarn() {
    answerInOrder(problem(429, "rate-limited").withHeader("Retry-After", "1"),
        problem(503, "unavailable").withHeader("Retry-After", "2"), json(200, ME));
    try (CsolClient client = Stubs.client(server, time).build()) {
      assertThat(me(client).userId()).isEqualTo("dana");
    }
    assertThat(lines("retry scheduled")).hasSize(2)
        .allSatisfy(l -> assertThat(l).contains(" DEBUG ").contains("paced").doesNotContain("WARN"));
    assertThat(lines(" WARN ")).isEmpty();
  }

  @Test
  void retry_notPaced_staysWarn() {
    answerInOrder(problem(503, "unavailable"), aResponse().withStatus(500), json(200, ME));
    try (CsolClient client = Stubs.client(server, time).build()) {
      assertThat(me(client).userId()).isEqualTo("dana");
    }
    assertThat(lines("retry scheduled")).hasSize(2)
        .allSatisfy(l -> assertThat(l).contains(" WARN ").doesNotContain("paced"));
  }

  @Test
  void listener_throwingOnEveryEvent_isLoggedOnceAsWarn() {
    server.stubFor(get("/v1/me").willReturn(json(200, ME)));
    CallListener broken = new CallListener() {
      @Override
      public void attemptStarted(AttemptEvent event) {
        throw new IllegalStateException("metrics backend down");
      }

      @Override
      public void callFinished(CallEvent event) {
        throw new IllegalStateException("metrics backend down");
      }
    };
    try (CsolClient client = Stubs.client(server, time).listener(broken).build()) {
      for (int i = 0; i < 3; i++) {
        assertThat(me(client).userId()).isEqualTo("dana");
      }
    }
    assertThat(lines("threw java.lang.IllegalStateException")).hasSize(1)
        .allSatisfy(l -> assertThat(l).contains(" WARN ").contains("ignored"));
  }
}
