package io.csol.sandbox;

import static io.csol.sandbox.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConventionsTest {

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

  @Test
  void requestId_givenOrMissing_isEchoedInHeaderAndProblem() {
    HttpResponse<String> given = http.send(http.request("/v1/nowhere").header("X-Request-Id", "req-123")
        .header("Authorization", "Bearer " + dana).GET().build());
    assertThat(given.headers().firstValue("X-Request-Id")).contains("req-123");
    assertThat(json(given).get("requestId").asText()).isEqualTo("req-123");
    HttpResponse<String> made = http.get("/v1/me", dana);
    assertThat(made.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).isNotBlank());
  }

  @Test
  void unknownPath_is404Problem() {
    HttpResponse<String> r = http.get("/v1/nowhere", dana);
    assertThat(r.statusCode()).isEqualTo(404);
    JsonNode p = json(r);
    assertThat(p.get("type").asText()).isEqualTo("https://csol.io/problems/not-found");
    assertThat(p.get("instance").asText()).isEqualTo("/v1/nowhere");
    assertThat(p.get("status").asInt()).isEqualTo(404);
  }

  @Test
  void wrongMethod_is405WithAllow() {
    HttpResponse<String> r = http.send(http.request("/v1/me").header("Authorization", "Bearer " + dana)
        .DELETE().build());
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow")).contains("GET");
    assertThat(json(r).get("type").asText()).endsWith("/method-not-allowed");
  }

  @Test
  void acceptExcludingJson_is406_butPdfRouteHonoursItsType() {
    HttpResponse<String> r = http.send(http.request("/v1/me").header("Authorization", "Bearer " + dana)
        .header("Accept", "text/html").GET().build());
    assertThat(r.statusCode()).isEqualTo(406);
    assertThat(json(r).get("type").asText()).endsWith("/not-acceptable");
    HttpResponse<String> pdf = http.send(http.request("/v1/pdf").header("Authorization", "Bearer " + dana)
        .header("Accept", "application/pdf").GET().build());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Repr-Digest")).hasValueSatisfying(v -> assertThat(v).startsWith("sha-256=:"));
    assertThat(pdf.headers().firstValue("ETag")).hasValueSatisfying(v -> assertThat(v).matches("\"[0-9a-f]{64}\""));
  }

  @Test
  void postWithNonJsonBody_is415() {
    HttpResponse<String> r = http.send(http.request("/v1/counter").header("Authorization", "Bearer " + dana)
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hi")).build());
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(json(r).get("type").asText()).endsWith("/unsupported-media-type");
    HttpResponse<String> token = http.send(http.request("/v1/oauth/token").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertThat(token.statusCode()).isEqualTo(415);
  }

  @Test
  void bodyOverOneMebibyte_is413() {
    String big = "{\"x\":\"" + "a".repeat(1024 * 1024) + "\"}";
    HttpResponse<String> r = http.post("/v1/counter", dana, big, null);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(json(r).get("type").asText()).endsWith("/payload-too-large");
    assertThat(server.journal().applied("POST", "/v1/counter")).isZero();
  }

  @Test
  void handlerException_is500WithoutStackTrace() {
    HttpResponse<String> r = http.get("/v1/boom", dana);
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(json(r).get("type").asText()).endsWith("/internal-error");
    assertThat(r.body()).doesNotContain("IllegalStateException").doesNotContain("internal secret detail")
        .doesNotContain("at io.csol");
    assertThat(server.journal().find("GET", "/v1/boom").get(0).outcome()).isEqualTo(Journal.Outcome.ERROR);
  }

  @Test
  void handlerProblem_isWrittenWithFieldErrors() {
    HttpResponse<String> r = http.get("/v1/teapot", dana);
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).get("errors").get(0).get("field").asText()).isEqualTo("x");
  }

  @Test
  void literalSegment_winsOverVariable() {
    assertThat(json(http.get("/v1/widgets/special", dana)).get("route").asText()).isEqualTo("literal");
    JsonNode var = json(http.get("/v1/widgets/abc%20d", dana));
    assertThat(var.get("route").asText()).isEqualTo("var");
    assertThat(var.get("id").asText()).isEqualTo("abc d");
  }

  @Test
  void idempotentPost_sameKeySameBody_replaysBytesWithoutRunningHandler() {
    HttpResponse<String> first = http.post("/v1/counter", dana, "{\"a\":1}", "key-1");
    HttpResponse<String> second = http.post("/v1/counter", dana, "{\"a\":1}", "key-1");
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(201);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(server.journal().applied("POST", "/v1/counter")).isEqualTo(1);
    assertThat(server.journal().withIdempotencyKey("key-1")).extracting(Journal.Entry::outcome)
        .containsExactly(Journal.Outcome.APPLIED, Journal.Outcome.REPLAYED);
  }

  @Test
  void idempotentPost_sameKeyOtherBody_is422AndOtherPrincipalIsSeparate() {
    http.post("/v1/counter", dana, "{\"a\":1}", "key-2");
    HttpResponse<String> reused = http.post("/v1/counter", dana, "{\"a\":2}", "key-2");
    assertThat(reused.statusCode()).isEqualTo(422);
    assertThat(json(reused).get("type").asText()).endsWith("/idempotency-key-reused");
    HttpResponse<String> lars = http.post("/v1/counter", http.token("lars", "demo-password-2"), "{\"a\":2}", "key-2");
    assertThat(lars.statusCode()).isEqualTo(201);
    assertThat(server.journal().applied("POST", "/v1/counter")).isEqualTo(2);
  }

  @Test
  void idempotentPost_withoutKey_runsEveryTime() {
    http.post("/v1/counter", dana, "{}", null);
    http.post("/v1/counter", dana, "{}", null);
    assertThat(server.journal().applied("POST", "/v1/counter")).isEqualTo(2);
  }

  @Test
  void idempotentPost_concurrentDuplicates_secondWaitsAndReplays() throws Exception {
    TestKit.gate = new CountDownLatch(1);
    TestKit.entered = new CountDownLatch(1);
    try {
      CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(
          () -> http.post("/v1/slow-counter", dana, "{}", "dup"));
      assertThat(TestKit.entered.await(10, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(
          () -> http.post("/v1/slow-counter", dana, "{}", "dup"));
      // b is now blocked server-side behind a; give it a moment to arrive, then release a
      CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(() -> TestKit.gate.countDown());
      HttpResponse<String> ra = a.get(20, TimeUnit.SECONDS);
      HttpResponse<String> rb = b.get(20, TimeUnit.SECONDS);
      assertThat(rb.body()).isEqualTo(ra.body());
      assertThat(List.of(ra, rb)).filteredOn(r -> r.headers().firstValue("Idempotent-Replayed").isPresent())
          .hasSize(1);
      assertThat(server.journal().applied("POST", "/v1/slow-counter")).isEqualTo(1);
    } finally {
      TestKit.gate = new CountDownLatch(0);
    }
  }

  @Test
  void toolRoute_withoutActiveEntitlement_is403NamingToolCustomerCountry() {
    HttpResponse<String> r = http.get("/v1/widgets", http.token("lars", "demo-password-2"));
    assertThat(r.statusCode()).isEqualTo(403);
    JsonNode p = json(r);
    assertThat(p.get("type").asText()).endsWith("/not-entitled");
    assertThat(p.get("tool").asText()).isEqualTo("ORDERS");
    assertThat(p.get("customerNumber").asText()).isEqualTo("1000001");
    assertThat(p.get("country").asText()).isEqualTo("SE");
    assertThat(json(http.get("/v1/widgets", dana)).get("customers")).hasSize(6);
  }

  @Test
  void collection_scopedByEntitlement_andRecordOfCustomerNotHeldIs404() {
    String lars = http.token("lars", "demo-password-2");
    JsonNode page = json(http.get("/v1/things?totalCount=true", lars));
    assertThat(page.get("data").findValuesAsText("id")).containsExactly("T1", "T3");
    assertThat(page.get("totalCount").asInt()).isEqualTo(2);
    assertThat(http.get("/v1/things/T1", lars).statusCode()).isEqualTo(200);
    HttpResponse<String> foreign = http.get("/v1/things/T2", lars);
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(json(foreign).has("customerNumber")).isFalse();
    assertThat(foreign.body()).doesNotContain("1000002").doesNotContain("DE");
    assertThat(http.get("/v1/things/T9", lars).statusCode()).isEqualTo(404);
    JsonNode changes = json(http.get("/v1/things/changes", lars));
    List<String> ids = new java.util.ArrayList<>();
    changes.get("data").forEach(c -> ids.add(c.get("op").asText() + ":" + c.get("id").asText()));
    assertThat(ids).containsExactly("UPSERT:T1", "UPSERT:T3");
    assertThat(changes.get("hasMore").asBoolean()).isFalse();
  }

  @Test
  void collection_badFilter_is400WithSlugAndFieldErrors() {
    HttpResponse<String> r = http.get("/v1/things?filter=customerNumber%20eq", dana);
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode p = json(r);
    assertThat(p.get("type").asText()).endsWith("/invalid-filter");
    assertThat(p.get("errors").get(0).get("field").asText()).isEqualTo("filter");
    HttpResponse<String> limit = http.get("/v1/things?limit=0", dana);
    assertThat(limit.statusCode()).isEqualTo(400);
    assertThat(json(limit).get("errors").get(0).get("field").asText()).isEqualTo("limit");
    HttpResponse<String> cursor = http.get("/v1/things?cursor=garbage", dana);
    assertThat(json(cursor).get("type").asText()).endsWith("/invalid-cursor");
  }

  @Test
  void journal_hidesAuthorizationHeader() {
    http.get("/v1/me", dana);
    Journal.Entry e = server.journal().find("GET", "/v1/me").get(0);
    assertThat(e.headers()).doesNotContainKey("authorization");
    assertThat(e.subject()).isEqualTo("dana");
    assertThat(e.status()).isEqualTo(200);
    assertThat(e.toString()).doesNotContain(dana);
  }

  @Test
  void streamedResponse_isChunkedAndComplete() {
    HttpResponse<String> r = http.get("/v1/stream", dana);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body().lines().count()).isEqualTo(10_000);
    assertThat(r.headers().firstValue("Content-Length")).isEmpty();
  }
}
