/**
 * The exceptions of the csol SDK, all unchecked under {@link io.csol.sdk.core.error.CsolException}.
 *
 * <p>{@link io.csol.sdk.core.error.TransportException}: no response arrived.
 * {@link io.csol.sdk.core.error.ApiException} and its subclasses: the server answered with an
 * error status and an RFC 9457 {@link io.csol.sdk.core.error.Problem}.
 * {@link io.csol.sdk.core.error.ResponseDecodingException}: a response could not be read.
 * No Jackson or HttpClient exception escapes the SDK, and no message contains credentials.
 *
 * <p>Which HTTP status gives which exception, what is retried, and what a list filtered on a
 * customer returns without an entitlement: {@code docs/errors.md} in the SDK's repository.
 */
package io.csol.sdk.core.error;
