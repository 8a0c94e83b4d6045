package io.csol.sdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.csol.sdk.core.Stubs.json;
import static io.csol.sdk.core.Stubs.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.csol.sdk.core.error.CsolException;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.tool.ToolOperations;
import io.csol.sdk.core.spi.ApiRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogRedactionTest {
  private static final String SECRET = "recon-secret-1";

  @Test
  void signInAndFailingCalls_logsAndMessages_containNoSecrets() {
    // runs for real in the sdk-log-capture execution (pom.xml), where the SDK logs at DEBUG; a
    // -Dtest=... run also reaches the default JVM, where the SDK's logger is off
    assumeTrue(LoggerFactory.getLogger("io.csol.sdk.core").isDebugEnabled(),
        "needs io.csol.sdk.core at DEBUG (surefire execution sdk-log-capture)");
    WireMockServer server = Stubs.server();
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    StringWriter messages = new StringWriter();
    PrintStream original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Stubs.tokens(server, 3600);
      server.stubFor(get("/v1/me").willReturn(problem(401, "unauthorized")));
      server.stubFor(get("/v1/flaky").willReturn(problem(503, "unavailable")));
      server.stubFor(get("/v1/reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
      server.stubFor(post("/v1/entitlements").willReturn(problem(409, "conflict")));
      FakeTime time = new FakeTime();
      try (CsolClient person = Stubs.client(server, time).build();
          CsolClient machine = Stubs.client(server, time)
              .credentials(Credentials.clientCredentials("recon-job", SECRET.toCharArray()))
              .build()) {
        for (CsolClient client : List.of(person, machine)) {
          ApiCaller caller = ToolOperations.caller(client);
          for (String path : List.of("/v1/me", "/v1/flaky", "/v1/reset")) {
            record(messages, () -> caller.call(ApiRequest.get(path).build(), Me.class));
          }
          record(messages, () -> caller.call(ApiRequest.post("/v1/entitlements")
              .body(Map.of("justification", "x")).build(), Me.class));
          messages.append(client.toString()).append('\n');
        }
        time.advance(Duration.ofHours(2)); // the next call refreshes with the refresh token
        record(messages, () -> ToolOperations.caller(person).call(ApiRequest.get("/v1/me").build(), Me.class));
      }
      server.stubFor(post(urlPathEqualTo("/v1/oauth/token")).willReturn(json(401,
          "{\"type\":\"https://csol.io/problems/unauthorized\",\"status\":401}")));
      try (CsolClient rejected = Stubs.client(server, time).build()) {
        record(messages, () -> ToolOperations.caller(rejected).call(ApiRequest.get("/v1/me").build(), Me.class));
      }
    } finally {
      System.setErr(original);
      server.stop();
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("[csol] method=GET path=/v1/me status=401 attempt=1")
        .contains("retry scheduled").contains("path=/v1/oauth/token");
    for (String text : List.of(log, messages.toString())) {
      assertThat(text).doesNotContain(Stubs.PASSWORD, SECRET, Stubs.ACCESS_1, Stubs.ACCESS_2,
          Stubs.REFRESH_1, Stubs.REFRESH_2, "Bearer ");
    }
  }

  private static void record(StringWriter out, Runnable call) {
    try {
      call.run();
    } catch (CsolException e) {
      e.printStackTrace(new PrintWriter(out));
    }
  }
}
