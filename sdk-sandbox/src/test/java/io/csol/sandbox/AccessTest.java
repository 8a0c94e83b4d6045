package io.csol.sandbox;

import static io.csol.sandbox.Http.form;
import static io.csol.sandbox.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessTest {

  static SandboxServer server;
  static Http http;

  @BeforeAll
  static void start() {
    server = SandboxServer.start(SandboxOptions.builder().tokenTtl(Duration.ofSeconds(2)).build());
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

  @Test
  void token_passwordGrant_returnsBearerWithRefresh() {
    HttpResponse<String> r = http.tokenRequest(form("grant_type", "password", "username", "dana",
        "password", "demo-password-1"));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = json(r);
    assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(body.get("expires_in").asLong()).isEqualTo(2);
    assertThat(body.get("access_token").asText()).hasSizeGreaterThan(20);
    assertThat(body.get("refresh_token").asText()).hasSizeGreaterThan(20);
    assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
  }

  @Test
  void token_wrongPassword_is401Problem() {
    HttpResponse<String> r = http.tokenRequest(form("grant_type", "password", "username", "dana", "password", "nope"));
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(json(r).get("type").asText()).isEqualTo("https://csol.io/problems/unauthorized");
    assertThat(r.body()).doesNotContain("demo-password-1");
  }

  @Test
  void token_clientCredentialsInFormOrBasic_isIssuedWithoutRefresh() {
    HttpResponse<String> formGrant = http.tokenRequest(form("grant_type", "client_credentials",
        "client_id", "recon-job", "client_secret", "recon-secret-1"));
    assertThat(formGrant.statusCode()).isEqualTo(200);
    assertThat(json(formGrant).has("refresh_token")).isFalse();
    String basic = Base64.getEncoder().encodeToString("recon-job:recon-secret-1".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> basicGrant = http.send(http.request("/v1/oauth/token")
        .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
    assertThat(basicGrant.statusCode()).isEqualTo(200);
    HttpResponse<String> wrong = http.tokenRequest(form("grant_type", "client_credentials",
        "client_id", "recon-job", "client_secret", "x"));
    assertThat(wrong.statusCode()).isEqualTo(401);
  }

  @Test
  void token_refreshGrant_rotatesAndOldRefreshIsRejected() {
    JsonNode first = json(http.tokenRequest(form("grant_type", "password", "username", "lars", "password", "demo-password-2")));
    String refresh = first.get("refresh_token").asText();
    HttpResponse<String> second = http.tokenRequest(form("grant_type", "refresh_token", "refresh_token", refresh));
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(json(second).get("refresh_token").asText()).isNotEqualTo(refresh);
    assertThat(http.get("/v1/me", json(second).get("access_token").asText()).statusCode()).isEqualTo(200);
    HttpResponse<String> reused = http.tokenRequest(form("grant_type", "refresh_token", "refresh_token", refresh));
    assertThat(reused.statusCode()).isEqualTo(401);
  }

  @Test
  void token_unknownGrant_is400NamingGrantType() {
    HttpResponse<String> r = http.tokenRequest(form("grant_type", "magic"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("errors").get(0).get("field").asText()).isEqualTo("grant_type");
  }

  @Test
  void accessToken_afterTtlOnSandboxClock_is401WithChallenge() {
    String token = http.token("dana", "demo-password-1");
    assertThat(http.get("/v1/me", token).statusCode()).isEqualTo(200);
    server.clock().advance(Duration.ofSeconds(3));
    HttpResponse<String> r = http.get("/v1/me", token);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).contains("Bearer error=\"invalid_token\"");
  }

  @Test
  void me_withoutOrWithUnknownToken_is401() {
    HttpResponse<String> none = http.send(http.request("/v1/me").GET().build());
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(json(none).get("requestId").asText()).isNotBlank();
    assertThat(http.get("/v1/me", "forged").statusCode()).isEqualTo(401);
  }

  @Test
  void me_personAndMachine_describeTheAccount() {
    JsonNode dana = json(http.get("/v1/me", http.token("dana", "demo-password-1")));
    assertThat(dana.get("userId").asText()).isEqualTo("dana");
    assertThat(dana.get("kind").asText()).isEqualTo("PERSON");
    assertThat(dana.get("customerNumbers")).hasSize(6);
    JsonNode wei = json(http.get("/v1/me", http.token("wei", "demo-password-4")));
    assertThat(wei.get("country").asText()).isEqualTo("CN");
    JsonNode job = json(http.get("/v1/me", http.machineToken()));
    assertThat(job.get("kind").asText()).isEqualTo("MACHINE");
    assertThat(job.get("userId").asText()).isEqualTo("recon-job");
  }

  @Test
  void entitlements_lars_listsSeededStatusesInPageEnvelope() {
    HttpResponse<String> r = http.get("/v1/entitlements?totalCount=true", http.token("lars", "demo-password-2"));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = json(r);
    assertThat(body.get("totalCount").asInt()).isEqualTo(4);
    assertThat(body.has("nextCursor")).isFalse();
    List<String> statuses = new ArrayList<>();
    body.get("data").forEach(e -> statuses.add(e.get("tool").asText() + "=" + e.get("status").asText()));
    assertThat(statuses).containsExactlyInAnyOrder("INVOICES=ACTIVE", "STATEMENTS=ACTIVE", "ORDERS=DENIED",
        "CONTRACTS=REVOKED");
  }

  @Test
  void entitlements_paging_followsCursorToTheEnd() {
    String token = http.token("dana", "demo-password-1");
    List<String> seen = new ArrayList<>();
    String path = "/v1/entitlements?limit=7";
    while (path != null) {
      JsonNode page = json(http.get(path, token));
      page.get("data").forEach(e -> seen.add(e.get("tool").asText() + e.get("customerNumber").asText()));
      path = page.has("nextCursor") ? "/v1/entitlements?limit=7&cursor=" + page.get("nextCursor").asText() : null;
    }
    // 4 countries x 6 tools + 2 countries x 5 tools
    assertThat(seen).hasSize(34).doesNotHaveDuplicates();
  }

  @Test
  void entitlements_pia_hasPendingWithTrackingNumber() {
    JsonNode body = json(http.get("/v1/entitlements", http.token("pia", "demo-password-3")));
    assertThat(body.get("data").findValuesAsText("trackingNumber")).containsExactly("R-2026-000042");
  }

  @Test
  void requestEntitlement_denied_becomesPendingWithTracking() {
    String token = http.token("lars", "demo-password-2");
    HttpResponse<String> r = http.post("/v1/entitlements", token,
        "{\"tool\":\"ORDERS\",\"customerNumber\":\"1000001\",\"country\":\"SE\",\"justification\":\"need it\"}", "k1");
    assertThat(r.statusCode()).isEqualTo(202);
    JsonNode body = json(r);
    assertThat(body.get("status").asText()).isEqualTo("PENDING");
    assertThat(body.get("trackingNumber").asText()).matches("R-2026-\\d{6}");
    JsonNode list = json(http.get("/v1/entitlements", token));
    assertThat(list.toString()).contains(body.get("trackingNumber").asText());
  }

  @Test
  void requestEntitlement_alreadyActive_is409() {
    HttpResponse<String> r = http.post("/v1/entitlements", http.token("lars", "demo-password-2"),
        "{\"tool\":\"INVOICES\",\"customerNumber\":\"1000001\",\"country\":\"SE\"}", "k2");
    assertThat(r.statusCode()).isEqualTo(409);
    assertThat(json(r).get("type").asText()).endsWith("/conflict");
  }

  @Test
  void requestEntitlement_toolNotOfferedInCountry_is403NamingToolAndCountry() {
    HttpResponse<String> r = http.post("/v1/entitlements", http.token("wei", "demo-password-4"),
        "{\"tool\":\"CONTRACTS\",\"customerNumber\":\"1000006\",\"country\":\"CN\"}", "k3");
    assertThat(r.statusCode()).isEqualTo(403);
    JsonNode body = json(r);
    assertThat(body.get("type").asText()).endsWith("/tool-not-offered");
    assertThat(body.get("tool").asText()).isEqualTo("CONTRACTS");
    assertThat(body.get("country").asText()).isEqualTo("CN");
  }

  @Test
  void requestEntitlement_foreignCustomerOrUnknownTool_is422NamingField() {
    String token = http.token("lars", "demo-password-2");
    HttpResponse<String> foreign = http.post("/v1/entitlements", token,
        "{\"tool\":\"ORDERS\",\"customerNumber\":\"1000002\",\"country\":\"DE\"}", "k4");
    assertThat(foreign.statusCode()).isEqualTo(422);
    assertThat(json(foreign).get("errors").get(0).get("field").asText()).isEqualTo("customerNumber");
    HttpResponse<String> tool = http.post("/v1/entitlements", token, "{\"tool\":\"NOPE\",\"customerNumber\":\"1000001\",\"country\":\"SE\"}", "k5");
    assertThat(json(tool).get("errors").get(0).get("field").asText()).isEqualTo("tool");
  }

  @Test
  void reset_restoresSeededEntitlements() {
    String token = http.token("lars", "demo-password-2");
    http.post("/v1/entitlements", token, "{\"tool\":\"ORDERS\",\"customerNumber\":\"1000001\",\"country\":\"SE\"}", "k6");
    server.reset();
    JsonNode list = json(http.get("/v1/entitlements", token));
    assertThat(list.toString()).contains("\"DENIED\"");
  }
}
