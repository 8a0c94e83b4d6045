package io.csol.sdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.csol.sdk.core.Stubs.json;
import static io.csol.sdk.core.Stubs.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.csol.sdk.core.error.NotFoundException;
import io.csol.sdk.core.paging.PagedIterable;
import io.csol.sdk.core.raw.RawClient;
import io.csol.sdk.core.raw.RawResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RawClientTest {
  private WireMockServer server;
  private FakeTime time;
  private CsolClient client;
  private RawClient raw;

  @BeforeEach
  void start() {
    server = Stubs.server();
    time = new FakeTime();
    Stubs.tokens(server, 3600);
    client = Stubs.client(server, time).build();
    raw = RawClient.of(client);
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  @Test
  void get_jsonRoute_returnsStatusHeadersAndJdkTree() {
    server.stubFor(get(urlPathEqualTo("/v1/contracts/C-1"))
        .willReturn(json(200, "{\"id\":\"C-1\",\"total\":{\"amount\":\"12.50\",\"currency\":\"EUR\"},"
            + "\"months\":12,\"rate\":0.1,\"active\":true,\"tags\":[\"a\",null],\"note\":null}")
            .withHeader("Set-Cookie", "session=secret-cookie").withHeader("X-Request-Id", "r-1")));
    RawResponse r = raw.get("/v1/contracts/C-1?expand=lines");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("content-type")).contains("application/json");
    assertThat(r.headers()).doesNotContainKey("Set-Cookie");
    assertThat(r.headers().toString()).doesNotContain("secret-cookie");
    Map<String, Object> body = r.jsonObject();
    assertThat(body.get("id")).isEqualTo("C-1");
    assertThat(body.get("months")).isEqualTo(new BigDecimal("12"));
    assertThat(body.get("rate")).isEqualTo(new BigDecimal("0.1"));
    assertThat(body.get("active")).isEqualTo(true);
    assertThat(body.get("total")).isEqualTo(Map.of("amount", "12.50", "currency", "EUR"));
    assertThat(body.get("tags")).isEqualTo(java.util.Arrays.asList("a", null));
    assertThat(body).containsEntry("note", null);
    assertThat(r.body()).startsWith("{\"id\":\"C-1\"");
    server.verify(getRequestedFor(urlPathEqualTo("/v1/contracts/C-1"))
        .withQueryParam("expand", equalTo("lines"))
        .withHeader("Authorization", equalTo("Bearer " + Stubs.ACCESS_1)));
  }

  @Test
  void get_503ThenOk_retriedThroughThePipeline() {
    server.stubFor(get("/v1/contracts/C-1").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(problem(503, "unavailable")).willSetStateTo("ok"));
    server.stubFor(get("/v1/contracts/C-1").inScenario("flaky").whenScenarioStateIs("ok")
        .willReturn(json(200, "{\"id\":\"C-1\"}")));
    assertThat(raw.get("/v1/contracts/C-1").jsonObject()).containsEntry("id", "C-1");
    server.verify(exactly(2), getRequestedFor(urlPathEqualTo("/v1/contracts/C-1")));
    assertThat(time.sleeps).hasSize(1);
  }

  @Test
  void get_404_throwsTheTypedException() {
    server.stubFor(get("/v1/contracts/nope").willReturn(problem(404, "not-found")));
    assertThatThrownBy(() -> raw.get("/v1/contracts/nope")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void post_mapBody_sentAsJsonWithTheSameIdempotencyKeyOnEveryAttempt() {
    server.stubFor(post("/v1/contracts/C-1/renew").inScenario("p").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(problem(503, "unavailable")).willSetStateTo("ok"));
    server.stubFor(post("/v1/contracts/C-1/renew").inScenario("p").whenScenarioStateIs("ok")
        .willReturn(json(201, "{\"renewed\":true}")));
    RawResponse r = raw.post("/v1/contracts/C-1/renew", Map.of("months", 12),
        RequestOptions.builder().idempotencyKey("renew-C-1").build());
    assertThat(r.status()).isEqualTo(201);
    server.verify(exactly(2), postRequestedFor(urlPathEqualTo("/v1/contracts/C-1/renew"))
        .withHeader("Idempotency-Key", equalTo("renew-C-1"))
        .withRequestBody(equalToJson("{\"months\":12}")));
  }

  @Test
  void post_recordBodyWithoutKey_generatedKeyAndNullMembersLeftOut() {
    record Renew(int months, String note) { }
    server.stubFor(post("/v1/contracts/C-1/renew").willReturn(aResponse().withStatus(204)));
    assertThat(raw.post("/v1/contracts/C-1/renew", new Renew(6, null)).json()).isNull();
    server.verify(postRequestedFor(urlPathEqualTo("/v1/contracts/C-1/renew"))
        .withHeader("Idempotency-Key", matching("[0-9a-f-]{36}"))
        .withRequestBody(equalToJson("{\"months\":6}")));
  }

  @Test
  void list_threePages_followsNextCursorWithTheSameQuery() {
    stubThreePages();
    List<Map<String, Object>> items = raw.list("/v1/orders", Map.of("filter", "status eq 'OPEN'",
        "limit", "2")).stream().collect(Collectors.toList());
    assertThat(items).extracting(m -> m.get("id")).containsExactly("o1", "o2", "o3", "o4", "o5");
    server.verify(exactly(3), getRequestedFor(urlPathEqualTo("/v1/orders"))
        .withQueryParam("filter", equalTo("status eq 'OPEN'")).withQueryParam("limit", equalTo("2")));
    server.verify(getRequestedFor(urlPathEqualTo("/v1/orders")).withQueryParam("cursor", absent()));
  }

  @Test
  void list_resumeToken_continuesOnTheNextPage() {
    stubThreePages();
    PagedIterable<Map<String, Object>> orders = raw.list("/v1/orders", Map.of("limit", "2"));
    var it = orders.iterator();
    it.next();
    it.next();
    it.next();
    List<Object> rest = new ArrayList<>();
    orders.resumeFrom(it.resumeToken()).forEach(m -> rest.add(m.get("id")));
    assertThat(rest).containsExactly("o4", "o5");
  }

  @Test
  void list_prefetch_runsOnTheClientsPoolWhichCloseEnds() throws InterruptedException {
    stubThreePages();
    Set<Thread> fetching = new HashSet<>();
    for (int i = 0; i < 4; i++) {
      raw.list("/v1/orders", Map.of("limit", "2")).prefetch(2).forEach(m -> { });
    }
    Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("csol-prefetch-c")).forEach(fetching::add);
    assertThat(fetching).isNotEmpty().hasSizeLessThanOrEqualTo(4).allMatch(Thread::isDaemon);
    client.close();
    for (Thread t : fetching) {
      t.join(TimeUnit.SECONDS.toMillis(10));
      assertThat(t.isAlive()).as("%s after close", t.getName()).isFalse();
    }
  }

  @Test
  void paths_notAPathOrLeavingTheBase_rejectedBeforeSending() {
    assertThatThrownBy(() -> raw.get("https://evil.example/v1/x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path must start with '/'");
    assertThatThrownBy(() -> raw.get("//evil.example/v1/x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'//'");
    assertThatThrownBy(() -> raw.get("/v1/../admin")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> raw.get("/v1/a b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> raw.post("/v1/x", "text")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("body must be a Map or a record");
    assertThatThrownBy(() -> raw.list("/v1/x", Map.of("cursor", "c")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cursor");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  private void stubThreePages() {
    server.stubFor(get(urlPathEqualTo("/v1/orders")).withQueryParam("cursor", absent())
        .willReturn(json(200, "{\"data\":[{\"id\":\"o1\"},{\"id\":\"o2\"}],\"nextCursor\":\"k2\"}")));
    server.stubFor(get(urlPathEqualTo("/v1/orders")).withQueryParam("cursor", equalTo("k2"))
        .willReturn(json(200, "{\"data\":[{\"id\":\"o3\"},{\"id\":\"o4\"}],\"nextCursor\":\"k3\"}")));
    server.stubFor(get(urlPathEqualTo("/v1/orders")).withQueryParam("cursor", equalTo("k3"))
        .willReturn(json(200, "{\"data\":[{\"id\":\"o5\"}]}")));
  }
}
