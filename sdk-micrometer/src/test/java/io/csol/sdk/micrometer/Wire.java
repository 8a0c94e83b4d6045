package io.csol.sdk.micrometer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.csol.sdk.core.CallListener;
import io.csol.sdk.core.CircuitBreakerOptions;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.RetryOptions;
import java.time.Duration;

/** A WireMock server answering sign-in, and a client against it with 1 ms backoff. */
final class Wire {
  static final String PROFILE = "{\"userId\":\"dana\",\"name\":\"Dana\"}";

  private Wire() {
  }

  static WireMockServer server() {
    WireMockServer server = new WireMockServer(WireMockConfiguration.options()
        .bindAddress("127.0.0.1").dynamicPort());
    server.start();
    server.stubFor(post(urlPathEqualTo("/v1/oauth/token")).willReturn(json(200,
        "{\"access_token\":\"acc-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
    return server;
  }

  static CsolClient client(int port, CallListener listener) {
    return CsolClient.builder().baseUri("http://127.0.0.1:" + port)
        .credentials(Credentials.password("dana", "demo-password-1".toCharArray()))
        // 1 ms backoff: the retries are real but do not slow the build
        .retry(RetryOptions.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(1)).build())
        .circuitBreaker(CircuitBreakerOptions.disabled())
        .listener(listener)
        .build();
  }

  static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  static ResponseDefinitionBuilder problem(int status, String slug) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
        .withBody("{\"type\":\"https://csol.io/problems/" + slug + "\",\"title\":\"" + slug
            + "\",\"status\":" + status + "}");
  }

  /** GET /v1/me answers these in order, then the last one again. */
  static void profileAnswers(WireMockServer server, ResponseDefinitionBuilder... answers) {
    for (int i = 0; i < answers.length; i++) {
      server.stubFor(get(urlPathEqualTo("/v1/me")).inScenario("me")
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "s" + i)
          .willReturn(answers[i])
          .willSetStateTo(i == answers.length - 1 ? "s" + i : "s" + (i + 1)));
    }
  }
}
