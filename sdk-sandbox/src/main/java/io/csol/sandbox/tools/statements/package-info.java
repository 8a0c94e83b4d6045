/**
 * The Statements tool of the sandbox ({@link io.csol.sandbox.tools.statements.StatementsToolModule}):
 * summaries, statement lines (list, get, changes, export, document), credit notes and payments over
 * the shared billing ledger of {@link io.csol.sandbox.tools.billing}. Sandbox-internal.
 */
package io.csol.sandbox.tools.statements;
