package io.csol.sdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.csol.sdk.core.Stubs.json;
import static io.csol.sdk.core.Stubs.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.csol.sdk.core.error.AuthenticationException;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.tool.ToolOperations;
import io.csol.sdk.core.spi.ApiRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInTest {
  private static final String ME = "{\"userId\":\"dana\",\"name\":\"Dana\"}";

  private WireMockServer server;
  private FakeTime time;
  private CsolClient client;
  private ApiCaller caller;

  @BeforeEach
  void start() {
    server = Stubs.server();
    time = new FakeTime();
    client = Stubs.client(server, time).build();
    caller = ToolOperations.caller(client);
    server.stubFor(get("/v1/me").willReturn(json(200, ME)));
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  private Me me() {
    return caller.call(ApiRequest.get("/v1/me").build(), Me.class);
  }

  private int tokenRequests(String grant) {
    return server.countRequestsMatching(postRequestedFor(urlPathEqualTo("/v1/oauth/token"))
        .withRequestBody(containing("grant_type=" + grant)).build()).getCount();
  }

  @Test
  void call_twoCalls_oneTokenRequestAndBearerSent() {
    Stubs.tokens(server, 3600);
    assertThat(me().userId()).isEqualTo("dana");
    me();
    assertThat(tokenRequests("password")).isEqualTo(1);
    server.verify(postRequestedFor(urlPathEqualTo("/v1/oauth/token"))
        .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
        .withRequestBody(equalTo("grant_type=password&username=dana&password=" + Stubs.PASSWORD)));
    server.verify(exactly(2), getRequestedFor(urlPathEqualTo("/v1/me"))
        .withHeader("Authorization", equalTo("Bearer " + Stubs.ACCESS_1)));
  }

  @Test
  void call_tokenWithin30sOfExpiry_renewedProactivelyWithRefreshToken() {
    Stubs.tokens(server, 3600);
    me();
    time.advance(Duration.ofSeconds(3600 - 31));
    me(); // still fresh: 31 s left
    assertThat(tokenRequests("refresh_token")).isZero();
    time.advance(Duration.ofSeconds(2));
    me(); // 29 s left: renewed before it expires
    assertThat(tokenRequests("refresh_token")).isEqualTo(1);
    assertThat(tokenRequests("password")).isEqualTo(1);
    server.verify(postRequestedFor(urlPathEqualTo("/v1/oauth/token"))
        .withRequestBody(equalTo("grant_type=refresh_token&refresh_token=" + Stubs.REFRESH_1)));
    server.verify(exactly(1), getRequestedFor(urlPathEqualTo("/v1/me"))
        .withHeader("Authorization", equalTo("Bearer " + Stubs.ACCESS_2)));
  }

  @Test
  void call_refreshTokenRejected_fallsBackToFullGrant() {
    Stubs.tokens(server, 3600);
    server.stubFor(post(urlPathEqualTo("/v1/oauth/token"))
        .withRequestBody(containing("grant_type=refresh_token"))
        .willReturn(problem(401, "unauthorized")));
    me();
    time.advance(Duration.ofHours(2));
    me();
    assertThat(tokenRequests("refresh_token")).isEqualTo(1);
    assertThat(tokenRequests("password")).isEqualTo(2);
  }

  @Test
  void call_16ConcurrentCallersWithExpiredToken_exactlyOneTokenRequest() throws Exception {
    Stubs.tokens(server, 3600);
    me();
    time.advance(Duration.ofHours(2));
    // a slow token endpoint makes every caller find the token stale at the same time
    server.stubFor(post(urlPathEqualTo("/v1/oauth/token"))
        .withRequestBody(containing("grant_type=refresh_token"))
        .willReturn(json(200, Stubs.tokenJson(Stubs.ACCESS_2, Stubs.REFRESH_2, 3600))
            .withFixedDelay(300)));
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Me>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> {
          go.await();
          return me();
        }));
      }
      go.countDown();
      for (Future<Me> f : results) {
        assertThat(f.get().userId()).isEqualTo("dana");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(tokenRequests("refresh_token")).isEqualTo(1);
    assertThat(tokenRequests("password")).isEqualTo(1);
    server.verify(exactly(16), getRequestedFor(urlPathEqualTo("/v1/me"))
        .withHeader("Authorization", equalTo("Bearer " + Stubs.ACCESS_2)));
  }

  @Test
  void call_16ConcurrentCallersWithoutToken_exactlyOneTokenRequest() throws Exception {
    server.stubFor(post(urlPathEqualTo("/v1/oauth/token"))
        .willReturn(json(200, Stubs.tokenJson(Stubs.ACCESS_1, null, 3600)).withFixedDelay(300)));
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Me>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> {
          go.await();
          return me();
        }));
      }
      go.countDown();
      for (Future<Me> f : results) {
        assertThat(f.get()).isNotNull();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(tokenRequests("password")).isEqualTo(1);
  }

  @Test
  void call_401ThenSuccess_oneRenewalAndOneReplay() {
    Stubs.tokens(server, 3600);
    server.stubFor(get("/v1/me").inScenario("401").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(problem(401, "unauthorized")
            .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\""))
        .willSetStateTo("ok"));
    server.stubFor(get("/v1/me").inScenario("401").whenScenarioStateIs("ok")
        .willReturn(json(200, ME)));
    assertThat(me().name()).isEqualTo("Dana");
    assertThat(tokenRequests("password")).isEqualTo(1);
    assertThat(tokenRequests("refresh_token")).isEqualTo(1);
    server.verify(exactly(2), getRequestedFor(urlPathEqualTo("/v1/me")));
    server.verify(exactly(1), getRequestedFor(urlPathEqualTo("/v1/me"))
        .withHeader("Authorization", equalTo("Bearer " + Stubs.ACCESS_2)));
  }

  @Test
  void call_401Twice_authenticationExceptionAfterOneReplay() {
    Stubs.tokens(server, 3600);
    server.stubFor(get("/v1/me").willReturn(problem(401, "unauthorized")));
    assertThatThrownBy(this::me).isInstanceOf(AuthenticationException.class)
        .satisfies(e -> assertThat(((AuthenticationException) e).requestId()).isPresent());
    server.verify(exactly(2), getRequestedFor(urlPathEqualTo("/v1/me")));
    assertThat(tokenRequests("refresh_token")).isEqualTo(1);
  }

  @Test
  void signIn_badCredentials_authenticationExceptionWithoutRetry() {
    server.stubFor(post(urlPathEqualTo("/v1/oauth/token")).willReturn(problem(401, "unauthorized")));
    assertThatThrownBy(this::me).isInstanceOf(AuthenticationException.class);
    assertThat(tokenRequests("password")).isEqualTo(1);
    server.verify(exactly(0), getRequestedFor(urlPathEqualTo("/v1/me")));
  }

  @Test
  void signIn_tokenEndpoint503ThenOk_retriedAndSucceeds() {
    server.stubFor(post(urlPathEqualTo("/v1/oauth/token")).inScenario("t")
        .whenScenarioStateIs(Scenario.STARTED).willReturn(problem(503, "unavailable"))
        .willSetStateTo("up"));
    server.stubFor(post(urlPathEqualTo("/v1/oauth/token")).inScenario("t")
        .whenScenarioStateIs("up").willReturn(json(200, Stubs.tokenJson(Stubs.ACCESS_1, null, 60))));
    assertThat(me().userId()).isEqualTo("dana");
    assertThat(tokenRequests("password")).isEqualTo(2);
    assertThat(time.sleeps).hasSize(1);
  }

  @Test
  void signIn_clientCredentials_sendsClientIdAndSecret() {
    server.stubFor(post(urlPathEqualTo("/v1/oauth/token"))
        .willReturn(json(200, Stubs.tokenJson(Stubs.ACCESS_1, null, 3600))));
    try (CsolClient machine = Stubs.client(server, time)
        .credentials(Credentials.clientCredentials("recon-job", "recon-secret-1".toCharArray()))
        .build()) {
      ToolOperations.caller(machine).call(ApiRequest.get("/v1/me").build(), Me.class);
      assertThat(machine.toString()).doesNotContain("recon-secret-1");
    }
    server.verify(postRequestedFor(urlPathEqualTo("/v1/oauth/token")).withRequestBody(
        equalTo("grant_type=client_credentials&client_id=recon-job&client_secret=recon-secret-1")));
  }
}
