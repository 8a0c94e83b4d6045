package io.csol.sandbox;

import static io.csol.sandbox.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RateLimitAndAdminTest {

  static SandboxServer server;
  static Http http;

  @BeforeAll
  static void start() {
    server = SandboxServer.start(SandboxOptions.builder().rateLimit(3).build());
    http = new Http(server.baseUri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.reset();
    server.clock().freeze();
  }

  @Test
  void rateLimit_headersCountDown_then429WithRetryAfter_thenRefillsWithClock() {
    String token = http.token("dana", "demo-password-1");
    server.reset();
    server.clock().freeze();
    for (int expected = 2; expected >= 0; expected--) {
      HttpResponse<String> r = http.get("/v1/me", token);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("RateLimit-Limit")).contains("3");
      assertThat(r.headers().firstValue("RateLimit-Remaining")).contains(Integer.toString(expected));
      assertThat(r.headers().firstValue("RateLimit-Reset")).isPresent();
    }
    HttpResponse<String> limited = http.get("/v1/me", token);
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).contains("1");
    assertThat(json(limited).get("type").asText()).endsWith("/rate-limited");
    assertThat(http.get("/v1/me", http.machineToken()).statusCode()).as("other principal, own bucket").isEqualTo(200);
    server.clock().advance(Duration.ofSeconds(1));
    assertThat(http.get("/v1/me", token).statusCode()).isEqualTo(200);
  }

  @Test
  void adminClock_setAdvanceFreeze() {
    HttpResponse<String> set = http.send(http.request("/_sandbox/clock").header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"set\":\"2027-01-01T00:00:00Z\",\"advance\":\"PT1H\",\"frozen\":true}"))
        .build());
    assertThat(set.statusCode()).isEqualTo(200);
    assertThat(server.clock().instant()).isEqualTo(Instant.parse("2027-01-01T01:00:00Z"));
    assertThat(json(http.send(http.request("/_sandbox/clock").GET().build())).get("frozen").asBoolean()).isTrue();
  }

  @Test
  void adminJournalAndReset_overHttp() {
    String token = http.token("lars", "demo-password-2");
    http.get("/v1/me", token);
    HttpResponse<String> journal = http.send(http.request("/_sandbox/journal?limit=1").GET().build());
    assertThat(json(journal).get("data").get(0).get("path").asText()).isEqualTo("/v1/me");
    assertThat(journal.body()).doesNotContain(token);
    HttpResponse<String> reset = http.send(http.request("/_sandbox/reset")
        .POST(HttpRequest.BodyPublishers.noBody()).build());
    assertThat(reset.statusCode()).isEqualTo(204);
    assertThat(server.journal().size()).isZero();
    assertThat(server.clock().instant()).isAfterOrEqualTo(SandboxOptions.DEFAULT_START);
  }
}
