package io.csol.sandbox;

import static io.csol.sandbox.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {

  static SandboxServer server;
  static Http http;
  static String dana;

  @BeforeAll
  static void start() {
    server = SandboxServer.start(SandboxOptions.builder().module(new TestKit()).build());
    http = new Http(server.baseUri());
    dana = http.token("dana", "demo-password-1");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.reset();
  }

  private static HttpResponse<String> rawGet(String path) throws IOException, InterruptedException {
    return http.client().send(http.request(path).header("Authorization", "Bearer " + dana).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void latency_delaysTheResponse() throws Exception {
    server.faults().add(Faults.Rule.latency("/v1/me", Duration.ofMillis(400)));
    long start = System.nanoTime();
    assertThat(rawGet("/v1/me").statusCode()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
  }

  @Test
  void status_nextTwoCalls_are503WithRetryAfterThenNormal() throws Exception {
    server.faults().add(Faults.Rule.status("/v1/me*", 503).retryAfter(1).times(2));
    HttpResponse<String> first = rawGet("/v1/me");
    assertThat(first.statusCode()).isEqualTo(503);
    assertThat(first.headers().firstValue("Retry-After")).contains("1");
    assertThat(json(first).get("type").asText()).endsWith("/unavailable");
    assertThat(rawGet("/v1/me").statusCode()).isEqualTo(503);
    assertThat(rawGet("/v1/me").statusCode()).isEqualTo(200);
    assertThat(server.journal().find("GET", "/v1/me")).extracting(Journal.Entry::outcome)
        .containsExactly(Journal.Outcome.FAULT, Journal.Outcome.FAULT, Journal.Outcome.APPLIED);
  }

  @Test
  void status_everyKind_isAProblemOfThatStatus() throws Exception {
    for (int status : List.of(429, 500, 502, 504)) {
      server.faults().set(List.of(Faults.Rule.status("*", status)));
      HttpResponse<String> r = rawGet("/v1/me");
      assertThat(r.statusCode()).isEqualTo(status);
      assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
    }
  }

  @Test
  void reset_beforeResponse_clientSeesIOException_andHandlerDidNotRun() {
    server.faults().add(Faults.Rule.of("/v1/counter", Faults.Kind.RESET));
    assertThatThrownBy(() -> http.client().send(http.request("/v1/counter").header("Authorization", "Bearer " + dana)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
    assertThat(server.journal().applied("POST", "/v1/counter")).isZero();
    assertThat(server.journal().find("POST", "/v1/counter").get(0).outcome()).isEqualTo(Journal.Outcome.FAULT);
  }

  @Test
  void resetAfterHandler_effectTookPlace_andIdempotentRetryReplays() throws Exception {
    server.faults().add(Faults.Rule.of("/v1/counter", Faults.Kind.RESET_AFTER_HANDLER).times(1));
    HttpRequest post = http.request("/v1/counter").header("Authorization", "Bearer " + dana)
        .header("Content-Type", "application/json").header("Idempotency-Key", "retry-me")
        .POST(HttpRequest.BodyPublishers.ofString("{\"n\":1}")).build();
    assertThatThrownBy(() -> http.client().send(post, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);
    HttpResponse<String> retry = http.client().send(post, HttpResponse.BodyHandlers.ofString());
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(server.journal().applied("POST", "/v1/counter")).isEqualTo(1);
  }

  @Test
  void resetMidBody_clientSeesIOException() {
    server.faults().add(Faults.Rule.of("/v1/big", Faults.Kind.RESET_MID_BODY));
    assertThatThrownBy(() -> rawGet("/v1/big")).isInstanceOf(IOException.class);
  }

  @Test
  void resetMidStream_clientSeesIOException() {
    server.faults().add(Faults.Rule.of("/v1/stream", Faults.Kind.RESET_MID_BODY));
    assertThatThrownBy(() -> rawGet("/v1/stream")).isInstanceOf(IOException.class);
  }

  @Test
  void truncatedBody_withFullContentLength_clientSeesIOException() {
    server.faults().add(Faults.Rule.of("/v1/big", Faults.Kind.TRUNCATED_BODY));
    assertThatThrownBy(() -> rawGet("/v1/big")).isInstanceOf(IOException.class);
  }

  @Test
  void malformedJson_isCompleteHttpButUnparseable() throws Exception {
    server.faults().add(Faults.Rule.of("/v1/me", Faults.Kind.MALFORMED_JSON));
    HttpResponse<String> r = rawGet("/v1/me");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValueAsLong("Content-Length").getAsLong()).isEqualTo(r.body().length());
    assertThatThrownBy(() -> Http.JSON.readTree(r.body())).isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void collectionPage_isStreamedAfterItsHeaders_andMalformedJsonStillCorruptsIt() throws Exception {
    HttpResponse<String> page = rawGet("/v1/things?limit=1");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Length")).isEmpty(); // chunked: headers went first
    assertThat(page.headers().firstValue("Link")).hasValueSatisfying(link -> assertThat(link)
        .startsWith("</v1/things?limit=1&cursor=").endsWith(">; rel=\"next\""));
    assertThat(json(page).get("data")).hasSize(1);

    server.faults().add(Faults.Rule.of("/v1/things", Faults.Kind.MALFORMED_JSON));
    HttpResponse<String> bad = rawGet("/v1/things?limit=1");
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.headers().firstValueAsLong("Content-Length").getAsLong()).isEqualTo(bad.body().length());
    assertThatThrownBy(() -> Http.JSON.readTree(bad.body())).isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void slowBody_trickles_butArrivesComplete() throws Exception {
    server.faults().add(Faults.Rule.of("/v1/big", Faults.Kind.SLOW_BODY).delay(Duration.ofMillis(500)));
    long start = System.nanoTime();
    HttpResponse<String> r = rawGet("/v1/big");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(450));
    assertThat(json(r).get("data").asText()).hasSize(200_000);
  }

  @Test
  void faults_neverApplyToAdminOrTokenRoutes() {
    server.faults().add(Faults.Rule.status("*", 503));
    assertThat(http.send(http.request("/_sandbox/clock").GET().build()).statusCode()).isEqualTo(200);
    assertThat(http.token("lars", "demo-password-2")).isNotBlank();
    server.faults().set(List.of(Faults.Rule.status("/v1/oauth/*", 503)));
    assertThat(http.tokenRequest("grant_type=password").statusCode()).isEqualTo(503);
  }

  @Test
  void soakMix_givesTheAdvertisedMixture_deterministically() {
    Faults a = new Faults(7).set(Faults.soakMix());
    Faults b = new Faults(7).set(Faults.soakMix());
    Map<Faults.Kind, Integer> counts = new EnumMap<>(Faults.Kind.class);
    int normal = 0;
    int statuses = 0;
    for (int i = 0; i < 20_000; i++) {
      Faults.Decision d = a.decide("/v1/invoices");
      assertThat(b.decide("/v1/invoices")).isEqualTo(d);
      if (d.terminal() == null) {
        normal++;
      } else {
        counts.merge(d.terminal().kind(), 1, Integer::sum);
        statuses += d.terminal().kind() == Faults.Kind.STATUS ? 1 : 0;
      }
    }
    assertThat(normal / 20_000.0).isBetween(0.73, 0.77);
    assertThat(statuses / 20_000.0).isBetween(0.22, 0.26);
    assertThat(counts.get(Faults.Kind.RESET) / 20_000.0).isBetween(0.005, 0.015);
  }

  @Test
  void chaosMix_everyKindAtTheAdvertisedRate_deterministically() {
    Faults a = new Faults(11).set(Faults.chaosMix());
    Faults b = new Faults(11).set(Faults.chaosMix());
    Map<Faults.Kind, Integer> counts = new EnumMap<>(Faults.Kind.class);
    java.util.Set<Integer> statuses = new java.util.TreeSet<>();
    int failing = 0;
    int n = 40_000;
    for (int i = 0; i < n; i++) {
      Faults.Decision d = a.decide("/v1/statements/lines");
      assertThat(b.decide("/v1/statements/lines")).isEqualTo(d);
      if (d.terminal() != null) {
        counts.merge(d.terminal().kind(), 1, Integer::sum);
        failing += d.terminal().kind() == Faults.Kind.SLOW_BODY ? 0 : 1;
        if (d.terminal().kind() == Faults.Kind.STATUS) {
          statuses.add(d.terminal().status());
        }
        if (d.terminal().kind() == Faults.Kind.SLOW_BODY) {
          assertThat(d.terminal().delayMillis()).isLessThanOrEqualTo(100);
        }
      }
    }
    assertThat(counts.keySet()).containsAll(java.util.EnumSet.complementOf(java.util.EnumSet.of(Faults.Kind.LATENCY)));
    assertThat(statuses).containsExactly(429, 500, 502, 503, 504);
    assertThat(failing / (double) n).isBetween(0.28, 0.32);
    assertThat(counts.get(Faults.Kind.SLOW_BODY) / (double) n).isBetween(0.025, 0.035);
    assertThat(new Faults(1).set(Faults.chaosMix()).decide("/_sandbox/journal")).isEqualTo(Faults.Decision.NONE);
    assertThatThrownBy(() -> Faults.chaosMix(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rate");
  }

  @Test
  void adminFaultsEndpoint_putGetDelete() {
    String config = "{\"rules\":[{\"path\":\"/v1/me\",\"kind\":\"STATUS\",\"status\":502,\"times\":1}]}";
    HttpResponse<String> put = http.send(http.request("/_sandbox/faults").header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(config)).build());
    assertThat(put.statusCode()).isEqualTo(200);
    assertThat(json(put).get("rules").get(0).get("status").asInt()).isEqualTo(502);
    assertThat(http.get("/v1/me", dana).statusCode()).isEqualTo(502);
    assertThat(http.get("/v1/me", dana).statusCode()).isEqualTo(200);
    HttpResponse<String> bad = http.send(http.request("/_sandbox/faults").header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"rules\":[{\"kind\":\"STATUS\",\"status\":418}]}")).build());
    assertThat(bad.statusCode()).isEqualTo(400);
    http.send(http.request("/_sandbox/faults").PUT(HttpRequest.BodyPublishers.ofString("{\"preset\":\"soak\"}"))
        .header("Content-Type", "application/json").build());
    assertThat(server.faults().rules()).hasSize(4);
    assertThat(http.send(http.request("/_sandbox/faults").DELETE().build()).statusCode()).isEqualTo(204);
    assertThat(server.faults().rules()).isEmpty();
  }
}
