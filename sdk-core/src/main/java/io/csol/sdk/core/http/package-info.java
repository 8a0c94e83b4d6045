/**
 * HTTP transport on Apache HttpClient 5 (pooled, no automatic retries or redirects) and document
 * streaming with SHA-256 verification and atomic file writes.
 * Implementation detail, not API: applications use {@link io.csol.sdk.core.CsolClient}.
 * Not exported by {@code module-info}.
 */
package io.csol.sdk.core.http;
