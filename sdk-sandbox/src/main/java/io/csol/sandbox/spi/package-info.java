/**
 * The service-provider interface of the sandbox, for tool modules (invoices, statements, ...):
 * a {@link io.csol.sandbox.spi.ToolModule} registers {@link io.csol.sandbox.spi.Handler}s on
 * {@link io.csol.sandbox.spi.Routes}; handlers read a {@link io.csol.sandbox.spi.Request}, return a
 * {@link io.csol.sandbox.spi.Response} or throw a {@link io.csol.sandbox.spi.ProblemException}.
 * The server applies every wire convention (auth, entitlements, request ids, idempotency, rate
 * limits, faults) around them. Sandbox only; not part of the product API.
 */
package io.csol.sandbox.spi;
