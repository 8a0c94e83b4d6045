/**
 * Test helpers shared by every tool module's tests (test scope only, never deployed): a
 * recording {@link io.csol.sdk.core.spi.ApiCaller} so a tool client's requests can be checked
 * without a server.
 */
package io.csol.sdk.testsupport;
