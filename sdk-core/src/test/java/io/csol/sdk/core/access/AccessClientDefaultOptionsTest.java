package io.csol.sdk.core.access;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.csol.sdk.core.CircuitBreakerOptions;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.RetryOptions;
import io.csol.sdk.core.Tool;
import org.junit.jupiter.api.Test;

/** requestEntitlement without options returns the recorded request like the two-argument form. */
class AccessClientDefaultOptionsTest {

  @Test
  void requestEntitlement_defaultOptions_returnsTheRecordedRequest() {
    WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    try {
      server.stubFor(post(urlPathEqualTo("/v1/oauth/token")).willReturn(aResponse()
          .withStatus(200).withHeader("Content-Type", "application/json")
          .withBody("{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
      server.stubFor(post(urlPathEqualTo("/v1/entitlements")).willReturn(aResponse()
          .withStatus(202).withHeader("Content-Type", "application/json")
          .withBody("{\"tool\":\"ORDERS\",\"customerNumber\":\"1000003\",\"country\":\"SE\","
              + "\"status\":\"PENDING\",\"trackingNumber\":\"R-2026-000777\","
              + "\"updatedAt\":\"2026-11-23T10:15:30Z\"}")));
      try (CsolClient client = CsolClient.builder().baseUri("http://127.0.0.1:" + server.port())
          .credentials(Credentials.clientCredentials("job", "secret-1".toCharArray()))
          .retry(RetryOptions.disabled()).circuitBreaker(CircuitBreakerOptions.disabled())
          .build()) {
        EntitlementRequestResult r = AccessClient.of(client).requestEntitlement(
            RequestEntitlementRequest.builder().tool(Tool.ORDERS).customerNumber("1000003")
                .country("SE").build());
        assertThat(r.status()).isEqualTo(EntitlementStatus.PENDING);
        assertThat(r.tracking()).contains("R-2026-000777");
      }
    } finally {
      server.stop();
    }
  }
}
