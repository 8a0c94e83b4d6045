/**
 * Sign-in: OAuth token requests, token caching with proactive single-flight renewal.
 * Implementation detail, not API: applications pass {@link io.csol.sdk.core.Credentials} to the
 * client builder.
 * Not exported by {@code module-info}.
 */
package io.csol.sdk.core.auth;
