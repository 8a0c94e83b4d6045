package io.csol.sdk.spring;

import io.csol.sdk.micrometer.CsolMetrics;
import io.csol.sdk.micrometer.CsolObservations;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Metrics and tracing, when {@code sdk-micrometer} is on the class path: {@link CsolMetrics}
 * (timers and counters per tool, operation, outcome and status) on the application's
 * {@code MeterRegistry}, and {@link CsolObservations} (one Observation per call, so tracing
 * works through Micrometer's bridge) on its {@code ObservationRegistry}.
 *
 * <p>Both are {@code CallListener} beans, which {@link CsolAutoConfiguration} registers on the
 * client it builds through the SDK's listener API; a client the application builds itself does
 * not get them. {@code management.metrics.enable.csol=false} drops the meters.
 */
@AutoConfiguration(before = CsolAutoConfiguration.class, afterName = {
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration"})
@ConditionalOnClass(name = {"io.csol.sdk.micrometer.CsolMetrics",
    "io.micrometer.core.instrument.MeterRegistry"})
@ConditionalOnProperty(prefix = CsolProperties.PREFIX, name = "enabled", matchIfMissing = true)
public class CsolMetricsAutoConfiguration {

  /** Created by Spring Boot. */
  public CsolMetricsAutoConfiguration() {
  }

  /**
   * The metrics listener.
   *
   * @param registry the application's meter registry
   * @return the listener
   */
  @Bean
  @ConditionalOnSingleCandidate(MeterRegistry.class)
  @ConditionalOnMissingBean
  public CsolMetrics csolMetrics(MeterRegistry registry) {
    return CsolMetrics.of(registry);
  }

  /** Observations, when Micrometer's Observation API and a registry are there. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.observation.ObservationRegistry")
  static class ObservationConfiguration {

    @Bean
    @ConditionalOnSingleCandidate(ObservationRegistry.class)
    @ConditionalOnMissingBean
    CsolObservations csolObservations(ObservationRegistry registry) {
      return CsolObservations.of(registry);
    }
  }
}
