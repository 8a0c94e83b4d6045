/**
 * The Invoices tool of the sandbox ({@link io.csol.sandbox.tools.invoices.InvoicesToolModule}):
 * search, get, changes, image, export, approve, dispute and forward over the shared billing ledger
 * of {@link io.csol.sandbox.tools.billing}. Sandbox-internal.
 */
package io.csol.sandbox.tools.invoices;
