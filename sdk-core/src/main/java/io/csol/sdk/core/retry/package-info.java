/**
 * Retry policy building blocks used by the pipeline: which outcomes retry, exponential backoff
 * with full jitter, and the injectable {@link io.csol.sdk.core.retry.Sleeper}.
 * Implementation detail, not API: configure retries with {@link io.csol.sdk.core.RetryOptions}.
 * Not exported by {@code module-info}.
 */
package io.csol.sdk.core.retry;
