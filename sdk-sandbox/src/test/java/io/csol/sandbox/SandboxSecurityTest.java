package io.csol.sandbox;

import static io.csol.sandbox.Http.form;
import static io.csol.sandbox.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sandbox runs on developers' laptops: web pages they open must not drive it (DNS rebinding,
 * cross-site posts), stalled clients must not starve it, and its cursors must not be forgeable.
 */
class SandboxSecurityTest {

  static SandboxServer server;
  static Http http;

  @BeforeAll
  static void start() {
    server = SandboxServer.start(SandboxOptions.builder().build());
    http = new Http(server.baseUri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.reset();
  }

  private static int port() {
    return server.baseUri().getPort();
  }

  /** Sends a request with any Host header (java.net.http does not allow setting it) and returns the response. */
  private static String raw(String method, String path, String host) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port())) {
      socket.setSoTimeout(10_000);
      String request = method + " " + path + " HTTP/1.1\r\nHost: " + host
          + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"attacker.example", "attacker.example:%d", "127.0.0.1.attacker.example:%d",
    "localhost.:%d", "127.0.0.1:1", "0.0.0.0:%d", "user@127.0.0.1:%d", ""})
  void admin_foreignHost_refused403AndNothingChanged(String hostTemplate) throws IOException {
    Instant later = SandboxOptions.DEFAULT_START.plus(Duration.ofDays(3));
    server.clock().freeze();
    server.clock().set(later);

    String response = raw("POST", "/_sandbox/reset", String.format(hostTemplate, port()));

    assertThat(response).startsWith("HTTP/1.1 403").contains("forbidden-host");
    assertThat(server.clock().instant()).as("the reset did not happen")
        .isEqualTo(later);
  }

  @Test
  void api_foreignHost_refused403BeforeTheRoute() throws IOException {
    String response = raw("POST", "/v1/oauth/token", "attacker.example:" + port());

    assertThat(response).startsWith("HTTP/1.1 403").contains("forbidden-host");
    assertThat(server.journal().entries()).as("not even journalled").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1:%d", "localhost:%d", "LOCALHOST:%d", "[::1]:%d"})
  void admin_loopbackHost_served(String hostTemplate) throws IOException {
    assertThat(raw("GET", "/_sandbox/clock", String.format(hostTemplate, port()))).startsWith("HTTP/1.1 200");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://attacker.example", "http://attacker.example:80", "null",
    "http://127.0.0.1.attacker.example", "file://"})
  void admin_foreignOrigin_refused403AndFaultsUnchanged(String origin) {
    HttpResponse<String> r = http.send(http.request("/_sandbox/faults").header("Origin", origin)
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"preset\":\"soak\"}")).build());

    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(json(r).get("type").asText()).endsWith("/forbidden-origin");
    assertThat(server.faults().rules()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:3000", "http://localhost:8080", "http://[::1]:5173"})
  void admin_loopbackOrigin_served(String origin) {
    HttpResponse<String> r = http.send(http.request("/_sandbox/clock").header("Origin", origin).GET().build());

    assertThat(r.statusCode()).isEqualTo(200);
  }

  @Test
  void api_foreignOrigin_stillServed() {
    // API routes need a token a foreign page cannot read back (no CORS headers), so only admin is strict
    HttpResponse<String> r = http.send(http.request("/v1/oauth/token").header("Origin", "https://a.example")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form("grant_type", "password", "username", "dana",
            "password", "demo-password-1"))).build());

    assertThat(r.statusCode()).isEqualTo(200);
  }

  @Test
  void slowLoris_twentyStalledHalfRequests_normalRequestStillAnswers() throws Exception {
    String token = http.token("dana", "demo-password-1");
    List<Socket> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) {
        Socket s = new Socket("127.0.0.1", port());
        s.getOutputStream().write("GET /v1/me HT".getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        stalled.add(s);
      }
      Thread.sleep(200); // let the server pick up the half requests (not an assertion on timing)

      HttpResponse<String> r = http.send(http.request("/v1/me").timeout(Duration.ofSeconds(5))
          .header("Authorization", "Bearer " + token).GET().build());

      assertThat(r.statusCode()).isEqualTo(200);
    } finally {
      for (Socket s : stalled) {
        s.close();
      }
    }
  }

  @Test
  void server_requestAndResponseTimeouts_setForTheJdkServer() {
    assertThat(System.getProperty("sun.net.httpserver.maxReqTime")).isNotNull();
    assertThat(System.getProperty("sun.net.httpserver.maxRspTime")).isNotNull();
  }

  @Test
  void cursor_fromAnotherServerWithTheSameSeed_rejectedButDataIdentical() {
    String token = http.token("dana", "demo-password-1");
    try (SandboxServer other = SandboxServer.start(SandboxOptions.builder().build())) {
      Http otherHttp = new Http(other.baseUri());
      String otherToken = otherHttp.token("dana", "demo-password-1");
      JsonNode page = json(http.get("/v1/invoices?limit=3", token));
      JsonNode otherPage = json(otherHttp.get("/v1/invoices?limit=3", otherToken));
      assertThat(otherPage.get("data")).as("same seed, same data").isEqualTo(page.get("data"));
      String cursor = page.get("nextCursor").asText();

      HttpResponse<String> foreign = otherHttp.get("/v1/invoices?limit=3&cursor=" + cursor, otherToken);

      assertThat(foreign.statusCode()).isEqualTo(400);
      assertThat(json(foreign).get("type").asText()).endsWith("/invalid-cursor");
      assertThat(http.get("/v1/invoices?limit=3&cursor=" + cursor, token).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void cursor_demoRecordsFromAnotherServer_rejected() {
    String token = http.token("dana", "demo-password-1");
    try (SandboxServer other = SandboxServer.start(SandboxOptions.builder().build())) {
      Http otherHttp = new Http(other.baseUri());
      String cursor = json(http.get(SandboxServer.DEMO_RECORDS_PATH + "?limit=2", token))
          .get("nextCursor").asText();

      HttpResponse<String> foreign = otherHttp.get(SandboxServer.DEMO_RECORDS_PATH + "?limit=2&cursor=" + cursor,
          otherHttp.token("dana", "demo-password-1"));

      assertThat(foreign.statusCode()).isEqualTo(400);
    }
  }

  @Test
  void cursor_fromAnotherServerWithTheSameExplicitKey_accepted() {
    byte[] key = new byte[32];
    key[0] = 7;
    SandboxOptions options = SandboxOptions.builder().cursorKey(key).build();
    try (SandboxServer first = SandboxServer.start(options); SandboxServer second = SandboxServer.start(options)) {
      Http a = new Http(first.baseUri());
      Http b = new Http(second.baseUri());
      String cursor = json(a.get("/v1/invoices?limit=3", a.token("dana", "demo-password-1")))
          .get("nextCursor").asText();

      assertThat(b.get("/v1/invoices?limit=3&cursor=" + cursor, b.token("dana", "demo-password-1")).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void cursor_afterReset_stillValid() {
    String token = http.token("dana", "demo-password-1");
    String cursor = json(http.get("/v1/invoices?limit=3", token)).get("nextCursor").asText();

    server.reset();

    assertThat(http.get("/v1/invoices?limit=3&cursor=" + cursor, token).statusCode()).isEqualTo(200);
  }

  @Test
  void token_wrongSecretsOfEqualLength_rejected() {
    HttpResponse<String> password = http.tokenRequest(form("grant_type", "password", "username", "dana",
        "password", "demo-password-9"));
    HttpResponse<String> client = http.tokenRequest(form("grant_type", "client_credentials",
        "client_id", "recon-job", "client_secret", "recon-secret-2"));
    HttpResponse<String> prefix = http.tokenRequest(form("grant_type", "password", "username", "dana",
        "password", "demo-password-1x"));

    assertThat(password.statusCode()).isEqualTo(401);
    assertThat(client.statusCode()).isEqualTo(401);
    assertThat(prefix.statusCode()).isEqualTo(401);
  }
}
