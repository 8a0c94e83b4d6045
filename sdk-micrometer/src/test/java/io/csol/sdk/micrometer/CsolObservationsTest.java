package io.csol.sdk.micrometer;

import static io.csol.sdk.micrometer.Wire.json;
import static io.csol.sdk.micrometer.Wire.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.csol.sdk.core.CallListener.AttemptEvent;
import io.csol.sdk.core.CallListener.CallEvent;
import io.csol.sdk.core.CallListener.CallInfo;
import io.csol.sdk.core.CallListener.Outcome;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.access.AccessClient;
import io.csol.sdk.core.error.NotFoundException;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One observation per call, with its key values, and no state left behind. */
class CsolObservationsTest {
  private WireMockServer server;
  private final TestObservationRegistry registry = TestObservationRegistry.create();
  private final CsolObservations observations = CsolObservations.of(registry);
  private final Lifecycle lifecycle = new Lifecycle();

  /** The contexts started and stopped, to check that every observation is stopped once. */
  static final class Lifecycle implements ObservationHandler<Observation.Context> {
    final List<Observation.Context> started = new CopyOnWriteArrayList<>();
    final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

    @Override
    public void onStart(Observation.Context context) {
      started.add(context);
    }

    @Override
    public void onStop(Observation.Context context) {
      stopped.add(context);
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
      return true;
    }
  }

