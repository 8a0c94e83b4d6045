package io.csol.sandbox.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.csol.sandbox.SandboxOptions;
import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.contract.ContractClient.Exchange;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Validates real sandbox traffic of the Access tool and the cross-cutting conventions (auth, request ids,
 * idempotency, errors) against {@code api/openapi.yaml}; {@link BillingContractTest} does the same for
 * Invoices and Statements.
 */
class SandboxContractTest extends ContractTestBase {

  @Test
  void token_passwordGrant_matchesSpec() {
    JsonNode body = valid(api.post(TOKEN)
        .form("grant_type", "password", "username", "dana", "password", "demo-password-1").send(), 200).json();

    assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
    assertThat(body.path("refresh_token").asText()).isNotBlank();
  }

  @Test
  void token_clientCredentialsInFormAndBasic_matchesSpec() {
    JsonNode form = valid(api.post(TOKEN)
        .form("grant_type", "client_credentials", "client_id", "recon-job", "client_secret", "recon-secret-1")
        .send(), 200).json();
    String basic = Base64.getEncoder().encodeToString("recon-job:recon-secret-1".getBytes(StandardCharsets.UTF_8));
    JsonNode viaBasic = valid(api.post(TOKEN).header("Authorization", "Basic " + basic)
        .form("grant_type", "client_credentials").send(), 200).json();

    assertThat(form.has("refresh_token")).as("no refresh token for machines").isFalse();
    assertThat(viaBasic.path("access_token").asText()).isNotBlank();
  }

  @Test
  void token_refreshGrant_matchesSpec() {
    String refresh = valid(api.post(TOKEN)
        .form("grant_type", "password", "username", "lars", "password", "demo-password-2").send(), 200)
        .json().path("refresh_token").asText();

    JsonNode body = valid(api.post(TOKEN).form("grant_type", "refresh_token", "refresh_token", refresh).send(), 200)
        .json();

    assertThat(body.path("access_token").asText()).isNotBlank();
  }

  @Test
  void token_wrongPassword_isUnauthorizedProblemWithOAuthError() {
    JsonNode body = problem(api.post(TOKEN).form("grant_type", "password", "username", "dana", "password", "nope")
        .send(), 401, "unauthorized");

    assertThat(body.path("error").asText()).isEqualTo("invalid_grant");
    assertThat(body.path("error_description").asText()).isEqualTo(body.path("detail").asText());
  }

  @Test
  void token_wrongClientSecret_isUnauthorizedWithInvalidClient() {
    JsonNode body = problem(api.post(TOKEN)
        .form("grant_type", "client_credentials", "client_id", "recon-job", "client_secret", "wrong").send(),
        401, "unauthorized");

    assertThat(body.path("error").asText()).isEqualTo("invalid_client");
  }

  @Test
  void token_unknownGrant_isInvalidRequestProblem() {
    JsonNode body = problemForInvalidRequest(api.post(TOKEN).form("grant_type", "magic").send(),
        400, "invalid-request");

    assertThat(body.path("errors").get(0).path("field").asText()).isEqualTo("grant_type");
    assertThat(body.path("error").asText()).isEqualTo("unsupported_grant_type");
  }

  @Test
  void token_missingPassword_isInvalidRequestWithOAuthError() {
    JsonNode body = problemForInvalidRequest(api.post(TOKEN).form("grant_type", "password", "username", "dana")
        .send(), 400, "invalid-request");

    assertThat(body.path("errors").get(0).path("field").asText()).isEqualTo("password");
    assertThat(body.path("error").asText()).isEqualTo("invalid_request");
  }

  @Test
  void me_personAndMachine_matchSpec() {
    JsonNode person = valid(api.get("/v1/me").bearer(dana()).send(), 200).json();
    String machineToken = valid(api.post(TOKEN)
        .form("grant_type", "client_credentials", "client_id", "recon-job", "client_secret", "recon-secret-1")
        .send(), 200).json().path("access_token").asText();
    JsonNode machine = valid(api.get("/v1/me").bearer(machineToken).send(), 200).json();

    assertThat(person.path("kind").asText()).isEqualTo("PERSON");
    assertThat(person.path("customerNumbers")).hasSize(6);
    assertThat(machine.path("kind").asText()).isEqualTo("MACHINE");
  }

