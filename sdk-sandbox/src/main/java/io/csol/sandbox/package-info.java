/**
 * The csol sandbox: an embedded, stateful reference server of the csol API for tests, examples
 * and local development. {@link io.csol.sandbox.SandboxServer} runs it,
 * {@link io.csol.sandbox.spi.SandboxWorld} holds the seeded customers and demo credentials,
 * {@link io.csol.sandbox.Faults} injects failures, {@link io.csol.sandbox.SandboxClock} is the
 * settable clock and {@link io.csol.sandbox.Journal} records what the server received.
 *
 * <h2>Admin routes (sandbox only)</h2>
 * These are <b>not part of the product contract</b>; they exist only in the sandbox and carry no
 * authentication, faults, rate limits or journal entries:
 * <ul>
 *   <li>{@code POST /_sandbox/reset}: back to the seeded state, faults off, journal and clock reset (204)</li>
 *   <li>{@code GET /_sandbox/faults}: {@code {"rules":[...]}}; {@code PUT} the same shape, or
 *       {@code {"preset":"soak"}}, to replace them; {@code DELETE} removes them</li>
 *   <li>{@code GET /_sandbox/clock}: {@code {"now","frozen","start"}}; {@code PUT}
 *       {@code {"set":"2026-12-01T00:00:00Z","advance":"PT5S"|seconds,"frozen":true|false}}</li>
 *   <li>{@code GET /_sandbox/journal[?limit=N]}: the last N received requests</li>
 * </ul>
 * Like every route they answer only a loopback {@code Host} with the sandbox's port, and they
 * refuse a non-loopback {@code Origin} (403), so web pages in the developer's browser cannot use them.
 */
package io.csol.sandbox;
