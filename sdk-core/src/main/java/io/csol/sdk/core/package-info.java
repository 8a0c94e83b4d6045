/**
 * The csol SDK's root: {@link io.csol.sdk.core.CsolClient} (one per application, thread-safe)
 * with its options ({@link io.csol.sdk.core.Credentials}, {@link io.csol.sdk.core.RequestOptions},
 * {@link io.csol.sdk.core.RetryOptions}, {@link io.csol.sdk.core.CircuitBreakerOptions}) and the
 * shared value types {@code Money}, {@code Tool}, {@code ExportFormat} and {@code DocumentInfo}.
 *
 * <p>Every failure is an unchecked {@link io.csol.sdk.core.error.CsolException}.
 */
package io.csol.sdk.core;
