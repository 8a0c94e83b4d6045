/**
 * Invoices On-Line: search, documents, export, approve, dispute and forward invoices, and follow
 * their changes. Exports {@code io.csol.sdk.invoices} only; start with {@code
 * InvoicesClient.of(csol)}.
 */
module io.csol.sdk.invoices {
  requires transitive io.csol.sdk.core;
  // Generated types carry @javax.annotation.processing.Generated, a source-retention annotation:
  // needed to compile, never at run time (static). Transitive only because javac's exports lint
  // counts an annotation on an exported type as part of its API.
  requires static transitive java.compiler;

  exports io.csol.sdk.invoices;

  // models and the package-private request bodies are bound by Jackson
  opens io.csol.sdk.invoices to com.fasterxml.jackson.databind;
}
