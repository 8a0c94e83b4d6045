package io.csol.sandbox;

import static io.csol.sandbox.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox is as strict as the contract: what the spec refuses, it refuses with the documented problem. */
class StrictContractTest {

  static SandboxServer server;
  static Http http;
  static String dana;

  @BeforeAll
  static void start() {
    server = SandboxServer.start(SandboxOptions.builder().build());
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
  void requestId_onPattern_isEchoed() {
    HttpResponse<String> r = http.send(http.request("/v1/me").header("X-Request-Id", "req-1.a:b_C")
        .header("Authorization", "Bearer " + dana).GET().build());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("X-Request-Id")).contains("req-1.a:b_C");
  }

  @Test
  void requestId_offPattern_is400NamingItAndNotEchoed() throws Exception {
    // sent around Http's response check: the spec does not declare 400 on getProfile yet (issue 10 D5 adds it)
    HttpResponse<String> r = http.client().send(http.request("/v1/me").header("X-Request-Id", "has space")
        .header("Authorization", "Bearer " + dana).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode problem = json(r);
    assertThat(problem.get("type").asText()).endsWith("/invalid-request");
    assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("X-Request-Id");
    assertThat(r.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id)
        .isNotEqualTo("has space").isEqualTo(problem.get("requestId").asText()));
  }

  @Test
  void entitlements_filterOrSort_is400NamingTheParameter() {
    for (String name : List.of("filter", "sort", "fields")) {
      HttpResponse<String> r = http.get("/v1/entitlements?" + name + "=x", dana);
      assertThat(r.statusCode()).as(name).isEqualTo(400);
      assertThat(json(r).get("errors").get(0).get("field").asText()).isEqualTo(name);
      assertThat(json(r).get("detail").asText()).contains("limit, cursor, totalCount");
    }
  }

  @Test
  void changesFeed_cursor_is400() {
    HttpResponse<String> r = http.get("/v1/invoices/changes?cursor=abc", dana);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("errors").get(0).get("field").asText()).isEqualTo("cursor");
  }

  @Test
  void totalCount_onlyTrueOrFalse_everywhere() {
    for (String path : List.of("/v1/entitlements", "/v1/invoices", "/v1/statements/lines",
        "/v1/statements/summaries")) {
      assertThat(http.get(path + "?totalCount=maybe", dana).statusCode()).as(path).isEqualTo(400);
      assertThat(http.get(path + "?totalCount=TRUE", dana).statusCode()).as(path).isEqualTo(400);
      assertThat(json(http.get(path + "?totalCount=true", dana)).has("totalCount")).as(path).isTrue();
      assertThat(json(http.get(path + "?totalCount=false", dana)).has("totalCount")).as(path).isFalse();
    }
  }

  @Test
  void limit_outOfRange_is400NamingLimitAndRange() {
    HttpResponse<String> r = http.get("/v1/invoices?limit=501", dana);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("errors").get(0).get("field").asText()).isEqualTo("limit");
    assertThat(json(r).get("detail").asText()).contains("1..500");
  }

  @Test
  void approve_commentTooLong_is422ValidationFailedNamingComment() {
    String number = json(http.get("/v1/invoices?limit=1", dana)).get("data").get(0).get("number").asText();
    HttpResponse<String> r = http.post("/v1/invoices/" + number + "/approve", dana,
        "{\"comment\":\"" + "x".repeat(2001) + "\"}", null);
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).get("type").asText()).endsWith("/validation-failed");
    assertThat(json(r).get("errors").get(0).get("field").asText()).isEqualTo("comment");
  }

  @Test
  void dispute_badReasonAndMissingDetails_is422ListingBoth() {
    String number = json(http.get("/v1/invoices?limit=1", dana)).get("data").get(0).get("number").asText();
    HttpResponse<String> r = http.post("/v1/invoices/" + number + "/dispute", dana, "{\"reason\":\"BORED\"}", null);
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("details", "reason");
  }

  @Test
  void requestEntitlement_withoutCountry_is422NamingCountry() {
    String lars = http.token("lars", "demo-password-2");
    HttpResponse<String> r = http.post("/v1/entitlements", lars, "{\"tool\":\"ORDERS\",\"customerNumber\":\"1000001\"}",
        null);
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).get("errors").get(0).get("field").asText()).isEqualTo("country");
  }

  @Test
  void token_errors_carryOAuthErrorCodes() {
    Map<String, String> expected = Map.of(
        Http.form("grant_type", "password", "username", "dana", "password", "wrong"), "invalid_grant",
        Http.form("grant_type", "client_credentials", "client_id", "recon-job", "client_secret", "no"),
        "invalid_client",
        Http.form("grant_type", "magic"), "unsupported_grant_type",
        Http.form("grant_type", "password", "username", "dana"), "invalid_request",
        Http.form("grant_type", "refresh_token", "refresh_token", "unknown"), "invalid_grant");
    expected.forEach((form, code) -> {
      HttpResponse<String> r = http.tokenRequest(form);
      assertThat(r.statusCode()).as(form).isIn(400, 401);
      JsonNode body = json(r);
      assertThat(body.get("error").asText()).as(form).isEqualTo(code);
      assertThat(body.get("error_description").asText()).as(form).isNotBlank();
      assertThat(body.get("type").asText()).as(form).startsWith("https://csol.io/problems/");
    });
  }

  @Test
  void wrongMethod_onKnownPath_is405WithAllow() {
    HttpResponse<String> r = http.send(http.request("/v1/entitlements").header("Authorization", "Bearer " + dana)
        .DELETE().build());
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow")).contains("GET, POST");
    assertThat(json(r).get("type").asText()).endsWith("/method-not-allowed");
  }

  @Test
  void listFilteredOnCustomerNotHeld_is200Empty() {
    String lars = http.token("lars", "demo-password-2");
    HttpResponse<String> r = http.get("/v1/invoices?filter=customerNumber%20eq%20'1000002'", lars);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).get("data")).isEmpty();
  }

  @Test
  void demoRecords_liveOutsideV1() {
    assertThat(http.get("/_sandbox/demo/records?limit=1", dana).statusCode()).isEqualTo(200);
    assertThat(http.get("/v1/_demo/records?limit=1", dana).statusCode()).isEqualTo(404);
  }

  @Test
  void responseContract_offContractResponse_failsTheTest() {
    byte[] body = "{\"data\":[{\"tool\":\"NOT_A_TOOL\"}]}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ResponseContract.check("GET", URI.create("http://localhost/v1/entitlements"), 200,
        Map.of("Content-Type", List.of("application/json"), "X-Request-Id", List.of("r1")), body))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("off-contract");
  }
}
