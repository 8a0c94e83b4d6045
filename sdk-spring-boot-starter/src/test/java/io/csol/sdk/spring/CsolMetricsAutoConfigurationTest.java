package io.csol.sdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sandbox.Faults;
import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.junit.CsolSandbox;
import io.csol.sdk.core.access.AccessClient;
import io.csol.sdk.micrometer.CsolMetrics;
import io.csol.sdk.micrometer.CsolObservations;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Metrics and observations through the SDK's listener API. */
@CsolSandbox(seed = 42)
class CsolMetricsAutoConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CsolAutoConfiguration.class,
          CsolMetricsAutoConfiguration.class));

  private ApplicationContextRunner configured(SandboxServer server) {
    return CsolAutoConfigurationTest.configured(runner, server)
        .withPropertyValues("csol.retry.initial-backoff=1ms", "csol.retry.max-backoff=1ms");
  }

  @Test
  void metrics_retriedCall_timersAndRetryCounterRecorded(SandboxServer server) {
    server.faults().add(Faults.Rule.status("/v1/me", 503).times(1));
    configured(server).withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
      assertThat(context).hasSingleBean(CsolMetrics.class);
      context.getBean(AccessClient.class).getProfile();
      MeterRegistry registry = context.getBean(MeterRegistry.class);
      Timer calls = registry.find("csol.client.calls").tag("operation", "getProfile")
          .tag("outcome", "SUCCESS").timer();
      assertThat(calls).isNotNull();
      assertThat(calls.count()).isEqualTo(1);
      assertThat(registry.find("csol.client.attempts").tag("operation", "getProfile")
          .timers()).extracting(Timer::count).containsExactlyInAnyOrder(1L, 1L);
      assertThat(registry.find("csol.client.retries").tag("operation", "getProfile")
          .counter().count()).isEqualTo(1.0);
    });
  }

  @Test
  void metrics_noMeterRegistry_noListener(SandboxServer server) {
    configured(server).run(context -> assertThat(context).hasNotFailed()
        .doesNotHaveBean(CsolMetrics.class).doesNotHaveBean(CsolObservations.class));
  }

  @Test
  void metrics_sdkMicrometerNotOnClassPath_noListener(SandboxServer server) {
    configured(server).withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withClassLoader(new FilteredClassLoader(CsolMetrics.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(CsolMetrics.class));
  }

  @Test
  void metrics_disabled_noListener(SandboxServer server) {
    configured(server).withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withPropertyValues("csol.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(CsolMetrics.class));
  }

  @Test
  void observations_observationRegistry_oneObservationPerCall(SandboxServer server) {
    List<String> names = new CopyOnWriteArrayList<>();
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new ObservationHandler<>() {
      @Override
      public boolean supportsContext(Observation.Context context) {
        return true;
      }

      @Override
      public void onStop(Observation.Context context) {
        names.add(context.getName() + " " + context.getContextualName());
      }
    });
    configured(server).withBean(ObservationRegistry.class, () -> observations).run(context -> {
      assertThat(context).hasSingleBean(CsolObservations.class).doesNotHaveBean(CsolMetrics.class);
      context.getBean(AccessClient.class).getProfile();
      assertThat(names).hasSize(2).allSatisfy(n -> assertThat(n).startsWith("csol.client.call"));
    });
  }
}