  @BeforeEach
  void start() {
    server = Wire.server();
    registry.observationConfig().observationHandler(lifecycle);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void call_retriedThenOk_oneStoppedObservationWithKeysAndRetryEvents() {
    Wire.profileAnswers(server, problem(503, "unavailable"), problem(503, "unavailable"),
        json(200, Wire.PROFILE));
    try (CsolClient csol = Wire.client(server.port(), observations)) {
      AccessClient.of(csol).getProfile(RequestOptions.builder().requestId("req-42").build());
    }
    TestObservationRegistryAssert.assertThat(registry)
        .hasNumberOfObservationsWithNameEqualTo(CsolObservations.NAME, 2)
        .hasHandledContextsThatSatisfy(contexts -> {
          List<Observation.Context> profile = contexts.stream()
              .filter(c -> "getProfile".equals(value(c, "operation")))
              .collect(Collectors.toList());
          assertThat(profile).hasSize(1);
          Observation.Context c = profile.get(0);
          assertThat(c.getContextualName()).isEqualTo("csol getProfile");
          assertThat(c.getLowCardinalityKeyValues().stream().map(KeyValue::getKey))
              .containsExactlyInAnyOrder("tool", "operation", "method", "outcome", "status",
                  "error");
          assertThat(value(c, "tool")).isEqualTo("UNKNOWN");
          assertThat(value(c, "method")).isEqualTo("GET");
          assertThat(value(c, "outcome")).isEqualTo("SUCCESS");
          assertThat(value(c, "status")).isEqualTo("200");
          assertThat(value(c, "error")).isEqualTo("none");
          assertThat(c.getHighCardinalityKeyValue("requestId").getValue()).isEqualTo("req-42");
          assertThat(c.getError()).isNull();
        });
    assertThat(lifecycle.started).hasSize(2);
    assertThat(lifecycle.stopped).containsExactlyInAnyOrderElementsOf(lifecycle.started);
    assertThat(observations.inFlight()).isZero();
  }

  @Test
  void call_retried_eachRetryIsAnEventOfTheObservation() {
    Wire.profileAnswers(server, problem(503, "unavailable"), problem(503, "unavailable"),
        json(200, Wire.PROFILE));
    List<String> events = new CopyOnWriteArrayList<>();
    ObservationRegistry plain = ObservationRegistry.create();
    plain.observationConfig().observationHandler(new ObservationHandler<Observation.Context>() {
      @Override
      public void onEvent(Observation.Event event, Observation.Context context) {
        events.add(event.getName() + " " + event.getContextualName());
      }

      @Override
      public boolean supportsContext(Observation.Context context) {
        return true;
      }
    });
    try (CsolClient csol = Wire.client(server.port(), CsolObservations.of(plain))) {
      AccessClient.of(csol).getProfile();
    }
    assertThat(events).containsExactly(
        "csol.client.retry retry after attempt 1: SERVICE_UNAVAILABLE",
        "csol.client.retry retry after attempt 2: SERVICE_UNAVAILABLE");
  }

  @Test
  void call_404_observationHasClientErrorAndAnErrorAndNothingIsLeft() {
    Wire.profileAnswers(server, problem(404, "not-found"));
    try (CsolClient csol = Wire.client(server.port(), observations)) {
      assertThatThrownBy(() -> AccessClient.of(csol).getProfile())
          .isInstanceOf(NotFoundException.class);
    }
    TestObservationRegistryAssert.assertThat(registry).hasHandledContextsThatSatisfy(contexts -> {
      Observation.Context c = contexts.stream()
          .filter(x -> "getProfile".equals(value(x, "operation"))).findFirst().orElseThrow();
      assertThat(value(c, "outcome")).isEqualTo("CLIENT_ERROR");
      assertThat(value(c, "status")).isEqualTo("404");
      assertThat(value(c, "error")).isEqualTo("NotFoundException");
      assertThat(c.getError()).isInstanceOf(CsolObservations.CallFailed.class)
          .hasMessage("NotFoundException");
    });
    assertThat(lifecycle.stopped).containsExactlyInAnyOrderElementsOf(lifecycle.started);
    assertThat(observations.inFlight()).isZero();
  }

  @Test
  void call_noServer_transportErrorAndNothingIsLeft() {
    int port = server.port();
    server.stop();
    try (CsolClient csol = Wire.client(port, observations)) {
      assertThatThrownBy(() -> AccessClient.of(csol).getProfile())
          .isInstanceOf(RuntimeException.class);
    }
    TestObservationRegistryAssert.assertThat(registry).hasHandledContextsThatSatisfy(contexts ->
        assertThat(contexts).isNotEmpty().allSatisfy(c -> {
          assertThat(value(c, "outcome")).isEqualTo("TRANSPORT_ERROR");
          assertThat(value(c, "status")).isEqualTo("NONE");
        }));
    assertThat(observations.inFlight()).isZero();
  }

  @Test
  void callFinished_withoutAttempt_observationStartsAndStops() {
    // an open circuit breaker ends a call before any attempt
    CallInfo call = new CallInfo(Tool.INVOICES, "getInvoice", "GET", "/v1/invoices/{number}",
        "req-open");
    observations.callFinished(new CallEvent(call, Outcome.CIRCUIT_OPEN, 0, 0, Duration.ZERO,
        "CircuitOpenException"));
    TestObservationRegistryAssert.assertThat(registry)
        .hasSingleObservationThat().hasNameEqualTo(CsolObservations.NAME).hasBeenStopped()
        .hasLowCardinalityKeyValue("outcome", "CIRCUIT_OPEN")
        .hasLowCardinalityKeyValue("tool", "INVOICES")
        .hasHighCardinalityKeyValue("requestId", "req-open");
    assertThat(observations.inFlight()).isZero();
  }

  @Test
  void attempts_sameCallTwiceWithEqualInfo_areTwoObservations() {
    // CallInfo is a record: two calls with equal components must not share state
    CallInfo first = new CallInfo(Tool.INVOICES, "getInvoice", "GET", "/v1/invoices/{n}", "same");
    CallInfo second = new CallInfo(Tool.INVOICES, "getInvoice", "GET", "/v1/invoices/{n}", "same");
    observations.attemptStarted(new AttemptEvent(first, 1, 0, Duration.ZERO, 0, -1, null));
    observations.attemptStarted(new AttemptEvent(second, 1, 0, Duration.ZERO, 0, -1, null));
    // a 401 and a replay: attempt 1 starts again, still one observation
    observations.attemptStarted(new AttemptEvent(first, 1, 0, Duration.ZERO, 0, -1, null));
    assertThat(observations.inFlight()).isEqualTo(2);
    observations.callFinished(new CallEvent(first, Outcome.SUCCESS, 200, 2, Duration.ZERO, null));
    assertThat(observations.inFlight()).isEqualTo(1);
    observations.callFinished(new CallEvent(second, Outcome.SUCCESS, 200, 1, Duration.ZERO, null));
    assertThat(observations.inFlight()).isZero();
    TestObservationRegistryAssert.assertThat(registry)
        .hasNumberOfObservationsWithNameEqualTo(CsolObservations.NAME, 2);
    assertThat(lifecycle.started).hasSize(2);
    assertThat(lifecycle.stopped).containsExactlyInAnyOrderElementsOf(lifecycle.started);
  }

  @Test
  void of_null_failsNamingTheParameter() {
    assertThatThrownBy(() -> CsolObservations.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("registry");
  }

  private static String value(Observation.Context context, String key) {
    KeyValue kv = context.getLowCardinalityKeyValue(key);
    return kv == null ? null : kv.getValue();
  }
}
