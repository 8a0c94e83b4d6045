package io.csol.sdk.core.access;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.csol.sdk.core.CircuitBreakerOptions;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.RetryOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.error.ConflictException;
import io.csol.sdk.core.error.ResponseDecodingException;
import io.csol.sdk.core.error.ToolNotOfferedException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessClientTest {

  private static final String PROBLEM = "application/problem+json";

  private WireMockServer server;
  private CsolClient client;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    server.stubFor(post(urlPathEqualTo("/v1/oauth/token")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
            + "\"refresh_token\":\"ref-1\"}")));
    client = CsolClient.builder().baseUri("http://127.0.0.1:" + server.port())
        .credentials(Credentials.password("dana", "demo-password-1".toCharArray()))
        .retry(RetryOptions.disabled()).circuitBreaker(CircuitBreakerOptions.disabled()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  @Test
  void getProfile_profileJson_decodedWithBearerToken() {
    server.stubFor(get("/v1/me").willReturn(json(200, "{\"userId\":\"dana\",\"name\":\"Dana\","
        + "\"company\":\"Nordic Freight AB\",\"email\":\"dana@example.com\",\"country\":\"SE\","
        + "\"customerNumbers\":[\"1000001\",\"1000002\"],\"kind\":\"PERSON\",\"future\":true}")));
    Profile me = AccessClient.of(client).getProfile();
    assertThat(me.userId()).isEqualTo("dana");
    assertThat(me.customerNumbers()).containsExactly("1000001", "1000002");
    assertThat(me.kind()).isEqualTo(ProfileKind.PERSON);
    server.verify(getRequestedFor(urlPathEqualTo("/v1/me")).withHeader("Authorization", equalTo("Bearer tok-1")));
  }

  @Test
  void listEntitlements_twoPages_followsCursorLazily() {
    server.stubFor(get(urlPathEqualTo("/v1/entitlements")).withQueryParam("cursor", absent())
        .willReturn(json(200, "{\"data\":[{\"tool\":\"INVOICES\",\"customerNumber\":\"1000002\","
            + "\"country\":\"DE\",\"status\":\"PENDING\",\"trackingNumber\":\"R-2026-000042\","
            + "\"updatedAt\":\"2026-11-23T10:15:30Z\"}],\"nextCursor\":\"c2\"}")));
    server.stubFor(get(urlPathEqualTo("/v1/entitlements")).withQueryParam("cursor", equalTo("c2"))
        .willReturn(json(200, "{\"data\":[{\"tool\":\"STATEMENTS\",\"customerNumber\":\"1000002\","
            + "\"country\":\"DE\",\"status\":\"ACTIVE\",\"updatedAt\":\"2026-11-23T10:15:30Z\"}]}")));
    var entitlements = AccessClient.of(client).listEntitlements();
    assertThat(server.getAllServeEvents()).isEmpty();
    List<Entitlement> all = entitlements.stream().collect(Collectors.toList());
    assertThat(all).extracting(Entitlement::tool).containsExactly(Tool.INVOICES, Tool.STATEMENTS);
    assertThat(all.get(0).tracking()).contains("R-2026-000042");
    assertThat(all.get(1).isActive()).isTrue();
  }

  @Test
  void listEntitlements_withOptions_appliesThemToEveryPage() {
    server.stubFor(get(urlPathEqualTo("/v1/entitlements")).withQueryParam("cursor", absent())
        .willReturn(json(200, "{\"data\":[],\"nextCursor\":\"c2\"}")));
    server.stubFor(get(urlPathEqualTo("/v1/entitlements")).withQueryParam("cursor", equalTo("c2"))
        .willReturn(json(200, "{\"data\":[]}")));
    AccessClient.of(client).listEntitlements(RequestOptions.builder()
        .header("X-Trace", "nightly").build()).stream().count();
    assertThat(server.getAllServeEvents())
        .filteredOn(e -> e.getRequest().getUrl().startsWith("/v1/entitlements")).hasSize(2)
        .allSatisfy(e -> assertThat(e.getRequest().getHeader("X-Trace")).isEqualTo("nightly"));
    assertThatThrownBy(() -> AccessClient.of(client).listEntitlements(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("options");
  }

  @Test
  void requestEntitlement_posted_returnsPendingWithTracking() {
    server.stubFor(post("/v1/entitlements").willReturn(json(202, "{\"tool\":\"INVOICES\","
        + "\"customerNumber\":\"1000002\",\"country\":\"DE\",\"status\":\"PENDING\","
        + "\"trackingNumber\":\"R-2026-000123\",\"updatedAt\":\"2026-11-23T10:15:30Z\"}")));
    EntitlementRequestResult r = AccessClient.of(client).requestEntitlement(RequestEntitlementRequest.builder()
        .tool(Tool.INVOICES).customerNumber("1000002").country("DE").justification("month end").build(),
        RequestOptions.builder().idempotencyKey("ent-1000002-invoices").build());
    assertThat(r.status()).isEqualTo(EntitlementStatus.PENDING);
    assertThat(r.tracking()).contains("R-2026-000123");
    server.verify(postRequestedFor(urlPathEqualTo("/v1/entitlements"))
        .withHeader("Idempotency-Key", equalTo("ent-1000002-invoices"))
        .withHeader("Content-Type", matching("application/json.*"))
        .withRequestBody(equalToJson("{\"tool\":\"INVOICES\",\"customerNumber\":\"1000002\","
            + "\"country\":\"DE\",\"justification\":\"month end\"}")));
  }

  @Test
  void requestEntitlement_problems_mappedToTypedExceptions() {
    RequestEntitlementRequest req = RequestEntitlementRequest.builder().tool(Tool.ORDERS).customerNumber("1000006")
        .country("CN").build();
    server.stubFor(post("/v1/entitlements").willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", PROBLEM).withBody("{\"type\":\"https://csol.io/problems/tool-not-offered\","
            + "\"title\":\"Tool not offered\",\"status\":403,\"detail\":\"ORDERS is not offered in CN\","
            + "\"tool\":\"ORDERS\",\"country\":\"CN\"}")));
    assertThatThrownBy(() -> AccessClient.of(client).requestEntitlement(req))
        .isInstanceOfSatisfying(ToolNotOfferedException.class, e -> {
          assertThat(e.tool()).isEqualTo(Tool.ORDERS);
          assertThat(e.country()).contains("CN");
        });
    server.stubFor(post("/v1/entitlements").willReturn(aResponse().withStatus(409)
        .withHeader("Content-Type", PROBLEM).withBody("{\"type\":\"https://csol.io/problems/conflict\","
            + "\"status\":409,\"detail\":\"already ACTIVE\"}")));
    assertThatThrownBy(() -> AccessClient.of(client).requestEntitlement(req))
        .isInstanceOf(ConflictException.class).hasMessageContaining("HTTP 409 conflict: already ACTIVE");
  }

  @Test
  void getProfile_truncatedBody_throwsResponseDecoding() {
    server.stubFor(get("/v1/me").willReturn(json(200, "{\"userId\":\"dana\",\"customerNumbers\":[\"10")));
    assertThatThrownBy(() -> AccessClient.of(client).getProfile()).isInstanceOfSatisfying(ResponseDecodingException.class,
        e -> {
          assertThat(e.status()).isEqualTo(200);
          assertThat(e.getMessage()).contains("truncated").doesNotContain("dana");
          assertThat(e.requestId()).isPresent();
        });
  }

  @Test
  void arguments_null_throwNamingParameter() {
    assertThatThrownBy(() -> AccessClient.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("client");
    assertThatThrownBy(() -> AccessClient.of(client).requestEntitlement(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("request");
  }

  @Test
  void everyOperation_listenerSeesItsOperationIdAndPathTemplate() {
    server.stubFor(get("/v1/me").willReturn(json(200, "{\"userId\":\"dana\"}")));
    server.stubFor(get(urlPathEqualTo("/v1/entitlements")).willReturn(json(200, "{\"data\":[]}")));
    server.stubFor(post("/v1/entitlements").willReturn(json(202, "{\"tool\":\"INVOICES\","
        + "\"customerNumber\":\"1000002\",\"country\":\"DE\",\"status\":\"PENDING\"}")));
    List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (CsolClient observed = CsolClient.builder().baseUri("http://127.0.0.1:" + server.port())
        .credentials(Credentials.password("dana", "demo-password-1".toCharArray()))
        .listener(new io.csol.sdk.core.CallListener() {
          @Override
          public void callFinished(CallEvent e) {
            calls.add(e.call().operation() + " " + e.call().method() + " "
                + e.call().pathTemplate() + " " + e.outcome());
          }
        }).build()) {
      AccessClient access = AccessClient.of(observed);
      access.getProfile();
      access.listEntitlements().stream().count();
      access.requestEntitlement(RequestEntitlementRequest.builder().tool(Tool.INVOICES)
          .customerNumber("1000002").country("DE").justification("month end").build());
    }
    assertThat(calls).containsExactly(
        "createToken POST /v1/oauth/token SUCCESS",
        "getProfile GET /v1/me SUCCESS",
        "listEntitlements GET /v1/entitlements SUCCESS",
        "requestEntitlement POST /v1/entitlements SUCCESS");
  }
}
