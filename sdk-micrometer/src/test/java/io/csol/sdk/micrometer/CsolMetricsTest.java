package io.csol.sdk.micrometer;

import static io.csol.sdk.micrometer.Wire.json;
import static io.csol.sdk.micrometer.Wire.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.access.AccessClient;
import io.csol.sdk.core.error.NotFoundException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The meters a real client's calls leave in a registry, against WireMock. */
class CsolMetricsTest {
  private WireMockServer server;
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @BeforeEach
  void start() {
    server = Wire.server();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void callFinished_retriedTwiceThenOk_oneSuccessTimerAndTwoRetriesByReason() {
    Wire.profileAnswers(server, problem(503, "unavailable"), problem(503, "unavailable"),
        json(200, Wire.PROFILE));
    try (CsolClient csol = Wire.client(server.port(), CsolMetrics.of(registry))) {
      assertThat(AccessClient.of(csol).getProfile().userId()).isEqualTo("dana");
    }
    Timer call = registry.get("csol.client.calls").tag("operation", "getProfile").timer();
    assertThat(call.count()).isEqualTo(1);
    assertThat(call.getId().getTags()).isEqualTo(Tags.of("method", "GET", "operation",
        "getProfile", "outcome", "SUCCESS", "status", "200", "tool", "UNKNOWN").stream().toList());
    Counter retries = registry.get("csol.client.retries").tag("operation", "getProfile").counter();
    assertThat(retries.count()).isEqualTo(2.0);
    assertThat(retries.getId().getTag("reason")).isEqualTo("SERVICE_UNAVAILABLE");
    assertThat(retries.getId().getTag("paced")).isEqualTo("false");
    assertThat(registry.get("csol.client.attempts").tag("operation", "getProfile")
        .tag("status", "503").timer().count()).isEqualTo(2);
    assertThat(registry.get("csol.client.attempts").tag("operation", "getProfile")
        .tag("status", "200").timer().count()).isEqualTo(1);
    // sign-in is a call of its own
    assertThat(registry.get("csol.client.calls").tag("operation", "createToken")
        .tag("outcome", "SUCCESS").timer().count()).isEqualTo(1);
  }

  @Test
  void callFinished_404_clientErrorOutcomeAndNoRetry() {
    Wire.profileAnswers(server, problem(404, "not-found"));
    try (CsolClient csol = Wire.client(server.port(), CsolMetrics.of(registry))) {
      assertThatThrownBy(() -> AccessClient.of(csol).getProfile())
          .isInstanceOf(NotFoundException.class);
    }
    Timer call = registry.get("csol.client.calls").tag("operation", "getProfile").timer();
    assertThat(call.count()).isEqualTo(1);
    assertThat(call.getId().getTag("outcome")).isEqualTo("CLIENT_ERROR");
    assertThat(call.getId().getTag("status")).isEqualTo("404");
    assertThat(registry.find("csol.client.retries").meters()).isEmpty();
  }

  @Test
  void callFinished_noAnswer_statusNone() {
    int port = server.port();
    server.stop();
    try (CsolClient csol = Wire.client(port, CsolMetrics.of(registry))) {
      assertThatThrownBy(() -> AccessClient.of(csol).getProfile())
          .isInstanceOf(RuntimeException.class);
    }
    Timer signIn = registry.get("csol.client.calls").tag("operation", "createToken").timer();
    assertThat(signIn.getId().getTag("status")).isEqualTo("NONE");
    assertThat(signIn.getId().getTag("outcome")).isEqualTo("TRANSPORT_ERROR");
    assertThat(registry.get("csol.client.retries").tag("reason", "CONNECTION_FAILURE")
        .counter().count()).isEqualTo(2.0);
  }

  @Test
  void meters_requestIdsAndPaths_neverBecomeTags() {
    Wire.profileAnswers(server, json(200, Wire.PROFILE));
    try (CsolClient csol = Wire.client(server.port(), CsolMetrics.of(registry))) {
      AccessClient.of(csol).getProfile(RequestOptions.builder().requestId("req-unique-1").build());
    }
    List<Meter> meters = registry.getMeters();
    assertThat(meters).isNotEmpty();
    assertThat(meters).allSatisfy(m -> assertThat(m.getId().getTags())
        .allSatisfy(t -> assertThat(t.getValue()).doesNotContain("req-unique-1").doesNotContain("/")));
  }

  @Test
  void builder_prefixAndCommonTags_applyToEveryMeter() {
    Wire.profileAnswers(server, problem(503, "unavailable"), json(200, Wire.PROFILE));
    CsolMetrics metrics = CsolMetrics.builder(registry).prefix("billing.csol")
        .commonTags(Tags.of("app", "billing")).build();
    try (CsolClient csol = Wire.client(server.port(), metrics)) {
      AccessClient.of(csol).getProfile();
    }
    assertThat(registry.getMeters()).extracting(m -> m.getId().getName()).containsOnly(
        "billing.csol.calls", "billing.csol.attempts", "billing.csol.retries");
    assertThat(registry.getMeters()).allSatisfy(m -> assertThat(m.getId().getTag("app"))
        .isEqualTo("billing"));
  }

  @Test
  void builder_invalidInput_failsNamingTheParameter() {
    assertThatThrownBy(() -> CsolMetrics.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("registry");
    CsolMetrics.Builder builder = CsolMetrics.builder(registry);
    assertThatThrownBy(() -> builder.prefix("Csol Client")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prefix").hasMessageContaining("csol.client");
    assertThatThrownBy(() -> builder.prefix("csol.")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.prefix(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("prefix");
    assertThatThrownBy(() -> builder.commonTags(Tags.of("outcome", "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outcome");
    assertThatThrownBy(() -> builder.commonTags(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("tags");
  }

  @Test
  void tagging_status_isBounded() {
    assertThat(Tagging.status(0)).isEqualTo("NONE");
    assertThat(Tagging.status(404)).isEqualTo("404");
    assertThat(Tagging.status(99)).isEqualTo("OTHER");
    assertThat(Tagging.status(600)).isEqualTo("OTHER");
  }
}
