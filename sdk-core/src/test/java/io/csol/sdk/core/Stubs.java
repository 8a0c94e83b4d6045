package io.csol.sdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/** WireMock helpers shared by the pipeline tests. */
final class Stubs {
  static final String PASSWORD = "demo-password-1";
  static final String ACCESS_1 = "acc-TOKEN-one-7f3a";
  static final String ACCESS_2 = "acc-TOKEN-two-91bc";
  static final String REFRESH_1 = "ref-TOKEN-one-5d2e";
  static final String REFRESH_2 = "ref-TOKEN-two-0a4f";

  private Stubs() {
  }

  static WireMockServer server() {
    WireMockServer server = new WireMockServer(WireMockConfiguration.options()
        .bindAddress("127.0.0.1").dynamicPort());
    server.start();
    return server;
  }

  static CsolClient.Builder client(WireMockServer server, FakeTime time) {
    return CsolClient.builder().baseUri("http://127.0.0.1:" + server.port())
        .credentials(Credentials.password("dana", PASSWORD.toCharArray()))
        .hooks(h -> {
          h.sleeper = time;
          h.clock = time;
          h.random = () -> 0.5;
        })
        .circuitBreaker(CircuitBreakerOptions.disabled());
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

  static String tokenJson(String access, String refresh, int expiresIn) {
    return "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\",\"expires_in\":"
        + expiresIn + (refresh == null ? "" : ",\"refresh_token\":\"" + refresh + "\"") + "}";
  }

  /** Password grant returns ACCESS_1/REFRESH_1, refresh grant returns ACCESS_2/REFRESH_2. */
  static void tokens(WireMockServer server, int expiresIn) {
    server.stubFor(post(urlPathEqualTo("/v1/oauth/token"))
        .withRequestBody(containing("grant_type=password"))
        .willReturn(json(200, tokenJson(ACCESS_1, REFRESH_1, expiresIn))));
    server.stubFor(post(urlPathEqualTo("/v1/oauth/token"))
        .withRequestBody(containing("grant_type=refresh_token"))
        .willReturn(json(200, tokenJson(ACCESS_2, REFRESH_2, expiresIn))));
  }
}
