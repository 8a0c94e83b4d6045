/**
 * The Invoices and Statements tools of the sandbox: a deterministic billing ledger generated
 * from the seed and scale, its HTTP routes, PDF documents and CSV/XLSX exports.
 *
 * <p>Everything here is sandbox-internal; only {@link io.csol.sandbox.tools.billing.BillingIds}
 * is meant for other tool modules, which resolve the order, contract and serial numbers that
 * invoices carry.
 */
package io.csol.sandbox.tools.billing;
