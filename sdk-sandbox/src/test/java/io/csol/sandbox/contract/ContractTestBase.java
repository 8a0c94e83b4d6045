package io.csol.sandbox.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.csol.sandbox.SandboxOptions;
import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.contract.ContractClient.Exchange;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Starts one sandbox per test class, resets it before each test, and offers validated calls. */
abstract class ContractTestBase {

  static final String TOKEN = "/v1/oauth/token";
  static final String PROBLEM_JSON = "application/problem+json";

  static SandboxServer server;
  static ContractClient api;

  @BeforeAll
  static void startSandbox() {
    server = SandboxServer.start(SandboxOptions.builder().port(0).seed(42).build());
    api = new ContractClient(server.baseUri());
  }

  @AfterAll
  static void stopSandbox() {
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void resetSandbox() {
    server.reset();
  }

  /** Asserts the status and that request and response both match the spec; returns the exchange. */
  static Exchange valid(Exchange exchange, int status) {
    assertThat(exchange.status()).as(exchange.problems()).isEqualTo(status);
    assertThat(exchange.report().hasErrors()).as(exchange.problems()).isFalse();
    assertThat(exchange.header("X-Request-Id")).as("X-Request-Id on " + exchange.path()).isNotBlank();
    String contentType = exchange.header("Content-Type");
    if (contentType != null && contentType.startsWith("application/json")) {
      assertMoneyScale(exchange.json(), exchange.path());
    }
    return exchange;
  }

  /**
   * Asserts that every Money in a JSON tree writes its amount with the currency's minor digits (KRW 0, EUR 2),
   * which the pattern in the spec cannot express.
   */
  static void assertMoneyScale(JsonNode node, String where) {
    if (node.isObject() && node.size() == 2 && node.path("amount").isTextual() && node.path("currency").isTextual()) {
      String currency = node.path("currency").asText();
      int digits = Currency.getInstance(currency).getDefaultFractionDigits();
      BigDecimal amount = new BigDecimal(node.path("amount").asText());
      assertThat(amount.scale()).as("minor digits of " + node + " in " + where).isEqualTo(digits);
    }
    node.forEach(child -> assertMoneyScale(child, where));
  }

  /** Asserts a spec-valid problem response with the given status and slug; returns its body. */
  static JsonNode problem(Exchange exchange, int status, String slug) {
    valid(exchange, status);
    assertThat(exchange.header("Content-Type")).startsWith(PROBLEM_JSON);
    JsonNode body = exchange.json();
    assertThat(body.path("type").asText()).isEqualTo("https://csol.io/problems/" + slug);
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("requestId").asText()).isEqualTo(exchange.header("X-Request-Id"));
    return body;
  }

  /**
   * Like {@link #problem} for a request that breaks the spec on purpose: the validator may report the request,
   * but the response must match the spec.
   */
  static JsonNode problemForInvalidRequest(Exchange exchange, int status, String slug) {
    assertThat(exchange.status()).as(exchange.problems()).isEqualTo(status);
    assertThat(exchange.report().getMessages()).as(exchange.problems())
        .allMatch(m -> m.getKey().startsWith("validation.request."));
    assertThat(exchange.header("Content-Type")).startsWith(PROBLEM_JSON);
    JsonNode body = exchange.json();
    assertThat(body.path("type").asText()).isEqualTo("https://csol.io/problems/" + slug);
    assertThat(body.path("requestId").asText()).isEqualTo(exchange.header("X-Request-Id"));
    return body;
  }

  /** Signs a person in with the password grant and returns the access token. */
  static String login(String user, String password) {
    Exchange e = valid(api.post(TOKEN).form("grant_type", "password", "username", user, "password", password)
        .send(), 200);
    return e.json().path("access_token").asText();
  }

  static String dana() {
    return login("dana", "demo-password-1");
  }
}