  @Test
  void me_withoutToken_isUnauthorizedWithChallenge() {
    Exchange e = api.get("/v1/me").header("X-Request-Id", "contract-401").send();

    JsonNode body = problem(e, 401, "unauthorized");
    assertThat(e.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
    assertThat(e.header("X-Request-Id")).isEqualTo("contract-401");
    assertThat(body.path("requestId").asText()).isEqualTo("contract-401");
  }

  @Test
  void me_unknownToken_isUnauthorized() {
    problem(api.get("/v1/me").bearer("not-a-token").send(), 401, "unauthorized");
  }

  @Test
  void entitlements_listPages_matchSpec() {
    String token = dana();
    Exchange first = valid(api.get("/v1/entitlements").bearer(token).query("limit", "5").query("totalCount", "true")
        .send(), 200);
    String cursor = first.json().path("nextCursor").asText();
    Exchange second = valid(api.get("/v1/entitlements").bearer(token).query("limit", "5").query("cursor", cursor)
        .send(), 200);

    assertThat(first.json().path("data")).hasSize(5);
    assertThat(first.json().path("totalCount").asInt()).isGreaterThan(5);
    assertThat(second.json().path("data")).isNotEmpty();
  }

  @Test
  void entitlements_pendingWithTracking_matchSpec() {
    JsonNode data = valid(api.get("/v1/entitlements").bearer(login("pia", "demo-password-3")).send(), 200)
        .json().path("data");

    assertThat(data.findValuesAsText("trackingNumber")).contains("R-2026-000042");
  }

  @Test
  void entitlements_request_isAcceptedPending() {
    JsonNode body = valid(api.post("/v1/entitlements").bearer(login("lars", "demo-password-2"))
        .header("Idempotency-Key", "contract-ent-1")
        .json("{\"tool\":\"INVENTORY\",\"customerNumber\":\"1000001\",\"country\":\"SE\","
            + "\"justification\":\"reconcile installed base\"}").send(), 202).json();

    assertThat(body.path("status").asText()).isEqualTo("PENDING");
    assertThat(body.path("trackingNumber").asText()).startsWith("R-");
  }

  @Test
  void entitlements_requestAlreadyActive_isConflict() {
    problem(api.post("/v1/entitlements").bearer(dana()).header("Idempotency-Key", "contract-ent-2")
        .json("{\"tool\":\"INVOICES\",\"customerNumber\":\"1000001\",\"country\":\"SE\"}").send(), 409, "conflict");
  }

  @Test
  void entitlements_requestToolNotOffered_isForbiddenNamingToolAndCountry() {
    JsonNode body = problem(api.post("/v1/entitlements").bearer(login("wei", "demo-password-4"))
        .header("Idempotency-Key", "contract-ent-3")
        .json("{\"tool\":\"CONTRACTS\",\"customerNumber\":\"1000006\",\"country\":\"CN\"}").send(),
        403, "tool-not-offered");

    assertThat(body.path("tool").asText()).isEqualTo("CONTRACTS");
    assertThat(body.path("country").asText()).isEqualTo("CN");
  }

  @Test
  void post_sameIdempotencyKeyTwice_replaysFirstResponse() {
    String token = login("lars", "demo-password-2");
    String body = "{\"tool\":\"INVENTORY\",\"customerNumber\":\"1000001\",\"country\":\"SE\"}";
    Exchange first = valid(api.post("/v1/entitlements").bearer(token).header("Idempotency-Key", "contract-replay")
        .json(body).send(), 202);
    Exchange again = valid(api.post("/v1/entitlements").bearer(token).header("Idempotency-Key", "contract-replay")
        .json(body).send(), 202);

    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.json()).isEqualTo(first.json());
  }

  @Test
  void post_sameIdempotencyKeyOtherBody_isIdempotencyKeyReused() {
    String token = login("lars", "demo-password-2");
    valid(api.post("/v1/entitlements").bearer(token).header("Idempotency-Key", "contract-reuse")
        .json("{\"tool\":\"INVENTORY\",\"customerNumber\":\"1000001\",\"country\":\"SE\"}").send(), 202);

    problem(api.post("/v1/entitlements").bearer(token).header("Idempotency-Key", "contract-reuse")
        .json("{\"tool\":\"REQUESTS\",\"customerNumber\":\"1000001\",\"country\":\"SE\"}").send(),
        422, "idempotency-key-reused");
  }

  @Test
  void rateLimit_budgetSpent_isRateLimitedWithRetryAfter() {
    try (SandboxServer limited = SandboxServer.start(SandboxOptions.builder().port(0).seed(42).rateLimit(3).build())) {
      ContractClient client = new ContractClient(limited.baseUri());
      Exchange ok = valid(client.post(TOKEN)
          .form("grant_type", "password", "username", "dana", "password", "demo-password-1").send(), 200);
      String token = ok.json().path("access_token").asText();
      Exchange last = ok;
      for (int i = 0; i < 10 && last.status() != 429; i++) {
        last = client.get("/v1/me").bearer(token).send();
      }

      assertThat(ok.header("RateLimit-Limit")).isEqualTo("3");
      assertThat(ok.header("RateLimit-Remaining")).isNotBlank();
      assertThat(ok.header("RateLimit-Reset")).isNotBlank();
      problem(last, 429, "rate-limited");
      assertThat(last.header("Retry-After")).matches("\\d+");
    }
  }

  @Test
  void unknownRoute_isNotFoundProblem() {
    // the path is not in the spec, so only the problem body is checked
    Exchange e = api.get("/v1/no-such-thing").bearer(dana()).send();

    assertThat(e.status()).isEqualTo(404);
    assertThat(e.header("Content-Type")).startsWith(PROBLEM_JSON);
    assertThat(e.json().path("type").asText()).isEqualTo("https://csol.io/problems/not-found");
  }

  @Test
  void wrongMethod_isMethodNotAllowedWithAllow() {
    Exchange e = api.method("DELETE", "/v1/me").bearer(dana()).send();

    assertThat(e.status()).isEqualTo(405);
    assertThat(e.header("Content-Type")).startsWith(PROBLEM_JSON);
    assertThat(e.json().path("type").asText()).isEqualTo("https://csol.io/problems/method-not-allowed");
    assertThat(e.header("Allow")).contains("GET");
  }
}
