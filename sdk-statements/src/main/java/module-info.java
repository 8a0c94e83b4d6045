/**
 * Account Statements: summaries, statement lines, documents, export, credit notes and payments,
 * and the lines' changes feed. Exports {@code io.csol.sdk.statements} only; start with {@code
 * StatementsClient.of(csol)}.
 */
module io.csol.sdk.statements {
  requires transitive io.csol.sdk.core;
  // Generated types carry @javax.annotation.processing.Generated, a source-retention annotation:
  // needed to compile, never at run time (static). Transitive only because javac's exports lint
  // counts an annotation on an exported type as part of its API.
  requires static transitive java.compiler;

  exports io.csol.sdk.statements;

  // models are bound by Jackson
  opens io.csol.sdk.statements to com.fasterxml.jackson.databind;
}
