/**
 * Test helpers shared by the SDK's tool modules (test scope only, never published): the
 * recording {@code ApiCaller}.
 */
module io.csol.sdk.testsupport {
  requires transitive io.csol.sdk.core;

  exports io.csol.sdk.testsupport;
}
