/**
 * Invoices On-Line: search, documents, export, approve, dispute and forward invoices, and follow
 * their changes. Exports {@code io.csol.sdk.invoices} only; start with {@code
 * InvoicesClient.of(csol)}.
 */
module io.csol.sdk.invoices {
  requires transitive io.csol.sdk.core;

  exports io.csol.sdk.invoices;

  // models and the package-private request bodies are bound by Jackson
  opens io.csol.sdk.invoices to com.fasterxml.jackson.databind;
}
