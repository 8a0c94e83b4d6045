/**
 * My requests: open requests to support, follow and answer them, close them, and upload and
 * download their attachments (streamed, digest-verified). Exports {@code io.csol.sdk.requests}
 * only; start with {@code RequestsClient.of(csol)}.
 */
module io.csol.sdk.requests {
  requires transitive io.csol.sdk.core;
  // Generated types carry @javax.annotation.processing.Generated, a source-retention annotation:
  // needed to compile, never at run time (static). Transitive only because javac's exports lint
  // counts an annotation on an exported type as part of its API.
  requires static transitive java.compiler;

  exports io.csol.sdk.requests;

  // models and the package-private request bodies are bound by Jackson
  opens io.csol.sdk.requests to com.fasterxml.jackson.databind;
}
