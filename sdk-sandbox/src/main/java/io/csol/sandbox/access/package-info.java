/**
 * The Access tool of the sandbox: the OAuth token endpoint ({@code POST /v1/oauth/token}, three
 * grants), {@code GET /v1/me} and {@code GET/POST /v1/entitlements}, plus the principals every
 * other route sees. Seeded from {@link io.csol.sandbox.spi.SandboxWorld}.
 */
package io.csol.sandbox.access;
