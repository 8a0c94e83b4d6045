/**
 * Account Statements: summaries, statement lines, documents, export, credit notes and payments,
 * and the lines' changes feed. Exports {@code io.csol.sdk.statements} only; start with {@code
 * StatementsClient.of(csol)}.
 */
module io.csol.sdk.statements {
  requires transitive io.csol.sdk.core;

  exports io.csol.sdk.statements;

  // models are bound by Jackson
  opens io.csol.sdk.statements to com.fasterxml.jackson.databind;
}
