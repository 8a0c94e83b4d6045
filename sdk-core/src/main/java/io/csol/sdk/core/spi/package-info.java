/**
 * Service-provider interface for tool modules (invoices, statements, ...): describe a call with
 * {@link io.csol.sdk.core.spi.ApiRequest} and run it with {@link io.csol.sdk.core.spi.ApiCaller}.
 * Not meant for application code; it may change between minor versions. {@code module-info}
 * exports it to the SDK's tool modules only.
 */
package io.csol.sdk.core.spi;
