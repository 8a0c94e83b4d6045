/**
 * The request pipeline and its wiring: ordered per-call and per-attempt stages, decoding, and
 * the {@link io.csol.sdk.core.spi.ApiCaller} implementation.
 * Internal, not API: may change in any release without notice.
 * Not exported by {@code module-info}.
 */
package io.csol.sdk.core.internal;
