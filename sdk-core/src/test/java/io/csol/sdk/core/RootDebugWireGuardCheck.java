package io.csol.sdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.csol.sdk.core.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.csol.sdk.core.spi.tool.ToolOperations;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.ApiRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Runs only in the surefire execution {@code root-logger-debug} (sdk-core/pom.xml), whose JVM has
 * the root logger at DEBUG, as a user debugging a problem would set it: HttpClient's wire and
 * header loggers inherit DEBUG.
 */
class RootDebugWireGuardCheck {
  private static final String SECRET = "recon-secret-DEBUG-1";

  @Test
  void build_wireLoggerAtDebug_refusedNamingLoggersAndOptIn() {
    assertThat(LoggerFactory.getLogger(WireLogGuard.WIRE).isDebugEnabled())
        .as("this class must run with the root logger at DEBUG").isTrue();
    WireMockServer server = Stubs.server();
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      server.stubFor(post(urlPathEqualTo("/v1/oauth/token"))
          .willReturn(json(200, Stubs.tokenJson(Stubs.ACCESS_1, null, 3600))));
      assertThatThrownBy(() -> CsolClient.builder().baseUri("http://127.0.0.1:" + server.port())
          .credentials(Credentials.clientCredentials("recon-job", SECRET.toCharArray())).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("org.apache.hc.client5.http.wire")
          .hasMessageContaining("org.apache.hc.client5.http.headers")
          .hasMessageContaining("allowWireLogging(true)")
          .message().doesNotContain(SECRET);
    } finally {
      System.setErr(original);
      server.stop();
    }
    assertThat(server.getAllServeEvents()).isEmpty();
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain(SECRET, Stubs.ACCESS_1);
  }

  @Test
  void build_optedIn_warnsOnceAndTheWireLogThenHoldsTheSecrets() {
    WireMockServer server = Stubs.server();
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      server.stubFor(post(urlPathEqualTo("/v1/oauth/token"))
          .willReturn(json(200, Stubs.tokenJson(Stubs.ACCESS_1, null, 3600))));
      server.stubFor(get("/v1/me").willReturn(json(200, "{\"userId\":\"u1\"}")));
      try (CsolClient c = CsolClient.builder().baseUri("http://127.0.0.1:" + server.port())
          .credentials(Credentials.clientCredentials("recon-job", SECRET.toCharArray()))
          .allowWireLogging(true).build()) {
        ToolOperations.caller(c).call(ApiRequest.get("/v1/me").build(), Me.class);
        ToolOperations.caller(c).call(ApiRequest.get("/v1/me").build(), Me.class);
      }
    } finally {
      System.setErr(original);
      server.stop();
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log.split("allowWireLogging\\(true\\) was set", -1)).hasSize(2);
    assertThat(log).contains("WARN io.csol.sdk.core.CsolClient - ");
    // why the guard exists: with the opt-in, HttpClient really writes the secret and the token
    assertThat(log).contains(SECRET, "Bearer " + Stubs.ACCESS_1);
  }
}
