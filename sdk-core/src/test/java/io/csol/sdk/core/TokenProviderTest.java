package io.csol.sdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.csol.sdk.core.Stubs.json;
import static io.csol.sdk.core.Stubs.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.csol.sdk.core.error.AuthenticationException;
import io.csol.sdk.core.error.CsolException;
import io.csol.sdk.core.spi.ApiRequest;
import io.csol.sdk.core.spi.tool.ToolOperations;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenProviderTest {
  private static final String ME = "{\"userId\":\"job\",\"name\":\"Job\"}";

  private WireMockServer server;
  private FakeTime time;
  private final Deque<String> handedOut = new ArrayDeque<>();

  @BeforeEach
  void start() {
    server = Stubs.server();
    time = new FakeTime();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private CsolClient client(TokenProvider provider) {
    return Stubs.client(server, time).credentials(Credentials.tokenProvider(provider)).build();
  }

  private TokenProvider counting(Duration ttl) {
    return () -> {
      String value = "vault-token-" + (handedOut.size() + 1);
      handedOut.add(value);
      return BearerToken.of(value, time.instant().plus(ttl));
    };
  }

  private static Me me(CsolClient client) {
    return ToolOperations.caller(client).call(ApiRequest.get("/v1/me").build(), Me.class);
  }

  @Test
  void call_tokenProvider_sendsItsTokenAndNeverSignsIn() {
    server.stubFor(get("/v1/me").willReturn(json(200, ME)));
    try (CsolClient client = client(counting(Duration.ofHours(1)))) {
      me(client);
      me(client);
    }
    assertThat(handedOut).containsExactly("vault-token-1");
    server.verify(exactly(2), getRequestedFor(urlPathEqualTo("/v1/me"))
        .withHeader("Authorization", equalTo("Bearer vault-token-1")));
    server.verify(exactly(0), anyRequestedFor(urlPathEqualTo("/v1/oauth/token")));
  }

  @Test
  void call_serverRejectsProvidedToken_asksProviderAgainAndReplaysOnce() {
    server.stubFor(get("/v1/me").withHeader("Authorization", equalTo("Bearer vault-token-1"))
        .willReturn(problem(401, "unauthenticated")));
    server.stubFor(get("/v1/me").withHeader("Authorization", equalTo("Bearer vault-token-2"))
        .willReturn(json(200, ME)));
    try (CsolClient client = client(counting(Duration.ofHours(1)))) {
      assertThat(me(client).userId()).isEqualTo("job");
    }
    assertThat(handedOut).containsExactly("vault-token-1", "vault-token-2");
  }

  @Test
  void call_providedTokenNearExpiry_providerAskedForANewOne() {
    server.stubFor(get("/v1/me").willReturn(json(200, ME)));
    try (CsolClient client = client(counting(Duration.ofMinutes(10)))) {
      me(client);
      time.advance(Duration.ofMinutes(9).plusSeconds(31)); // inside the 30 s renewal window
      me(client);
    }
    assertThat(handedOut).containsExactly("vault-token-1", "vault-token-2");
    server.verify(getRequestedFor(urlPathEqualTo("/v1/me"))
        .withHeader("Authorization", equalTo("Bearer vault-token-2")));
  }

  @Test
  void call_providerKeepsReturningARejectedToken_authenticationExceptionAfterOneReplay() {
    server.stubFor(get("/v1/me").willReturn(problem(401, "unauthenticated")));
    try (CsolClient client = client(() -> BearerToken.of("stale", time.instant().plusSeconds(600)))) {
      assertThatThrownBy(() -> me(client)).isInstanceOf(AuthenticationException.class);
    }
    server.verify(exactly(2), getRequestedFor(urlPathEqualTo("/v1/me")));
  }

  @Test
  void call_providerThrows_csolExceptionWithCauseAndNoMessageLeak() {
    IllegalStateException vaultDown = new IllegalStateException("vault path secret/csol/abc123");
    try (CsolClient client = client(() -> {
      throw vaultDown;
    })) {
      assertThatThrownBy(() -> me(client)).isInstanceOf(CsolException.class)
          .hasMessageContaining("token provider failed")
          .hasMessageNotContaining("abc123")
          .hasCause(vaultDown);
    }
    server.verify(exactly(0), anyRequestedFor(urlPathEqualTo("/v1/me")));
  }

  @Test
  void tokenProvider_null_rejectedWithParameterName() {
    assertThatThrownBy(() -> Credentials.tokenProvider(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("provider");
  }

  @Test
  void bearerToken_toString_hidesValue() {
    BearerToken t = BearerToken.of("secret-token-xyz", time.instant());
    assertThat(t.toString()).doesNotContain("secret-token-xyz");
    assertThat(Credentials.tokenProvider(() -> t).toString()).contains("TOKEN_PROVIDER");
    assertThatThrownBy(() -> BearerToken.of("has space", time.instant()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("has space");
  }

  @Test
  void fromEnvironment_bothSet_clientCredentials() {
    Credentials c = Credentials.fromEnvironment(Map.of("CSOL_CLIENT_ID", "recon-job",
        "CSOL_CLIENT_SECRET", "s3cr3t-value")::get);
    assertThat(c.kind()).isEqualTo(Credentials.Kind.CLIENT_CREDENTIALS);
    assertThat(c.identity()).isEqualTo("recon-job");
    assertThat(c.secret()).containsExactly("s3cr3t-value".toCharArray());
    assertThat(c.toString()).doesNotContain("s3cr3t-value");
  }

  @Test
  void fromEnvironment_idMissing_errorNamesTheVariable() {
    assertThatThrownBy(() -> Credentials.fromEnvironment(
        Map.of("CSOL_CLIENT_SECRET", "s3cr3t-value")::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("environment variable CSOL_CLIENT_ID is not set")
        .hasMessageNotContaining("s3cr3t-value");
  }

  @Test
  void fromEnvironment_secretBlank_errorNamesTheVariable() {
    assertThatThrownBy(() -> Credentials.fromEnvironment(
        Map.of("CSOL_CLIENT_ID", "recon-job", "CSOL_CLIENT_SECRET", "  ")::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("environment variable CSOL_CLIENT_SECRET is blank");
  }
}
