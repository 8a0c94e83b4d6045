/**
 * The SDK's JSON configuration (Jackson) and decoding helpers; for the SDK and tool modules,
 * not for application code.
 *
 * <p>Jackson types appear only in this package, so no other package exposes them.
 */
package io.csol.sdk.core.json;
