package io.csol.sdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.csol.sdk.core.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;

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
 * Runs only in the surefire execution {@code root-logger-debug-wire-info} (sdk-core/pom.xml):
 * root logger at DEBUG, HttpClient's wire and header loggers at INFO as docs/security.md says.
 * Every other HttpClient logger and the SDK's own log at DEBUG then hold no secret.
 */
class RootDebugNoSecretsCheck {
  private static final String SECRET = "recon-secret-DEBUG-2";

  @Test
  void tokenAndApiCall_rootLoggerAtDebug_logHoldsNoSecretOrToken() {
    assertThat(LoggerFactory.getLogger("org.apache.hc.client5.http.impl.classic.MainClientExec")
        .isDebugEnabled()).as("this class must run with the root logger at DEBUG").isTrue();
    WireMockServer server = Stubs.server();
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      server.stubFor(post(urlPathEqualTo("/v1/oauth/token"))
          .willReturn(json(200, Stubs.tokenJson(Stubs.ACCESS_1, Stubs.REFRESH_1, 3600))));
      server.stubFor(get("/v1/me").willReturn(json(200, "{\"userId\":\"u1\"}")));
      try (CsolClient c = CsolClient.builder().baseUri("http://127.0.0.1:" + server.port())
          .credentials(Credentials.clientCredentials("recon-job", SECRET.toCharArray())).build();
          CsolClient p = CsolClient.builder().baseUri("http://127.0.0.1:" + server.port())
              .credentials(Credentials.password("dana", Stubs.PASSWORD.toCharArray())).build()) {
        ToolOperations.caller(c).call(ApiRequest.get("/v1/me").build(), Me.class);
        ToolOperations.caller(p).call(ApiRequest.get("/v1/me").build(), Me.class);
      }
    } finally {
      System.setErr(original);
      server.stop();
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("DEBUG org.apache.hc.client5"); // HttpClient did log at DEBUG
    assertThat(log).doesNotContain(SECRET, Stubs.PASSWORD, Stubs.ACCESS_1, Stubs.REFRESH_1,
        "Bearer ");
  }
}
