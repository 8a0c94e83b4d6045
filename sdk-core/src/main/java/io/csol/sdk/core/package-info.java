/**
 * The csol SDK's root: {@link io.csol.sdk.core.CsolClient} (one per application, thread-safe)
 * with its options ({@link io.csol.sdk.core.Credentials}, {@link io.csol.sdk.core.RequestOptions},
 * {@link io.csol.sdk.core.RetryOptions}, {@link io.csol.sdk.core.CircuitBreakerOptions}) and the
 * shared value types {@code Money}, {@code Tool}, {@code ExportFormat} and {@code DocumentInfo}.
 *
 * <p>Observing calls: a {@link io.csol.sdk.core.CallListener} registered on the builder sees
 * every call and attempt (for metrics and tracing); while a call runs, the SLF4J MDC holds
 * {@code csol.requestId}, {@code csol.tool} and {@code csol.operation};
 * {@link io.csol.sdk.core.CsolClient#circuitState(Tool)} tells a health check whether a tool's
 * circuit is open; {@link io.csol.sdk.core.RequestOptions.Builder#onResponse} hands over the
 * request id, status and rate-limit headers of a successful call
 * ({@link io.csol.sdk.core.ResponseInfo}).
 *
 * <p>Every failure is an unchecked {@link io.csol.sdk.core.error.CsolException}.
 */
package io.csol.sdk.core;
