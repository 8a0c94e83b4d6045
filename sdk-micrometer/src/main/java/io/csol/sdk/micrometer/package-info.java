/**
 * Metrics and tracing for csol-sdk through Micrometer, without Spring:
 * {@link io.csol.sdk.micrometer.CsolMetrics} records timers and counters per tool, operation,
 * outcome and status, and {@link io.csol.sdk.micrometer.CsolObservations} makes one
 * {@code Observation} per call (a span, with Micrometer Tracing's OpenTelemetry or Brave
 * bridge). Both are {@link io.csol.sdk.core.CallListener}s, registered with
 * {@code CsolClient.builder().listener(...)}.
 *
 * <p>This artifact is the one place where Micrometer types appear in csol-sdk signatures: taking
 * the application's {@code MeterRegistry} or {@code ObservationRegistry} is its purpose, and it
 * lives in its own artifact so that applications without Micrometer never see it. Micrometer is
 * a {@code provided} dependency: the application's own version is the one used.
 */
package io.csol.sdk.micrometer;
