/**
 * The SDK's JSON configuration (Jackson) and decoding helpers; for the SDK and tool modules,
 * not for application code.
 *
 * <p>Jackson types appear only in this package's signatures. Not exported ({@code module-info}
 * exports it to the SDK's test helper only), so no application can reach or reconfigure the
 * shared mapper.
 */
package io.csol.sdk.core.json;
